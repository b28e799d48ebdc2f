/**
 */
package org.marginalia.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.marginalia.model.Figure;
import org.marginalia.model.MarginaliaPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Figure</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.marginalia.model.impl.FigureImpl#getValue <em>Value</em>}</li>
 *   <li>{@link org.marginalia.model.impl.FigureImpl#getUnit <em>Unit</em>}</li>
 *   <li>{@link org.marginalia.model.impl.FigureImpl#getCounts <em>Counts</em>}</li>
 *   <li>{@link org.marginalia.model.impl.FigureImpl#isApproximate <em>Approximate</em>}</li>
 * </ul>
 *
 * @generated
 */
public class FigureImpl extends AnnotationImpl implements Figure {
	/**
	 * The default value of the '{@link #getValue() <em>Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getValue()
	 * @generated
	 * @ordered
	 */
	protected static final String VALUE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getValue() <em>Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getValue()
	 * @generated
	 * @ordered
	 */
	protected String value = VALUE_EDEFAULT;

	/**
	 * The default value of the '{@link #getUnit() <em>Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUnit()
	 * @generated
	 * @ordered
	 */
	protected static final String UNIT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getUnit() <em>Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUnit()
	 * @generated
	 * @ordered
	 */
	protected String unit = UNIT_EDEFAULT;

	/**
	 * The default value of the '{@link #getCounts() <em>Counts</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCounts()
	 * @generated
	 * @ordered
	 */
	protected static final String COUNTS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCounts() <em>Counts</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCounts()
	 * @generated
	 * @ordered
	 */
	protected String counts = COUNTS_EDEFAULT;

	/**
	 * The default value of the '{@link #isApproximate() <em>Approximate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isApproximate()
	 * @generated
	 * @ordered
	 */
	protected static final boolean APPROXIMATE_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isApproximate() <em>Approximate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isApproximate()
	 * @generated
	 * @ordered
	 */
	protected boolean approximate = APPROXIMATE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected FigureImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return MarginaliaPackage.Literals.FIGURE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getValue() {
		return value;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setValue(String newValue) {
		String oldValue = value;
		value = newValue;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MarginaliaPackage.FIGURE__VALUE, oldValue, value));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getUnit() {
		return unit;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUnit(String newUnit) {
		String oldUnit = unit;
		unit = newUnit;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MarginaliaPackage.FIGURE__UNIT, oldUnit, unit));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCounts() {
		return counts;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCounts(String newCounts) {
		String oldCounts = counts;
		counts = newCounts;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MarginaliaPackage.FIGURE__COUNTS, oldCounts, counts));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isApproximate() {
		return approximate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setApproximate(boolean newApproximate) {
		boolean oldApproximate = approximate;
		approximate = newApproximate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MarginaliaPackage.FIGURE__APPROXIMATE, oldApproximate, approximate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case MarginaliaPackage.FIGURE__VALUE:
				return getValue();
			case MarginaliaPackage.FIGURE__UNIT:
				return getUnit();
			case MarginaliaPackage.FIGURE__COUNTS:
				return getCounts();
			case MarginaliaPackage.FIGURE__APPROXIMATE:
				return isApproximate();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case MarginaliaPackage.FIGURE__VALUE:
				setValue((String)newValue);
				return;
			case MarginaliaPackage.FIGURE__UNIT:
				setUnit((String)newValue);
				return;
			case MarginaliaPackage.FIGURE__COUNTS:
				setCounts((String)newValue);
				return;
			case MarginaliaPackage.FIGURE__APPROXIMATE:
				setApproximate((Boolean)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case MarginaliaPackage.FIGURE__VALUE:
				setValue(VALUE_EDEFAULT);
				return;
			case MarginaliaPackage.FIGURE__UNIT:
				setUnit(UNIT_EDEFAULT);
				return;
			case MarginaliaPackage.FIGURE__COUNTS:
				setCounts(COUNTS_EDEFAULT);
				return;
			case MarginaliaPackage.FIGURE__APPROXIMATE:
				setApproximate(APPROXIMATE_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case MarginaliaPackage.FIGURE__VALUE:
				return VALUE_EDEFAULT == null ? value != null : !VALUE_EDEFAULT.equals(value);
			case MarginaliaPackage.FIGURE__UNIT:
				return UNIT_EDEFAULT == null ? unit != null : !UNIT_EDEFAULT.equals(unit);
			case MarginaliaPackage.FIGURE__COUNTS:
				return COUNTS_EDEFAULT == null ? counts != null : !COUNTS_EDEFAULT.equals(counts);
			case MarginaliaPackage.FIGURE__APPROXIMATE:
				return approximate != APPROXIMATE_EDEFAULT;
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (value: ");
		result.append(value);
		result.append(", unit: ");
		result.append(unit);
		result.append(", counts: ");
		result.append(counts);
		result.append(", approximate: ");
		result.append(approximate);
		result.append(')');
		return result.toString();
	}

} //FigureImpl
