package org.marginalia.team;

import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * A schema element as text, for telling whether two versions of it are the same: its own values and contents,
 * and what it refers to by URI (not by content, so that a kind does not count as changed because a tag set it
 * uses changed). The parts a merge takes one by one (a package's kinds, a kind's attributes, a tag set's values)
 * can be left out, to compare a kind's definition alone.
 */
final class SchemaFingerprint {

    private static final EcorePackage ECORE = EcorePackage.eINSTANCE;
    /** The parts a merge takes one by one. */
    private static final Set<EStructuralFeature> UNITS = Set.of(ECORE.getEPackage_EClassifiers(), ECORE.getEPackage_ESubpackages(),
            ECORE.getEClass_EStructuralFeatures(), ECORE.getEEnum_ELiterals());
    /**
     * The schema loader makes every attribute unsettable when it reads a schema, so a schema the editor saved has
     * them all unsettable and one an import wrote may not: that difference is no change of the analysts'.
     */
    private static final EAttribute UNSETTABLE = ECORE.getEStructuralFeature_Unsettable();

    private SchemaFingerprint() {
    }

    /** The element with everything it contains; null for none. */
    static String of(EObject element) {
        return element == null ? null : append(new StringBuilder(), element, false).toString();
    }

    /** The element without the parts a merge takes one by one (a kind without its attributes). */
    static String definitionOf(EObject element) {
        return element == null ? null : append(new StringBuilder(), element, true).toString();
    }

    private static StringBuilder append(StringBuilder text, EObject element, boolean withoutUnits) {
        text.append(element.eClass().getName()).append('{');
        for (EStructuralFeature feature : element.eClass().getEAllStructuralFeatures()) {
            if (feature.isDerived() || feature.isTransient() || feature == UNSETTABLE || withoutUnits && UNITS.contains(feature)
                    || !element.eIsSet(feature)) {
                continue;
            }
            text.append(feature.getName()).append('=');
            List<?> values = feature.isMany() ? (List<?>) element.eGet(feature) : List.of(element.eGet(feature));
            for (Object value : values) {
                if (feature instanceof EReference reference && reference.isContainment()) {
                    append(text, (EObject) value, false);
                } else if (value instanceof EObject target) {
                    text.append(EcoreUtil.getURI(target));
                } else {
                    text.append(value);
                }
                text.append(',');
            }
            text.append(';');
        }
        return text.append('}');
    }
}
