package org.marginalia.core.schema;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.ecore.EAnnotation;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.marginalia.core.corpus.LoadedCorpus;
import org.marginalia.model.MarginaliaPackage;

/**
 * The kinds a corpus annotates with: the four built-in span kinds (quote, figure, role, entity mention, with
 * their special behaviour) and those of the corpus's own schema, an Ecore package in the corpus folder whose
 * span classes extend {@code CustomSpan} and whose relation classes extend {@code Relation}. A kind's colour,
 * key and guideline are details of an annotation {@value #SOURCE} on its class.
 */
public final class CorpusSchema {

    /** The source of the annotations that give a kind its colour, key and description (and a relation its ends). */
    public static final String SOURCE = "http://marginalia.org/schema";
    public static final String COLOR = "color";
    public static final String KEY = "key";
    public static final String DESCRIPTION = "description";
    /** On a relation kind: the span kinds allowed at each end, names separated by spaces (none: any kind). */
    public static final String GOVERNOR_KINDS = "governorKinds";
    public static final String DEPENDENT_KINDS = "dependentKinds";
    /** On a text attribute: the values of an open tag set (suggested, not enforced), separated by "|". */
    public static final String SUGGESTED_VALUES = "values";

    private static final MarginaliaPackage M = MarginaliaPackage.eINSTANCE;
    private static final List<EClass> BUILT_IN = List.of(M.getQuote(), M.getFigure(), M.getRole(), M.getEntityMention());
    private static final List<String> BUILT_IN_KEYS = List.of("Q", "F", "R", "E");

    private final EPackage custom;

    private CorpusSchema(EPackage custom) {
        this.custom = custom;
    }

    /** The four built-in kinds and nothing else. */
    public static CorpusSchema builtIn() {
        return new CorpusSchema(null);
    }

    /** The schema of a loaded corpus: its own package, registered in its resource set when it was loaded. */
    public static CorpusSchema of(LoadedCorpus corpus) {
        return of(corpus.resources());
    }

    /** The schema registered in a corpus's resource set (that of any of its annotation sets). */
    public static CorpusSchema of(ResourceSet corpusResources) {
        for (Object registered : corpusResources.getPackageRegistry().values()) {
            if (registered instanceof EPackage ePackage && SchemaRules.isSchema(ePackage)) {
                return new CorpusSchema(ePackage);
            }
        }
        return builtIn();
    }

    public static CorpusSchema of(EPackage custom) {
        return new CorpusSchema(custom);
    }

    public Optional<EPackage> customPackage() {
        return Optional.ofNullable(custom);
    }

    public static boolean isBuiltIn(EClass kind) {
        return BUILT_IN.contains(kind);
    }

    /** Every span kind: the built-in ones first, then the schema's in its order. */
    public List<EClass> spanKinds() {
        List<EClass> kinds = new ArrayList<>(BUILT_IN);
        kinds.addAll(classes(M.getCustomSpan()));
        return kinds;
    }

    public List<EClass> relationKinds() {
        return classes(M.getRelation());
    }

    /** The closed tag sets: the schema's enumerations. */
    public List<EEnum> tagSets() {
        List<EEnum> sets = new ArrayList<>();
        if (custom != null) {
            for (EClassifier classifier : custom.getEClassifiers()) {
                if (classifier instanceof EEnum tagSet) {
                    sets.add(tagSet);
                }
            }
        }
        return sets;
    }

    /** The attributes an analyst fills in: a custom kind's own features (the span's begin, end and note are common to all). */
    public static List<EStructuralFeature> attributesOf(EClass kind) {
        List<EStructuralFeature> attributes = new ArrayList<>();
        for (EStructuralFeature feature : kind.getEAllStructuralFeatures()) {
            if (feature.getEContainingClass().getEPackage() != M) {
                attributes.add(feature);
            }
        }
        return attributes;
    }

    /** An attribute's type in the analyst's words: text, number, date, yes/no, tag set X, entity, annotation. */
    public static String typeOf(EStructuralFeature attribute) {
        EClassifier type = attribute.getEType();
        if (type instanceof EEnum tagSet) {
            return "tag set " + tagSet.getName();
        }
        if (type instanceof EClass target) {
            return target == M.getEntity() ? "entity" : "annotation" + (target == M.getAnnotation() ? "" : " (" + target.getName() + ")");
        }
        Class<?> values = type.getInstanceClass();
        if (values == java.util.Date.class) {
            return "date";
        }
        if (values == boolean.class || values == Boolean.class) {
            return "yes/no";
        }
        if (values != null && (Number.class.isAssignableFrom(values) || values.isPrimitive())) {
            return "number";
        }
        return "text";
    }

    /** An open tag set: the values a text attribute suggests (any other text is taken too). */
    public static List<String> suggestedValues(EStructuralFeature attribute) {
        EAnnotation annotation = attribute.getEAnnotation(SOURCE);
        String values = annotation == null ? null : annotation.getDetails().get(SUGGESTED_VALUES);
        return values == null || values.isBlank() ? List.of()
                : java.util.Arrays.stream(values.split("\\|")).map(String::strip).filter(v -> !v.isEmpty()).toList();
    }

    /** What a tag set's value means, if the schema says (a {@value #DESCRIPTION} detail on the value). */
    public static Optional<String> description(org.eclipse.emf.ecore.EEnumLiteral value) {
        EAnnotation annotation = value.getEAnnotation(SOURCE);
        String description = annotation == null ? null : annotation.getDetails().get(DESCRIPTION);
        return description == null || description.isBlank() ? Optional.empty() : Optional.of(description.strip());
    }

    /** The key that tags a kind (Q, F, R, E for the built-in kinds), if it has one. */
    public static Optional<String> key(EClass kind) {
        int builtIn = BUILT_IN.indexOf(kind);
        return builtIn >= 0 ? Optional.of(BUILT_IN_KEYS.get(builtIn)) : detail(kind, KEY).map(k -> k.toUpperCase(java.util.Locale.ROOT));
    }

    /** A custom kind's colour as "#rrggbb" (the built-in kinds' colours are preferences). */
    public static Optional<String> color(EClass kind) {
        return detail(kind, COLOR);
    }

    /** The guideline of a kind: what to tag with it. */
    public static Optional<String> description(EClass kind) {
        return detail(kind, DESCRIPTION);
    }

    static Optional<String> detail(EClass kind, String key) {
        EAnnotation annotation = kind.getEAnnotation(SOURCE);
        String value = annotation == null ? null : annotation.getDetails().get(key);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
    }

    /** The span kinds allowed at one end of a relation kind (empty: any). */
    public List<EClass> allowedEnds(EClass relationKind, boolean governor) {
        List<EClass> allowed = new ArrayList<>();
        for (String name : detail(relationKind, governor ? GOVERNOR_KINDS : DEPENDENT_KINDS).orElse("").split("\\s+")) {
            spanKinds().stream().filter(k -> k.getName().equals(name)).findFirst().ifPresent(allowed::add);
        }
        return allowed;
    }

    private List<EClass> classes(EClass base) {
        List<EClass> kinds = new ArrayList<>();
        if (custom != null) {
            for (EClassifier classifier : custom.getEClassifiers()) {
                if (classifier instanceof EClass kind && !kind.isAbstract() && base.isSuperTypeOf(kind)) {
                    kinds.add(kind);
                }
            }
        }
        return kinds;
    }
}
