/**
 */
package org.marginalia.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Corpus</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A set of documents about one event, with the entities and analysts that annotate them. Stored as corpus.marginalia at the root of a corpus folder.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.marginalia.model.Corpus#getName <em>Name</em>}</li>
 *   <li>{@link org.marginalia.model.Corpus#getDocuments <em>Documents</em>}</li>
 *   <li>{@link org.marginalia.model.Corpus#getEntities <em>Entities</em>}</li>
 *   <li>{@link org.marginalia.model.Corpus#getAnalysts <em>Analysts</em>}</li>
 *   <li>{@link org.marginalia.model.Corpus#getSchema <em>Schema</em>}</li>
 * </ul>
 *
 * @see org.marginalia.model.MarginaliaPackage#getCorpus()
 * @generated
 */
public interface Corpus extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.marginalia.model.MarginaliaPackage#getCorpus_Name()
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.marginalia.model.Corpus#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Documents</b></em>' containment reference list.
	 * The list contents are of type {@link org.marginalia.model.Document}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Documents</em>' containment reference list.
	 * @see org.marginalia.model.MarginaliaPackage#getCorpus_Documents()
	 * @generated
	 */
	EList<Document> getDocuments();

	/**
	 * Returns the value of the '<em><b>Entities</b></em>' containment reference list.
	 * The list contents are of type {@link org.marginalia.model.Entity}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Entities</em>' containment reference list.
	 * @see org.marginalia.model.MarginaliaPackage#getCorpus_Entities()
	 * @generated
	 */
	EList<Entity> getEntities();

	/**
	 * Returns the value of the '<em><b>Analysts</b></em>' containment reference list.
	 * The list contents are of type {@link org.marginalia.model.Analyst}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Analysts</em>' containment reference list.
	 * @see org.marginalia.model.MarginaliaPackage#getCorpus_Analysts()
	 * @generated
	 */
	EList<Analyst> getAnalysts();

	/**
	 * Returns the value of the '<em><b>Schema</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The corpus's own schema, an Ecore file in the corpus folder (its path relative to the folder), or none: the four built-in kinds only. Its span kinds extend CustomSpan, its relation kinds Relation.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Schema</em>' attribute.
	 * @see #setSchema(String)
	 * @see org.marginalia.model.MarginaliaPackage#getCorpus_Schema()
	 * @generated
	 */
	String getSchema();

	/**
	 * Sets the value of the '{@link org.marginalia.model.Corpus#getSchema <em>Schema</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Schema</em>' attribute.
	 * @see #getSchema()
	 * @generated
	 */
	void setSchema(String value);

} // Corpus
