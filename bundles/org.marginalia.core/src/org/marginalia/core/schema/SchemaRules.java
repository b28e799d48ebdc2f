package org.marginalia.core.schema;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.EcorePackage;
import org.marginalia.model.MarginaliaPackage;

/**
 * What a corpus schema may hold, checked before it is used: a schema comes from a corpus folder, so from
 * anyone. Span kinds extend {@code CustomSpan} and relation kinds {@code Relation}, as their only supertype
 * (a second one would shift the generated features' ids); attributes are text, numbers, dates, yes/no or a
 * tag set of the schema; references point at entities or annotations and contain nothing; keys are single
 * letters the editor does not use already, colours "#rrggbb".
 */
public final class SchemaRules {

    /** Keys the editor binds itself: the built-in kinds, Suggest, Next/Previous, tag All matches, Link. */
    public static final Set<String> RESERVED_KEYS = Set.of("Q", "F", "R", "E", "S", "N", "P", "A", "L", "X");

    private static final MarginaliaPackage M = MarginaliaPackage.eINSTANCE;
    private static final EcorePackage ECORE = EcorePackage.eINSTANCE;
    private static final Set<EDataType> VALUE_TYPES = Set.of(ECORE.getEString(), ECORE.getEInt(), ECORE.getEIntegerObject(),
            ECORE.getELong(), ECORE.getEDouble(), ECORE.getEDoubleObject(), ECORE.getEBigDecimal(), ECORE.getEDate(),
            ECORE.getEBoolean(), ECORE.getEBooleanObject());
    private static final Pattern COLOR = Pattern.compile("#[0-9a-fA-F]{6}");
    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,63}");

    private SchemaRules() {
    }

    /** Whether {@code ePackage} is a schema package (has a class extending CustomSpan or Relation). */
    static boolean isSchema(EPackage ePackage) {
        if (ePackage == M) {
            return false;
        }
        for (EClassifier classifier : ePackage.getEClassifiers()) {
            if (classifier instanceof EClass kind && (M.getCustomSpan().isSuperTypeOf(kind) || M.getRelation().isSuperTypeOf(kind))) {
                return true;
            }
        }
        return false;
    }

    /** Everything wrong with {@code schema}, each in words naming the kind or attribute; empty when it may be used. */
    public static List<String> check(EPackage schema) {
        List<String> problems = new ArrayList<>();
        if (schema.getNsURI() == null || schema.getNsURI().isBlank()) {
            problems.add("the package has no nsURI: annotation files name their kinds by it");
        } else if (schema.getNsURI().equals(MarginaliaPackage.eNS_URI) || schema.getNsURI().equals(EcorePackage.eNS_URI)) {
            problems.add("the package's nsURI " + schema.getNsURI() + " is taken by " + (schema.getNsURI().equals(EcorePackage.eNS_URI) ? "Ecore" : "Marginalia's own model"));
        }
        if (schema.getName() == null || !NAME.matcher(schema.getName()).matches()) {
            problems.add("the package needs a name of letters, digits and _ (it prefixes the kinds in annotation files)");
        }
        if (!schema.getESubpackages().isEmpty()) {
            problems.add("sub-packages are not supported: put every kind in the one package");
        }
        Map<String, String> keys = new HashMap<>();
        Map<String, EClassifier> names = new HashMap<>();
        for (EClassifier classifier : schema.getEClassifiers()) {
            String name = classifier.getName();
            if (name == null || !NAME.matcher(name).matches()) {
                problems.add("a kind or tag set is named \"" + name + "\": use letters, digits and _");
                continue;
            }
            EClassifier other = names.putIfAbsent(name.toLowerCase(Locale.ROOT), classifier);
            if (other != null) {
                problems.add(name + " is defined twice (names differing only in case count as one)");
            }
            if (classifier instanceof EClass kind) {
                checkKind(kind, schema, keys, problems);
            } else if (classifier instanceof EEnum tagSet) {
                if (tagSet.getELiterals().isEmpty()) {
                    problems.add("tag set " + name + " has no values");
                }
            } else {
                problems.add(name + " is a data type of its own; use an attribute of a known type (text, number, date, yes/no) or a tag set");
            }
        }
        return problems;
    }

    private static void checkKind(EClass kind, EPackage schema, Map<String, String> keys, List<String> problems) {
        String name = kind.getName();
        boolean span = !kind.getESuperTypes().isEmpty() && kind.getESuperTypes().get(0) == M.getCustomSpan();
        boolean relation = !kind.getESuperTypes().isEmpty() && kind.getESuperTypes().get(0) == M.getRelation();
        if (!span && !relation) {
            problems.add("kind " + name + " must extend CustomSpan (a span kind) or Relation (a relation kind) of " + MarginaliaPackage.eNS_URI);
            return;
        }
        if (M.getEClassifier(name) != null) {
            problems.add("kind " + name + " has the name of one of Marginalia's own classes; choose another name");
        }
        if (kind.getESuperTypes().size() > 1) {
            problems.add("kind " + name + " has more than one supertype; a kind extends only CustomSpan or Relation");
        }
        if (kind.isAbstract() || kind.isInterface()) {
            problems.add("kind " + name + " is abstract: annotations of it could not be made");
        }
        CorpusSchema.detail(kind, CorpusSchema.KEY).ifPresent(key -> {
            String upper = key.toUpperCase(Locale.ROOT);
            if (!upper.matches("[A-Z]")) {
                problems.add("kind " + name + " has the key \"" + key + "\": a key is one letter");
            } else if (RESERVED_KEYS.contains(upper)) {
                problems.add("kind " + name + " has the key " + upper + ", which the editor uses already (taken: " + String.join(" ", sorted(RESERVED_KEYS)) + ")");
            } else if (keys.putIfAbsent(upper, name) != null) {
                problems.add("kinds " + keys.get(upper) + " and " + name + " have the same key " + upper);
            }
        });
        CorpusSchema.detail(kind, CorpusSchema.COLOR).ifPresent(color -> {
            if (!COLOR.matcher(color).matches()) {
                problems.add("kind " + name + " has the colour \"" + color + "\": write it as #rrggbb");
            }
        });
        if (relation) {
            for (String end : List.of(CorpusSchema.GOVERNOR_KINDS, CorpusSchema.DEPENDENT_KINDS)) {
                for (String allowed : CorpusSchema.detail(kind, end).orElse("").split("\\s+")) {
                    if (!allowed.isEmpty() && !isSpanKind(allowed, schema)) {
                        problems.add("relation " + name + " allows " + allowed + " at one end, which is no span kind");
                    }
                }
            }
        }
        for (EStructuralFeature feature : kind.getEStructuralFeatures()) {
            checkFeature(kind, feature, schema, problems);
        }
    }

    private static void checkFeature(EClass kind, EStructuralFeature feature, EPackage schema, List<String> problems) {
        String where = "attribute " + feature.getName() + " of " + kind.getName();
        if (feature.getName() == null || !NAME.matcher(feature.getName()).matches()) {
            problems.add("an attribute of " + kind.getName() + " is named \"" + feature.getName() + "\": use letters, digits and _");
            return;
        }
        if (feature instanceof EAttribute attribute) {
            EDataType type = attribute.getEAttributeType();
            boolean tagSet = type instanceof EEnum && type.getEPackage() == schema;
            if (!tagSet && !VALUE_TYPES.contains(type)) {
                problems.add(where + " is of type " + (type == null ? "nothing" : type.getName())
                        + "; use text, a number, a date, yes/no or a tag set of the schema");
            }
        } else if (feature instanceof EReference reference) {
            if (reference.isContainment()) {
                problems.add(where + " contains objects; an attribute may only refer to an entity or an annotation");
            }
            EClass target = reference.getEReferenceType();
            boolean allowed = target == M.getEntity() || target == M.getAnnotation() || (target != null && M.getCustomSpan().isSuperTypeOf(target)
                    && target.getEPackage() == schema) || (target != null && target.getEPackage() == M && M.getAnnotation().isSuperTypeOf(target));
            if (!allowed) {
                problems.add(where + " refers to " + (target == null ? "nothing" : target.getName()) + "; it may refer to an Entity or to an annotation kind");
            }
        }
    }

    private static boolean isSpanKind(String name, EPackage schema) {
        if (List.of("Quote", "Figure", "Role", "EntityMention").contains(name)) {
            return true;
        }
        return schema.getEClassifier(name) instanceof EClass kind && M.getCustomSpan().isSuperTypeOf(kind);
    }

    private static List<String> sorted(Set<String> keys) {
        return keys.stream().sorted().toList();
    }
}
