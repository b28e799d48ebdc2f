/**
 */
package org.marginalia.model.impl;

import org.eclipse.emf.ecore.EClass;

import org.marginalia.model.CustomSpan;
import org.marginalia.model.MarginaliaPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Custom Span</b></em>'.
 * <!-- end-user-doc -->
 *
 * @generated
 */
public class CustomSpanImpl extends AnnotationImpl implements CustomSpan {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CustomSpanImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return MarginaliaPackage.Literals.CUSTOM_SPAN;
	}

} //CustomSpanImpl
