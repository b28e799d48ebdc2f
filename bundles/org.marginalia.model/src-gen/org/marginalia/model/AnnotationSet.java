/**
 */
package org.marginalia.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Annotation Set</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One analyst's annotations of one document, or the curated result when curated is true.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.marginalia.model.AnnotationSet#getDocument <em>Document</em>}</li>
 *   <li>{@link org.marginalia.model.AnnotationSet#getAnalystId <em>Analyst Id</em>}</li>
 *   <li>{@link org.marginalia.model.AnnotationSet#isCurated <em>Curated</em>}</li>
 *   <li>{@link org.marginalia.model.AnnotationSet#getTextHash <em>Text Hash</em>}</li>
 *   <li>{@link org.marginalia.model.AnnotationSet#getAnnotations <em>Annotations</em>}</li>
 *   <li>{@link org.marginalia.model.AnnotationSet#getEntities <em>Entities</em>}</li>
 *   <li>{@link org.marginalia.model.AnnotationSet#getRelations <em>Relations</em>}</li>
 * </ul>
 *
 * @see org.marginalia.model.MarginaliaPackage#getAnnotationSet()
 * @generated
 */
public interface AnnotationSet extends EObject {
	/**
	 * Returns the value of the '<em><b>Document</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Document</em>' reference.
	 * @see #setDocument(Document)
	 * @see org.marginalia.model.MarginaliaPackage#getAnnotationSet_Document()
	 * @generated
	 */
	Document getDocument();

	/**
	 * Sets the value of the '{@link org.marginalia.model.AnnotationSet#getDocument <em>Document</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Document</em>' reference.
	 * @see #getDocument()
	 * @generated
	 */
	void setDocument(Document value);

	/**
	 * Returns the value of the '<em><b>Analyst Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The analyst who wrote the set: the name of their folder under annotations/. An id rather than a reference, so that a new analyst never has to write corpus.marginalia.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Analyst Id</em>' attribute.
	 * @see #setAnalystId(String)
	 * @see org.marginalia.model.MarginaliaPackage#getAnnotationSet_AnalystId()
	 * @generated
	 */
	String getAnalystId();

	/**
	 * Sets the value of the '{@link org.marginalia.model.AnnotationSet#getAnalystId <em>Analyst Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Analyst Id</em>' attribute.
	 * @see #getAnalystId()
	 * @generated
	 */
	void setAnalystId(String value);

	/**
	 * Returns the value of the '<em><b>Curated</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Curated</em>' attribute.
	 * @see #setCurated(boolean)
	 * @see org.marginalia.model.MarginaliaPackage#getAnnotationSet_Curated()
	 * @generated
	 */
	boolean isCurated();

	/**
	 * Sets the value of the '{@link org.marginalia.model.AnnotationSet#isCurated <em>Curated</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Curated</em>' attribute.
	 * @see #isCurated()
	 * @generated
	 */
	void setCurated(boolean value);

	/**
	 * Returns the value of the '<em><b>Text Hash</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Text Hash</em>' attribute.
	 * @see #setTextHash(String)
	 * @see org.marginalia.model.MarginaliaPackage#getAnnotationSet_TextHash()
	 * @generated
	 */
	String getTextHash();

	/**
	 * Sets the value of the '{@link org.marginalia.model.AnnotationSet#getTextHash <em>Text Hash</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Text Hash</em>' attribute.
	 * @see #getTextHash()
	 * @generated
	 */
	void setTextHash(String value);

	/**
	 * Returns the value of the '<em><b>Annotations</b></em>' containment reference list.
	 * The list contents are of type {@link org.marginalia.model.Annotation}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Annotations</em>' containment reference list.
	 * @see org.marginalia.model.MarginaliaPackage#getAnnotationSet_Annotations()
	 * @generated
	 */
	EList<Annotation> getAnnotations();

	/**
	 * Returns the value of the '<em><b>Entities</b></em>' containment reference list.
	 * The list contents are of type {@link org.marginalia.model.Entity}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Entities this analyst created that the corpus did not have yet.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Entities</em>' containment reference list.
	 * @see org.marginalia.model.MarginaliaPackage#getAnnotationSet_Entities()
	 * @generated
	 */
	EList<Entity> getEntities();

	/**
	 * Returns the value of the '<em><b>Relations</b></em>' containment reference list.
	 * The list contents are of type {@link org.marginalia.model.Relation}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Relations</em>' containment reference list.
	 * @see org.marginalia.model.MarginaliaPackage#getAnnotationSet_Relations()
	 * @generated
	 */
	EList<Relation> getRelations();

} // AnnotationSet
