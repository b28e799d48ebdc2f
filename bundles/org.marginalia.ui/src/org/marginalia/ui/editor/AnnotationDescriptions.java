package org.marginalia.ui.editor;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EStructuralFeature;
import org.marginalia.core.assist.Suggestion;
import org.marginalia.core.edit.AnnotationEdits;
import org.marginalia.core.edit.RelationEdits;
import org.marginalia.core.schema.AttributeValues;
import org.marginalia.core.schema.CorpusSchema;
import org.marginalia.model.Annotation;
import org.marginalia.model.AnnotationSet;
import org.marginalia.model.Entity;
import org.marginalia.model.EntityMention;
import org.marginalia.model.Figure;
import org.marginalia.model.Quote;
import org.marginalia.model.Relation;
import org.marginalia.model.Role;

/** How an annotation is described to a reader: its kind, its attributes in words, its note. */
public final class AnnotationDescriptions {

    private AnnotationDescriptions() {
    }

    public static String attributes(Annotation annotation) {
        List<String> parts = new ArrayList<>();
        if (annotation instanceof Quote quote) {
            parts.add("speaker " + name(quote.getSpeaker()));
            parts.add(quote.getMode().getLiteral());
            if (quote.getCue() != null) {
                parts.add("cue \u201c" + quote.getCue() + "\u201d");
            }
        } else if (annotation instanceof Figure figure) {
            parts.add("value " + (figure.getValue() == null ? "?" : figure.getValue()));
            if (figure.getUnit() != null) {
                parts.add("unit " + figure.getUnit());
            }
            if (figure.getCounts() != null) {
                parts.add("counts " + figure.getCounts());
            }
            if (figure.isApproximate()) {
                parts.add("approximate");
            }
        } else if (annotation instanceof Role role) {
            parts.add(name(role.getPerson()));
            parts.add("title " + (role.getTitle() == null ? "?" : role.getTitle()));
            if (role.getAffiliation() != null) {
                parts.add("of " + name(role.getAffiliation()));
            }
        } else if (annotation instanceof EntityMention mention) {
            parts.add(name(mention.getEntity()));
        } else {
            for (EStructuralFeature attribute : CorpusSchema.attributesOf(annotation.eClass())) {
                String value = AttributeValues.text(annotation, attribute);
                if (!value.isEmpty()) {
                    parts.add(attribute.getName() + " " + value);
                }
            }
        }
        return String.join(" \u00b7 ", parts);
    }

    public static String hover(Annotation annotation, String text) {
        StringBuilder hover = new StringBuilder(AnnotationEdits.label(annotation.eClass())).append(": ");
        hover.append(covered(annotation, text)).append('\n').append(attributes(annotation));
        if (annotation.getNote() != null && !annotation.getNote().isBlank()) {
            hover.append("\nnote: ").append(annotation.getNote());
        }
        hover.append("\norigin: ").append(annotation.getOrigin().getLiteral());
        String missing = missingRequired(annotation);
        if (!missing.isEmpty()) {
            hover.append("\nrequired, not answered yet: ").append(missing);
        }
        relations(annotation).forEach(line -> hover.append('\n').append(line));
        return hover.toString();
    }

    /** The required attributes of a schema's kind the annotation leaves empty, by name ("" when none). */
    public static String missingRequired(Annotation annotation) {
        if (CorpusSchema.isBuiltIn(annotation.eClass())) {
            return "";
        }
        return String.join(", ", CorpusSchema.attributesOf(annotation.eClass()).stream()
                .filter(attribute -> attribute.getLowerBound() > 0 && !annotation.eIsSet(attribute)).map(EStructuralFeature::getName).toList());
    }

    /** Its relations in words: "→ Contradicts: Claim “…” in <document>", "← Attributed to: from Claim “…”". */
    public static List<String> relations(Annotation annotation) {
        if (annotation.eResource() == null || annotation.eResource().getResourceSet() == null) {
            return List.of();
        }
        List<String> lines = new ArrayList<>();
        for (Relation relation : RelationEdits.relationsOf(annotation, annotation.eResource().getResourceSet())) {
            boolean outgoing = relation.getGovernor() == annotation;
            Annotation other = outgoing ? relation.getDependent() : relation.getGovernor();
            if (other == null || !(other.eContainer() instanceof AnnotationSet otherSet)) {
                continue;
            }
            String where = otherSet == annotation.eContainer() ? "" : " in " + otherSet.getDocument().getTitle();
            lines.add((outgoing ? "\u2192 " : "\u2190 ") + AnnotationEdits.label(relation.eClass()) + ": " + (outgoing ? "" : "from ")
                    + AnnotationEdits.label(other.eClass()) + " \u201c" + covered(other, otherSet.getDocument().getText()) + "\u201d" + where);
        }
        return lines;
    }

    /** A suggester's proposal as the analyst sees it before accepting: kind, who proposes it, how sure, and its attributes. */
    public static String suggestion(Suggestion suggestion, String text) {
        Annotation proposal = suggestion.proposal();
        String attributes = attributes(proposal);
        return "Suggested " + AnnotationEdits.label(proposal.eClass()) + " (by " + suggestion.suggester() + ", "
                + Math.round(suggestion.confidence() * 100) + "% sure): " + covered(proposal, text) + (attributes.isEmpty() ? "" : "\n" + attributes);
    }

    public static String covered(Annotation annotation, String text) {
        if (annotation.getBegin() < 0 || annotation.getEnd() > text.length() || annotation.getBegin() > annotation.getEnd()) {
            return "[" + annotation.getBegin() + ", " + annotation.getEnd() + ") outside the text";
        }
        String covered = text.substring(annotation.getBegin(), annotation.getEnd()).replace('\n', ' ');
        return covered.length() <= 80 ? covered : covered.substring(0, 79) + "\u2026";
    }

    public static String name(Entity entity) {
        return entity == null ? "(none)" : entity.eIsProxy() ? "(unknown entity)" : entity.getName();
    }
}
