/**
 */
package org.marginalia.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Custom Span</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A span of a kind defined by the corpus's schema: the schema's span classes extend it (first among their supertypes), so that EMF can make them without generated code.
 * <!-- end-model-doc -->
 *
 *
 * @see org.marginalia.model.MarginaliaPackage#getCustomSpan()
 * @generated
 */
public interface CustomSpan extends Annotation {
} // CustomSpan
