/**
 */
package org.marginalia.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Document</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One source text. The text itself lives in documents/<id>.txt and is never modified; textHash is the SHA-256 of its UTF-8 bytes.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.marginalia.model.Document#getId <em>Id</em>}</li>
 *   <li>{@link org.marginalia.model.Document#getTitle <em>Title</em>}</li>
 *   <li>{@link org.marginalia.model.Document#getSource <em>Source</em>}</li>
 *   <li>{@link org.marginalia.model.Document#getPublicationDate <em>Publication Date</em>}</li>
 *   <li>{@link org.marginalia.model.Document#getPath <em>Path</em>}</li>
 *   <li>{@link org.marginalia.model.Document#getTextHash <em>Text Hash</em>}</li>
 *   <li>{@link org.marginalia.model.Document#getText <em>Text</em>}</li>
 * </ul>
 *
 * @see org.marginalia.model.MarginaliaPackage#getDocument()
 * @generated
 */
public interface Document extends EObject {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see org.marginalia.model.MarginaliaPackage#getDocument_Id()
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link org.marginalia.model.Document#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(String value);

	/**
	 * Returns the value of the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Title</em>' attribute.
	 * @see #setTitle(String)
	 * @see org.marginalia.model.MarginaliaPackage#getDocument_Title()
	 * @generated
	 */
	String getTitle();

	/**
	 * Sets the value of the '{@link org.marginalia.model.Document#getTitle <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Title</em>' attribute.
	 * @see #getTitle()
	 * @generated
	 */
	void setTitle(String value);

	/**
	 * Returns the value of the '<em><b>Source</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Source</em>' attribute.
	 * @see #setSource(String)
	 * @see org.marginalia.model.MarginaliaPackage#getDocument_Source()
	 * @generated
	 */
	String getSource();

	/**
	 * Sets the value of the '{@link org.marginalia.model.Document#getSource <em>Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source</em>' attribute.
	 * @see #getSource()
	 * @generated
	 */
	void setSource(String value);

	/**
	 * Returns the value of the '<em><b>Publication Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Publication Date</em>' attribute.
	 * @see #setPublicationDate(String)
	 * @see org.marginalia.model.MarginaliaPackage#getDocument_PublicationDate()
	 * @generated
	 */
	String getPublicationDate();

	/**
	 * Sets the value of the '{@link org.marginalia.model.Document#getPublicationDate <em>Publication Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Publication Date</em>' attribute.
	 * @see #getPublicationDate()
	 * @generated
	 */
	void setPublicationDate(String value);

	/**
	 * Returns the value of the '<em><b>Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Path</em>' attribute.
	 * @see #setPath(String)
	 * @see org.marginalia.model.MarginaliaPackage#getDocument_Path()
	 * @generated
	 */
	String getPath();

	/**
	 * Sets the value of the '{@link org.marginalia.model.Document#getPath <em>Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Path</em>' attribute.
	 * @see #getPath()
	 * @generated
	 */
	void setPath(String value);

	/**
	 * Returns the value of the '<em><b>Text Hash</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Text Hash</em>' attribute.
	 * @see #setTextHash(String)
	 * @see org.marginalia.model.MarginaliaPackage#getDocument_TextHash()
	 * @generated
	 */
	String getTextHash();

	/**
	 * Sets the value of the '{@link org.marginalia.model.Document#getTextHash <em>Text Hash</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Text Hash</em>' attribute.
	 * @see #getTextHash()
	 * @generated
	 */
	void setTextHash(String value);

	/**
	 * Returns the value of the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The text, read from path when the corpus is loaded. corpus.marginalia never stores it (the texts live in their own files); the self-contained XMI export does.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Text</em>' attribute.
	 * @see #setText(String)
	 * @see org.marginalia.model.MarginaliaPackage#getDocument_Text()
	 * @generated
	 */
	String getText();

	/**
	 * Sets the value of the '{@link org.marginalia.model.Document#getText <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Text</em>' attribute.
	 * @see #getText()
	 * @generated
	 */
	void setText(String value);

} // Document
