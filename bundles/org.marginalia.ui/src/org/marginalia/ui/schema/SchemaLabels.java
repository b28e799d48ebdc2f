package org.marginalia.ui.schema;

import java.util.List;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.jface.viewers.LabelProvider;
import org.marginalia.core.schema.CorpusSchema;
import org.marginalia.model.MarginaliaPackage;

/** "Claim  [C]  span kind", "Contradicts  relation kind: Claim → Claim", "stance: tag set Stance, required". */
final class SchemaLabels extends LabelProvider {

    @Override
    public String getText(Object element) {
        if (element instanceof EClass kind) {
            if (MarginaliaPackage.eINSTANCE.getRelation().isSuperTypeOf(kind)) {
                return kind.getName() + "  relation kind: " + ends(kind, CorpusSchema.GOVERNOR_KINDS) + " \u2192 " + ends(kind, CorpusSchema.DEPENDENT_KINDS);
            }
            return kind.getName() + CorpusSchema.key(kind).map(key -> "  [" + key + "]").orElse("") + "  span kind";
        }
        if (element instanceof EEnum tagSet) {
            return tagSet.getName() + "  tag set";
        }
        if (element instanceof EEnumLiteral value) {
            return value.getName();
        }
        if (element instanceof EStructuralFeature attribute) {
            return attribute.getName() + ": " + CorpusSchema.typeOf(attribute) + (attribute.getLowerBound() > 0 ? ", required" : "")
                    + (attribute.isMany() ? ", several" : "");
        }
        return super.getText(element);
    }

    private static String ends(EClass relation, String end) {
        String kinds = relation.getEAnnotation(CorpusSchema.SOURCE) == null ? null : relation.getEAnnotation(CorpusSchema.SOURCE).getDetails().get(end);
        return kinds == null || kinds.isBlank() ? "any" : String.join("|", List.of(kinds.strip().split("\\s+")));
    }
}
