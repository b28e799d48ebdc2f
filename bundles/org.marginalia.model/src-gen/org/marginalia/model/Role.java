/**
 */
package org.marginalia.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Role</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.marginalia.model.Role#getPerson <em>Person</em>}</li>
 *   <li>{@link org.marginalia.model.Role#getTitle <em>Title</em>}</li>
 *   <li>{@link org.marginalia.model.Role#getAffiliation <em>Affiliation</em>}</li>
 * </ul>
 *
 * @see org.marginalia.model.MarginaliaPackage#getRole()
 * @generated
 */
public interface Role extends Annotation {
	/**
	 * Returns the value of the '<em><b>Person</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Person</em>' reference.
	 * @see #setPerson(Entity)
	 * @see org.marginalia.model.MarginaliaPackage#getRole_Person()
	 * @generated
	 */
	Entity getPerson();

	/**
	 * Sets the value of the '{@link org.marginalia.model.Role#getPerson <em>Person</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Person</em>' reference.
	 * @see #getPerson()
	 * @generated
	 */
	void setPerson(Entity value);

	/**
	 * Returns the value of the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Title</em>' attribute.
	 * @see #setTitle(String)
	 * @see org.marginalia.model.MarginaliaPackage#getRole_Title()
	 * @generated
	 */
	String getTitle();

	/**
	 * Sets the value of the '{@link org.marginalia.model.Role#getTitle <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Title</em>' attribute.
	 * @see #getTitle()
	 * @generated
	 */
	void setTitle(String value);

	/**
	 * Returns the value of the '<em><b>Affiliation</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Affiliation</em>' reference.
	 * @see #setAffiliation(Entity)
	 * @see org.marginalia.model.MarginaliaPackage#getRole_Affiliation()
	 * @generated
	 */
	Entity getAffiliation();

	/**
	 * Sets the value of the '{@link org.marginalia.model.Role#getAffiliation <em>Affiliation</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Affiliation</em>' reference.
	 * @see #getAffiliation()
	 * @generated
	 */
	void setAffiliation(Entity value);

} // Role
