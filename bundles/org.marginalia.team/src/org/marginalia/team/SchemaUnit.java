package org.marginalia.team;

import java.util.List;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.ENamedElement;
import org.eclipse.emf.ecore.EPackage;

/**
 * A part of a schema that a merge takes from one side as a whole: a kind or tag set ({@code member} null), the
 * definition of one without its attributes or values ({@code definition}), or one attribute of a kind or value of
 * a tag set. Written as the analyst reads it ("kind Claim", "attribute certainty of Claim", "value hedged of
 * Certainty", "definition of kind Claim") and read back from that text when a conflict about it is resolved.
 */
record SchemaUnit(String classifier, boolean tagSet, String member, boolean definition) {

    /** The schema's own name and namespace, which a merge also takes from the side that changed them. */
    static final String PACKAGE_DEFINITION = "definition of the schema";
    private static final String DEFINITION = "definition of ";
    private static final String KIND = "kind ";
    private static final String TAG_SET = "tag set ";

    static SchemaUnit whole(EClassifier classifier) {
        return new SchemaUnit(classifier.getName(), classifier instanceof EEnum, null, false);
    }

    static SchemaUnit definitionOf(EClassifier classifier) {
        return new SchemaUnit(classifier.getName(), classifier instanceof EEnum, null, true);
    }

    static SchemaUnit member(EClassifier classifier, ENamedElement member) {
        return new SchemaUnit(classifier.getName(), classifier instanceof EEnum, member.getName(), false);
    }

    /** The unit named by {@link #toString()}, or null for text that names none. */
    static SchemaUnit parse(String text) {
        boolean definition = text.startsWith(DEFINITION);
        String rest = definition ? text.substring(DEFINITION.length()) : text;
        if (rest.startsWith(KIND) || rest.startsWith(TAG_SET)) {
            boolean tagSet = rest.startsWith(TAG_SET);
            return new SchemaUnit(rest.substring((tagSet ? TAG_SET : KIND).length()), tagSet, null, definition);
        }
        for (String prefix : List.of("attribute ", "value ")) {
            int of = rest.indexOf(" of ");
            if (!definition && rest.startsWith(prefix) && of > prefix.length()) {
                return new SchemaUnit(rest.substring(of + 4), prefix.equals("value "), rest.substring(prefix.length(), of), false);
            }
        }
        return null;
    }

    /** The element of {@code schema} this unit is, or null when the schema has none. */
    ENamedElement in(EPackage schema) {
        EClassifier found = schema.getEClassifier(classifier);
        if (found == null || member == null) {
            return found;
        }
        if (found instanceof EEnum values) {
            return values.getEEnumLiteral(member);
        }
        return found instanceof EClass kind ? kind.getEStructuralFeature(member) : null;
    }

    @Override
    public String toString() {
        if (member != null) {
            return (tagSet ? "value " : "attribute ") + member + " of " + classifier;
        }
        return (definition ? DEFINITION : "") + (tagSet ? TAG_SET : KIND) + classifier;
    }
}
