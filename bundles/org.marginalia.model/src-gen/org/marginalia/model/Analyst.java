/**
 */
package org.marginalia.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Analyst</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.marginalia.model.Analyst#getId <em>Id</em>}</li>
 *   <li>{@link org.marginalia.model.Analyst#getName <em>Name</em>}</li>
 * </ul>
 *
 * @see org.marginalia.model.MarginaliaPackage#getAnalyst()
 * @generated
 */
public interface Analyst extends EObject {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see org.marginalia.model.MarginaliaPackage#getAnalyst_Id()
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link org.marginalia.model.Analyst#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(String value);

	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.marginalia.model.MarginaliaPackage#getAnalyst_Name()
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.marginalia.model.Analyst#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

} // Analyst
