package org.marginalia.core.formats.brat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.marginalia.core.schema.CorpusSchema;
import org.marginalia.model.MarginaliaPackage;

/**
 * The brat names of a schema's kinds and attributes, and the {@code annotation.conf} that declares them. A kind
 * with attributes referring to annotations is a brat event (those attributes its roles), every other span kind
 * an entity type; a kind imported from brat keeps its brat name. brat attributes are global, so one named alike
 * on two kinds is declared once for both, unless one is yes/no and the other valued: then each is named after
 * its kind. A tag set declares all its values; attributes of other types (free text, numbers, dates) are no brat
 * attributes: {@link BratStandoff} writes them as typed comments.
 */
final class BratTypes {

    /** A brat attribute: the types it applies to and its values (none for yes/no). */
    private record Definition(Set<String> types, Set<String> values, boolean binary) {
    }

    private static final MarginaliaPackage M = MarginaliaPackage.eINSTANCE;

    private final CorpusSchema schema;
    private final Map<EStructuralFeature, String> attributeNames = new HashMap<>();
    private final Map<String, Definition> definitions = new LinkedHashMap<>();

    BratTypes(CorpusSchema schema) {
        this.schema = schema;
        Map<String, Set<Boolean>> binaryByName = new HashMap<>();
        for (EClass kind : schema.spanKinds()) {
            for (EAttribute attribute : bratAttributes(kind)) {
                binaryByName.computeIfAbsent(capitalized(attribute.getName()), n -> new LinkedHashSet<>()).add(isBinary(attribute));
            }
        }
        for (EClass kind : schema.spanKinds()) {
            for (EAttribute attribute : bratAttributes(kind)) {
                String name = capitalized(attribute.getName());
                if (binaryByName.get(name).size() > 1) {
                    name = typeOf(kind) + "_" + name;
                }
                attributeNames.put(attribute, name);
                Definition definition = definitions.computeIfAbsent(name, n -> new Definition(new LinkedHashSet<>(), new LinkedHashSet<>(), isBinary(attribute)));
                definition.types().add(typeOf(kind));
                if (attribute.getEType() instanceof EEnum tagSet) {
                    tagSet.getELiterals().stream().map(EEnumLiteral::getLiteral).filter(BratTypes::isBratValue).forEach(definition.values()::add);
                }
            }
        }
    }

    /** The name brat knows a kind by: the one it was imported with, else its own. */
    static String typeOf(EClass kind) {
        String bratName = kind.getEAnnotation(CorpusSchema.SOURCE) == null ? null : kind.getEAnnotation(CorpusSchema.SOURCE).getDetails().get(BratSchema.BRAT_NAME);
        return bratName != null ? bratName : kind.getName();
    }

    /** Whether a brat attribute value can hold {@code value}: one token, without the separators of annotation.conf. */
    static boolean isBratValue(String value) {
        return !value.isEmpty() && value.matches("[^\\s,|]+");
    }

    static boolean isEvent(EClass kind) {
        return !roles(kind).isEmpty();
    }

    /** The attributes of a kind that refer to annotations: an event's roles. */
    static List<EReference> roles(EClass kind) {
        List<EReference> roles = new ArrayList<>();
        for (EReference reference : kind.getEAllReferences()) {
            if (M.getAnnotation().isSuperTypeOf(reference.getEReferenceType())) {
                roles.add(reference);
            }
        }
        return roles;
    }

    /** A kind's attributes holding data (not references), those every span or relation has (id, offsets, note) excepted. */
    static List<EAttribute> dataAttributes(EClass kind) {
        List<EAttribute> attributes = new ArrayList<>(kind.getEAllAttributes());
        attributes.removeAll(M.getAnnotation().getEAllAttributes());
        attributes.removeAll(M.getRelation().getEAllAttributes());
        return attributes;
    }

    /** The attributes brat declares: yes/no and tag sets (other values are written as typed comments). */
    private static List<EAttribute> bratAttributes(EClass kind) {
        return dataAttributes(kind).stream().filter(a -> !a.isMany() && (isBinary(a) || isTagSet(a))).toList();
    }

    static boolean isTagSet(EAttribute attribute) {
        return attribute.getEType() instanceof EEnum;
    }

    static boolean isBinary(EAttribute attribute) {
        Class<?> values = attribute.getEType().getInstanceClass();
        return values == boolean.class || values == Boolean.class;
    }

    static String capitalized(String name) {
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    String attributeName(EStructuralFeature attribute) {
        return attributeNames.get(attribute);
    }

    /** annotation.conf for the kinds of the schema and the values used. */
    String configuration() {
        List<String> entities = new ArrayList<>();
        List<String> events = new ArrayList<>();
        List<String> spanTypes = new ArrayList<>();
        for (EClass kind : schema.spanKinds()) {
            spanTypes.add(typeOf(kind));
        }
        for (EClass kind : schema.spanKinds()) {
            if (!isEvent(kind)) {
                entities.add(typeOf(kind));
                continue;
            }
            List<String> arguments = new ArrayList<>();
            for (EReference role : roles(kind)) {
                List<String> allowed = role.getEReferenceType() == M.getAnnotation() ? spanTypes : List.of(typeOf(role.getEReferenceType()));
                arguments.add(capitalized(role.getName()) + (role.isMany() ? "*" : "?") + ":" + String.join("|", allowed));
            }
            events.add(typeOf(kind) + "\t" + String.join(", ", arguments));
        }
        List<String> relations = new ArrayList<>();
        for (EClass kind : schema.relationKinds()) {
            if (!BratSchema.FRAGMENT.equals(kind.getName())) {
                relations.add(typeOf(kind) + "\tArg1:" + ends(kind, true, spanTypes) + ", Arg2:" + ends(kind, false, spanTypes));
            }
        }
        List<String> attributes = new ArrayList<>();
        definitions.forEach((name, definition) -> {
            if (definition.binary()) {
                attributes.add(name + "\tArg:" + String.join("|", definition.types()));
            } else if (!definition.values().isEmpty()) {
                attributes.add(name + "\tArg:" + String.join("|", definition.types()) + ", Value:" + String.join("|", definition.values()));
            }
        });
        return "# Written by Marginalia from the corpus's schema\n"
                + section("entities", entities) + section("relations", relations) + section("events", events) + section("attributes", attributes);
    }

    private String ends(EClass relationKind, boolean governor, List<String> spanTypes) {
        List<EClass> allowed = schema.allowedEnds(relationKind, governor);
        return allowed.isEmpty() ? String.join("|", spanTypes) : String.join("|", allowed.stream().map(BratTypes::typeOf).toList());
    }

    private static String section(String name, List<String> lines) {
        return "\n[" + name + "]\n\n" + (lines.isEmpty() ? "" : String.join("\n", lines) + "\n");
    }
}
