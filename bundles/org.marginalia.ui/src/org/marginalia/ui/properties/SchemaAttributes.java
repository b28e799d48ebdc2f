package org.marginalia.ui.properties;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.ui.views.properties.ComboBoxPropertyDescriptor;
import org.eclipse.ui.views.properties.PropertyDescriptor;
import org.eclipse.ui.views.properties.TextPropertyDescriptor;
import org.marginalia.core.edit.AnnotationEdits;
import org.marginalia.core.edit.AnnotationReferences;
import org.marginalia.core.edit.EntityDirectory;
import org.marginalia.core.schema.AttributeValues;
import org.marginalia.core.schema.CorpusSchema;
import org.marginalia.model.Annotation;
import org.marginalia.model.AnnotationSet;
import org.marginalia.model.MarginaliaPackage;
import org.marginalia.ui.editor.AnnotationDescriptions;

/**
 * The Properties view's editors for the attributes a corpus schema gives its kinds, one per attribute type: a
 * tag set or yes/no as a combo (with "not answered" first), an entity with content assist, text, numbers and
 * dates typed with a check in place; several values separated by commas.
 */
final class SchemaAttributes {

    private static final String UNANSWERED = "";

    private SchemaAttributes() {
    }

    /** Whether {@code feature} comes from a schema rather than from Marginalia's own model. */
    static boolean isSchemaAttribute(Object feature) {
        return feature instanceof EStructuralFeature structural && structural.getEContainingClass().getEPackage() != MarginaliaPackage.eINSTANCE;
    }

    static PropertyDescriptor descriptor(Annotation owner, EStructuralFeature attribute, EntityDirectory entities) {
        String name = attribute.getName() + (attribute.getLowerBound() > 0 ? " *" : "");
        PropertyDescriptor descriptor;
        if (attribute instanceof EReference reference && reference.isMany() && reference.getEReferenceType() == MarginaliaPackage.eINSTANCE.getEntity()) {
            descriptor = new TextPropertyDescriptor(reference, name); // several entities: names separated by ";"
        } else if (attribute instanceof EReference reference && reference.isMany()) {
            descriptor = new PropertyDescriptor(reference, name); // several annotations: shown; links are made as relations
        } else if (attribute instanceof EReference reference && reference.getEReferenceType() == MarginaliaPackage.eINSTANCE.getEntity()) {
            descriptor = new EntityPropertyDescriptor(reference, name, entities);
        } else if (attribute instanceof EReference reference) {
            descriptor = new ComboBoxPropertyDescriptor(reference, name, annotationChoices(owner, reference));
        } else if (choices((EAttribute) attribute) != null) {
            descriptor = new ComboBoxPropertyDescriptor(attribute, name, choices((EAttribute) attribute));
        } else if (!CorpusSchema.suggestedValues(attribute).isEmpty()) {
            SuggestedValuesPropertyDescriptor open = new SuggestedValuesPropertyDescriptor(attribute, name, CorpusSchema.suggestedValues(attribute));
            open.setValidator(input -> AttributeValues.parse((EAttribute) attribute, (String) input).error());
            descriptor = open;
        } else {
            TextPropertyDescriptor text = new TextPropertyDescriptor(attribute, name);
            text.setValidator(input -> AttributeValues.parse((EAttribute) attribute, (String) input).error());
            descriptor = text;
        }
        descriptor.setCategory("Annotation");
        descriptor.setDescription(CorpusSchema.typeOf(attribute) + (attribute.isMany() ? (attribute instanceof EReference ? ", several separated by ;"
                : ", several separated by commas") : "")
                + (attribute.getLowerBound() > 0 ? ", required" : "") + valuesInWords(attribute));
        return descriptor;
    }

    /** A tag set's values with what they mean, or an open tag set's suggested values, for the Properties view's status line. */
    private static String valuesInWords(EStructuralFeature attribute) {
        if (attribute.getEType() instanceof EEnum tagSet) {
            return ": " + String.join("; ", tagSet.getELiterals().stream()
                    .map(value -> value.getLiteral() + CorpusSchema.description(value).map(d -> " (" + d + ")").orElse("")).toList());
        }
        List<String> suggested = CorpusSchema.suggestedValues(attribute);
        return suggested.isEmpty() ? "" : ", for example " + String.join(", ", suggested) + " (Ctrl+Space)";
    }

    /** The annotations a reference may point at, in words ("Claim “…” in <document>"), "not answered" first. */
    static String[] annotationChoices(Annotation owner, EReference reference) {
        List<String> labels = new ArrayList<>();
        labels.add(UNANSWERED);
        for (Annotation candidate : AnnotationReferences.candidates(owner, reference)) {
            AnnotationSet set = (AnnotationSet) candidate.eContainer();
            String text = set.getDocument().getText();
            String words = text == null ? candidate.getId() : AnnotationDescriptions.covered(candidate, text);
            labels.add(AnnotationEdits.label(candidate.eClass()) + " \u201c" + (words.length() > 50 ? words.substring(0, 49) + "\u2026" : words) + "\u201d"
                    + (set == owner.eContainer() ? "" : " in " + set.getDocument().getTitle()));
        }
        return labels.toArray(String[]::new);
    }

    /** The values of a single tag set or yes/no attribute, "not answered" first; null for typed attributes. */
    private static String[] choices(EAttribute attribute) {
        if (attribute.isMany()) {
            return null;
        }
        List<String> choices = new ArrayList<>(List.of(UNANSWERED));
        if (attribute.getEAttributeType() instanceof EEnum tagSet) {
            tagSet.getELiterals().forEach(literal -> choices.add(literal.getLiteral()));
        } else if ("yes/no".equals(CorpusSchema.typeOf(attribute))) {
            choices.addAll(List.of("no", "yes"));
        } else {
            return null;
        }
        return choices.toArray(new String[0]);
    }

    /** What the Properties view shows: a combo's index, or the value as text. */
    static Object value(EObject owner, EStructuralFeature attribute) {
        String text = AttributeValues.text(owner, attribute);
        String[] choices = attribute instanceof EAttribute typed ? choices(typed) : null;
        if (choices != null) {
            return Math.max(0, List.of(choices).indexOf(text));
        }
        return text;
    }

    /** The typed value for what the analyst chose or typed; {@link AttributeValues.Parsed#error()} when it is refused. */
    static AttributeValues.Parsed parse(EAttribute attribute, Object shown) {
        String[] choices = choices(attribute);
        String text = choices != null ? choices[(Integer) shown] : (String) shown;
        if (choices != null && text.equals(UNANSWERED)) {
            return new AttributeValues.Parsed(null, null);
        }
        if (choices != null && attribute.getEAttributeType() instanceof EEnum tagSet) {
            EEnumLiteral literal = tagSet.getEEnumLiteralByLiteral(text);
            return new AttributeValues.Parsed(literal.getInstance(), null);
        }
        return AttributeValues.parse(attribute, text);
    }
}
