/**
 */
package org.marginalia.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Annotation</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A span [begin, end) in UTF-16 code units of the document text, as Java String indices and UIMA offsets.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.marginalia.model.Annotation#getId <em>Id</em>}</li>
 *   <li>{@link org.marginalia.model.Annotation#getBegin <em>Begin</em>}</li>
 *   <li>{@link org.marginalia.model.Annotation#getEnd <em>End</em>}</li>
 *   <li>{@link org.marginalia.model.Annotation#getNote <em>Note</em>}</li>
 *   <li>{@link org.marginalia.model.Annotation#getOrigin <em>Origin</em>}</li>
 * </ul>
 *
 * @see org.marginalia.model.MarginaliaPackage#getAnnotation()
 * @generated
 */
public interface Annotation extends EObject {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see org.marginalia.model.MarginaliaPackage#getAnnotation_Id()
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link org.marginalia.model.Annotation#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(String value);

	/**
	 * Returns the value of the '<em><b>Begin</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Begin</em>' attribute.
	 * @see #setBegin(int)
	 * @see org.marginalia.model.MarginaliaPackage#getAnnotation_Begin()
	 * @generated
	 */
	int getBegin();

	/**
	 * Sets the value of the '{@link org.marginalia.model.Annotation#getBegin <em>Begin</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Begin</em>' attribute.
	 * @see #getBegin()
	 * @generated
	 */
	void setBegin(int value);

	/**
	 * Returns the value of the '<em><b>End</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>End</em>' attribute.
	 * @see #setEnd(int)
	 * @see org.marginalia.model.MarginaliaPackage#getAnnotation_End()
	 * @generated
	 */
	int getEnd();

	/**
	 * Sets the value of the '{@link org.marginalia.model.Annotation#getEnd <em>End</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>End</em>' attribute.
	 * @see #getEnd()
	 * @generated
	 */
	void setEnd(int value);

	/**
	 * Returns the value of the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Note</em>' attribute.
	 * @see #setNote(String)
	 * @see org.marginalia.model.MarginaliaPackage#getAnnotation_Note()
	 * @generated
	 */
	String getNote();

	/**
	 * Sets the value of the '{@link org.marginalia.model.Annotation#getNote <em>Note</em>}' attribute.
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
	 * @see org.marginalia.model.MarginaliaPackage#getAnnotation_Origin()
	 * @generated
	 */
	Origin getOrigin();

	/**
	 * Sets the value of the '{@link org.marginalia.model.Annotation#getOrigin <em>Origin</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Origin</em>' attribute.
	 * @see org.marginalia.model.Origin
	 * @see #getOrigin()
	 * @generated
	 */
	void setOrigin(Origin value);

} // Annotation
