/**
 */
package org.marginalia.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Figure</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.marginalia.model.Figure#getValue <em>Value</em>}</li>
 *   <li>{@link org.marginalia.model.Figure#getUnit <em>Unit</em>}</li>
 *   <li>{@link org.marginalia.model.Figure#getCounts <em>Counts</em>}</li>
 *   <li>{@link org.marginalia.model.Figure#isApproximate <em>Approximate</em>}</li>
 * </ul>
 *
 * @see org.marginalia.model.MarginaliaPackage#getFigure()
 * @generated
 */
public interface Figure extends Annotation {
	/**
	 * Returns the value of the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The normalised value: a plain decimal number (12000) or an ISO-8601 date (2022-02, 2024-11-16).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Value</em>' attribute.
	 * @see #setValue(String)
	 * @see org.marginalia.model.MarginaliaPackage#getFigure_Value()
	 * @generated
	 */
	String getValue();

	/**
	 * Sets the value of the '{@link org.marginalia.model.Figure#getValue <em>Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Value</em>' attribute.
	 * @see #getValue()
	 * @generated
	 */
	void setValue(String value);

	/**
	 * Returns the value of the '<em><b>Unit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Unit</em>' attribute.
	 * @see #setUnit(String)
	 * @see org.marginalia.model.MarginaliaPackage#getFigure_Unit()
	 * @generated
	 */
	String getUnit();

	/**
	 * Sets the value of the '{@link org.marginalia.model.Figure#getUnit <em>Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Unit</em>' attribute.
	 * @see #getUnit()
	 * @generated
	 */
	void setUnit(String value);

	/**
	 * Returns the value of the '<em><b>Counts</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Counts</em>' attribute.
	 * @see #setCounts(String)
	 * @see org.marginalia.model.MarginaliaPackage#getFigure_Counts()
	 * @generated
	 */
	String getCounts();

	/**
	 * Sets the value of the '{@link org.marginalia.model.Figure#getCounts <em>Counts</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Counts</em>' attribute.
	 * @see #getCounts()
	 * @generated
	 */
	void setCounts(String value);

	/**
	 * Returns the value of the '<em><b>Approximate</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Approximate</em>' attribute.
	 * @see #setApproximate(boolean)
	 * @see org.marginalia.model.MarginaliaPackage#getFigure_Approximate()
	 * @generated
	 */
	boolean isApproximate();

	/**
	 * Sets the value of the '{@link org.marginalia.model.Figure#isApproximate <em>Approximate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Approximate</em>' attribute.
	 * @see #isApproximate()
	 * @generated
	 */
	void setApproximate(boolean value);

} // Figure
