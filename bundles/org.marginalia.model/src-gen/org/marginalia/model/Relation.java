/**
 */
package org.marginalia.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Relation</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A directed, typed link from one annotation (the governor) to another (the dependent), possibly in another document; the schema's relation kinds extend it.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.marginalia.model.Relation#getId <em>Id</em>}</li>
 *   <li>{@link org.marginalia.model.Relation#getGovernor <em>Governor</em>}</li>
 *   <li>{@link org.marginalia.model.Relation#getDependent <em>Dependent</em>}</li>
 *   <li>{@link org.marginalia.model.Relation#getNote <em>Note</em>}</li>
 *   <li>{@link org.marginalia.model.Relation#getOrigin <em>Origin</em>}</li>
 * </ul>
 *
 * @see org.marginalia.model.MarginaliaPackage#getRelation()
 * @generated
 */
public interface Relation extends EObject {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see org.marginalia.model.MarginaliaPackage#getRelation_Id()
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link org.marginalia.model.Relation#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(String value);

	/**
	 * Returns the value of the '<em><b>Governor</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Governor</em>' reference.
	 * @see #setGovernor(Annotation)
	 * @see org.marginalia.model.MarginaliaPackage#getRelation_Governor()
	 * @generated
	 */
	Annotation getGovernor();

	/**
	 * Sets the value of the '{@link org.marginalia.model.Relation#getGovernor <em>Governor</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Governor</em>' reference.
	 * @see #getGovernor()
	 * @generated
	 */
	void setGovernor(Annotation value);

	/**
	 * Returns the value of the '<em><b>Dependent</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Dependent</em>' reference.
	 * @see #setDependent(Annotation)
	 * @see org.marginalia.model.MarginaliaPackage#getRelation_Dependent()
	 * @generated
	 */
	Annotation getDependent();

	/**
	 * Sets the value of the '{@link org.marginalia.model.Relation#getDependent <em>Dependent</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Dependent</em>' reference.
	 * @see #getDependent()
	 * @generated
	 */
	void setDependent(Annotation value);

	/**
	 * Returns the value of the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Note</em>' attribute.
	 * @see #setNote(String)
	 * @see org.marginalia.model.MarginaliaPackage#getRelation_Note()
	 * @generated
	 */
	String getNote();

	/**
	 * Sets the value of the '{@link org.marginalia.model.Relation#getNote <em>Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Note</em>' attribute.
	 * @see #getNote()
	 * @generated
	 */
	void setNote(String value);

	/**
	 * Returns the value of the '<em><b>Origin</b></em>' attribute.
	 * The literals are from the enumeration {@link org.marginalia.model.Origin}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Origin</em>' attribute.
	 * @see org.marginalia.model.Origin
	 * @see #setOrigin(Origin)
	 * @see org.marginalia.model.MarginaliaPackage#getRelation_Origin()
	 * @generated
	 */
	Origin getOrigin();

	/**
	 * Sets the value of the '{@link org.marginalia.model.Relation#getOrigin <em>Origin</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Origin</em>' attribute.
	 * @see org.marginalia.model.Origin
	 * @see #getOrigin()
	 * @generated
	 */
	void setOrigin(Origin value);

} // Relation
