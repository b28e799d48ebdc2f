/**
 */
package org.marginalia.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Quote</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.marginalia.model.Quote#getSpeaker <em>Speaker</em>}</li>
 *   <li>{@link org.marginalia.model.Quote#getMode <em>Mode</em>}</li>
 *   <li>{@link org.marginalia.model.Quote#getCue <em>Cue</em>}</li>
 * </ul>
 *
 * @see org.marginalia.model.MarginaliaPackage#getQuote()
 * @generated
 */
public interface Quote extends Annotation {
	/**
	 * Returns the value of the '<em><b>Speaker</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Speaker</em>' reference.
	 * @see #setSpeaker(Entity)
	 * @see org.marginalia.model.MarginaliaPackage#getQuote_Speaker()
	 * @generated
	 */
	Entity getSpeaker();

	/**
	 * Sets the value of the '{@link org.marginalia.model.Quote#getSpeaker <em>Speaker</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Speaker</em>' reference.
	 * @see #getSpeaker()
	 * @generated
	 */
	void setSpeaker(Entity value);

	/**
	 * Returns the value of the '<em><b>Mode</b></em>' attribute.
	 * The literals are from the enumeration {@link org.marginalia.model.QuoteMode}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Mode</em>' attribute.
	 * @see org.marginalia.model.QuoteMode
	 * @see #setMode(QuoteMode)
	 * @see org.marginalia.model.MarginaliaPackage#getQuote_Mode()
	 * @generated
	 */
	QuoteMode getMode();

	/**
	 * Sets the value of the '{@link org.marginalia.model.Quote#getMode <em>Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Mode</em>' attribute.
	 * @see org.marginalia.model.QuoteMode
	 * @see #getMode()
	 * @generated
	 */
	void setMode(QuoteMode value);

	/**
	 * Returns the value of the '<em><b>Cue</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Cue</em>' attribute.
	 * @see #setCue(String)
	 * @see org.marginalia.model.MarginaliaPackage#getQuote_Cue()
	 * @generated
	 */
	String getCue();

	/**
	 * Sets the value of the '{@link org.marginalia.model.Quote#getCue <em>Cue</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cue</em>' attribute.
	 * @see #getCue()
	 * @generated
	 */
	void setCue(String value);

} // Quote
