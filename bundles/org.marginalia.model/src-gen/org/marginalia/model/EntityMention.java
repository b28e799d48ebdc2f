/**
 */
package org.marginalia.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Entity Mention</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.marginalia.model.EntityMention#getEntity <em>Entity</em>}</li>
 * </ul>
 *
 * @see org.marginalia.model.MarginaliaPackage#getEntityMention()
 * @generated
 */
public interface EntityMention extends Annotation {
	/**
	 * Returns the value of the '<em><b>Entity</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Entity</em>' reference.
	 * @see #setEntity(Entity)
	 * @see org.marginalia.model.MarginaliaPackage#getEntityMention_Entity()
	 * @generated
	 */
	Entity getEntity();

	/**
	 * Sets the value of the '{@link org.marginalia.model.EntityMention#getEntity <em>Entity</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Entity</em>' reference.
	 * @see #getEntity()
	 * @generated
	 */
	void setEntity(Entity value);

} // EntityMention
