/**
 */
package org.marginalia.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Entity</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A person, organisation, place or other thing shared across documents. The id is derived from kind and normalised name, so independent analysts creating the same entity get the same id.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.marginalia.model.Entity#getId <em>Id</em>}</li>
 *   <li>{@link org.marginalia.model.Entity#getKind <em>Kind</em>}</li>
 *   <li>{@link org.marginalia.model.Entity#getName <em>Name</em>}</li>
 *   <li>{@link org.marginalia.model.Entity#getAliases <em>Aliases</em>}</li>
 * </ul>
 *
 * @see org.marginalia.model.MarginaliaPackage#getEntity()
 * @generated
 */
public interface Entity extends EObject {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see org.marginalia.model.MarginaliaPackage#getEntity_Id()
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link org.marginalia.model.Entity#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(String value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.marginalia.model.EntityKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.marginalia.model.EntityKind
	 * @see #setKind(EntityKind)
	 * @see org.marginalia.model.MarginaliaPackage#getEntity_Kind()
	 * @generated
	 */
	EntityKind getKind();

	/**
	 * Sets the value of the '{@link org.marginalia.model.Entity#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.marginalia.model.EntityKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(EntityKind value);

	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.marginalia.model.MarginaliaPackage#getEntity_Name()
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.marginalia.model.Entity#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Aliases</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Aliases</em>' attribute list.
	 * @see org.marginalia.model.MarginaliaPackage#getEntity_Aliases()
	 * @generated
	 */
	EList<String> getAliases();

} // Entity
