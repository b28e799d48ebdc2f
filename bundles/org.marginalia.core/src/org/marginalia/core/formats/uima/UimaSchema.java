package org.marginalia.core.formats.uima;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.EcoreFactory;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.marginalia.core.formats.uima.UimaTypeSystemFile.Feature;
import org.marginalia.core.formats.uima.UimaTypeSystemFile.Type;
import org.marginalia.core.schema.CorpusSchema;
import org.marginalia.core.schema.SchemaEdits;
import org.marginalia.core.schema.SchemaRules;
import org.marginalia.model.MarginaliaPackage;

/**
 * A corpus schema made from a UIMA type system, for the types Marginalia can keep: DKPro Core's
 * {@code NamedEntity} (and its subtypes) as the built-in entity mention; INCEpTION's custom layers
 * ({@code webanno.custom.*}) as span kinds, or relation kinds when they have {@code Governor} and
 * {@code Dependent}, with an attribute per feature (strings as text, integers as numbers, floating point as
 * decimal numbers, booleans as yes/no, string arrays as several texts, annotations as annotation references);
 * and the types of Marginalia's own UIMA export ({@code org.marginalia.uima.*}) as the kinds they came from.
 * Every other type, and every feature whose range has no attribute type, is for the report. The UIMA type
 * name stays on each kind as {@value #UIMA_TYPE}.
 */
public final class UimaSchema {

    public static final String UIMA_TYPE = "uimaType";
    public static final String NAMED_ENTITY = "de.tudarmstadt.ukp.dkpro.core.api.ner.type.NamedEntity";
    public static final String DOCUMENT_META_DATA = "de.tudarmstadt.ukp.dkpro.core.api.metadata.type.DocumentMetaData";
    static final String CUSTOM_LAYERS = "webanno.custom.";
    /** The package, entity type and common supertype of Marginalia's UIMA export (see export/UimaTypeSystem). */
    static final String MARGINALIA = "org.marginalia.uima.";
    static final String MARGINALIA_ENTITY = MARGINALIA + "Entity";
    static final String MARGINALIA_BASE = MARGINALIA + "MarginaliaAnnotation";
    static final String GOVERNOR = "Governor";
    static final String DEPENDENT = "Dependent";
    private static final String ANNOTATION = "uima.tcas.Annotation";
    /** Features of the export's relations that say where a dependent in another document is: read, never attributes. */
    private static final Set<String> RELATION_ENDS = Set.of(GOVERNOR, DEPENDENT, "dependentDocument", "dependentAnnotationId");

    private static final MarginaliaPackage M = MarginaliaPackage.eINSTANCE;
    private static final Map<String, EClass> BUILT_IN = Map.of(MARGINALIA + "Quote", M.getQuote(), MARGINALIA + "Figure", M.getFigure(),
            MARGINALIA + "Role", M.getRole(), MARGINALIA + "EntityMention", M.getEntityMention());

    /** How the annotations of one UIMA type become Marginalia's: the kind, and which UIMA feature fills which attribute. */
    public record Mapping(String uimaType, EClass kind, boolean namedEntity, Map<String, EStructuralFeature> features) {

        public boolean relation() {
            return M.getRelation().isSuperTypeOf(kind);
        }

        /** Whether the type is Marginalia's own, whose annotations carry their id, annotator, note and origin. */
        public boolean fromMarginalia() {
            return uimaType.startsWith(MARGINALIA);
        }
    }

    private final EPackage schema;
    private final UimaTypeSystemFile typeSystem;
    private final Map<String, Mapping> mappings = new LinkedHashMap<>();
    private final List<String> featuresNotImported = new ArrayList<>();
    private final Set<String> names = new HashSet<>();
    private final Map<String, EEnum> tagSets = new HashMap<>();
    private final List<String> keys = new ArrayList<>(List.of("B", "C", "D", "G", "H", "I", "J", "K", "M", "O", "T", "U", "V", "W", "Y", "Z"));

    private UimaSchema(EPackage schema, UimaTypeSystemFile typeSystem) {
        this.schema = schema;
        this.typeSystem = typeSystem;
    }

    public static UimaSchema of(UimaTypeSystemFile typeSystem) {
        EPackage schema = EcoreFactory.eINSTANCE.createEPackage();
        schema.setName("uima");
        schema.setNsPrefix("uima");
        schema.setNsURI("http://marginalia.org/schema/uima/" + EcoreUtil.generateUUID());
        UimaSchema made = new UimaSchema(schema, typeSystem);
        List<Type> relations = new ArrayList<>();
        for (Type type : typeSystem.types()) {
            String name = type.name();
            if (typeSystem.isA(name, NAMED_ENTITY)) {
                made.mappings.put(name, new Mapping(name, M.getEntityMention(), true, Map.of()));
            } else if (BUILT_IN.containsKey(name)) {
                made.builtIn(type);
            } else if (made.isCustom(type)) {
                if (made.hasEnds(name)) {
                    relations.add(type);
                } else {
                    made.spanKind(type);
                }
            }
        }
        relations.forEach(made::relationKind);
        // Attributes last: an annotation reference may point at any kind, including those made after its own.
        for (Mapping mapping : List.copyOf(made.mappings.values())) {
            if (!mapping.namedEntity() && !CorpusSchema.isBuiltIn(mapping.kind())) {
                made.attributes(mapping);
            }
        }
        return made;
    }

    public EPackage schema() {
        return schema;
    }

    /** The mapping of a UIMA type, or null when its annotations are not imported. */
    public Mapping mapping(String uimaType) {
        return mappings.get(uimaType);
    }

    /** Whether {@code uimaType} is {@code ancestor} or inherits from it. */
    public boolean isA(String uimaType, String ancestor) {
        return typeSystem.isA(uimaType, ancestor);
    }

    /** Features of mapped types that no attribute holds, as "type feature (range)". */
    public List<String> featuresNotImported() {
        return featuresNotImported;
    }

    public List<String> problems() {
        return SchemaRules.check(schema);
    }

    /** An INCEpTION custom layer, or a kind of the corpus Marginalia's export came from. */
    private boolean isCustom(Type type) {
        if (type.name().startsWith(CUSTOM_LAYERS)) {
            return typeSystem.isA(type.name(), ANNOTATION);
        }
        return type.name().startsWith(MARGINALIA) && !type.name().equals(MARGINALIA_BASE) && typeSystem.isA(type.name(), MARGINALIA_BASE);
    }

    private boolean hasEnds(String uimaType) {
        Map<String, Feature> features = typeSystem.allFeatures(uimaType);
        return features.containsKey(GOVERNOR) && features.containsKey(DEPENDENT);
    }

    private void builtIn(Type type) {
        EClass kind = BUILT_IN.get(type.name());
        Map<String, EStructuralFeature> features = new LinkedHashMap<>();
        for (EStructuralFeature feature : kind.getEStructuralFeatures()) {
            features.put(feature.getName(), feature); // the export names each feature as the model does
        }
        mappings.put(type.name(), new Mapping(type.name(), kind, false, features));
    }

    private void spanKind(Type type) {
        EClass kind = SchemaEdits.addSpanKind(schema, kindName(type.name()));
        describe(kind, type);
        if (!keys.isEmpty()) {
            SchemaEdits.setDetail(kind, CorpusSchema.KEY, keys.remove(0));
        }
        mappings.put(type.name(), new Mapping(type.name(), kind, false, new LinkedHashMap<>()));
    }

    private void relationKind(Type type) {
        EClass kind = SchemaEdits.addRelationKind(schema, kindName(type.name()));
        describe(kind, type);
        Map<String, Feature> features = typeSystem.allFeatures(type.name());
        SchemaEdits.setDetail(kind, CorpusSchema.GOVERNOR_KINDS, endKinds(features.get(GOVERNOR).range()));
        SchemaEdits.setDetail(kind, CorpusSchema.DEPENDENT_KINDS, endKinds(features.get(DEPENDENT).range()));
        mappings.put(type.name(), new Mapping(type.name(), kind, false, new LinkedHashMap<>()));
    }

    private void describe(EClass kind, Type type) {
        SchemaEdits.setDetail(kind, UIMA_TYPE, type.name());
        SchemaEdits.setDetail(kind, CorpusSchema.DESCRIPTION, type.description());
    }

    /** The kinds a relation's end may be: that of the end feature's range type and its subtypes (none named: any kind). */
    private String endKinds(String range) {
        if (range == null || range.equals(ANNOTATION) || range.equals(MARGINALIA_BASE)) {
            return null;
        }
        Set<String> kinds = new LinkedHashSet<>();
        for (Mapping mapping : mappings.values()) {
            if (!mapping.relation() && typeSystem.isA(mapping.uimaType(), range)) {
                kinds.add(mapping.kind().getName());
            }
        }
        return String.join(" ", kinds);
    }

    private void attributes(Mapping mapping) {
        Map<String, Feature> features = typeSystem.allFeatures(mapping.uimaType());
        Set<String> inherited = new HashSet<>();
        mapping.kind().getEAllStructuralFeatures().forEach(f -> inherited.add(f.getName().toLowerCase(Locale.ROOT)));
        for (Feature feature : features.values()) {
            if (mapping.fromMarginalia() && (typeSystem.type(MARGINALIA_BASE).map(t -> t.features().containsKey(feature.name())).orElse(false))
                    || mapping.relation() && RELATION_ENDS.contains(feature.name())) {
                continue; // read into the annotation's own id, annotator, note and origin, or into its ends
            }
            EStructuralFeature attribute = attribute(feature);
            if (attribute == null) {
                featuresNotImported.add(mapping.uimaType() + " " + feature.name() + " (" + feature.range() + ")");
                continue;
            }
            String name = SchemaEdits.ecoreName(feature.name(), null);
            attribute.setName(inherited.add(name.toLowerCase(Locale.ROOT)) ? name : SchemaEdits.ecoreName(name + "_", inherited));
            mapping.kind().getEStructuralFeatures().add(attribute);
            mapping.features().put(feature.name(), attribute);
        }
    }

    /** The attribute that holds a feature's values, or null when its range has no attribute type. */
    private EStructuralFeature attribute(Feature feature) {
        String range = feature.range() == null ? "" : feature.range();
        EClassifier type = switch (range) {
            case "uima.cas.String", "uima.cas.StringArray" -> EcorePackage.Literals.ESTRING;
            case "uima.cas.Integer", "uima.cas.Short", "uima.cas.Byte" -> EcorePackage.Literals.EINT;
            case "uima.cas.Long" -> EcorePackage.Literals.ELONG;
            case "uima.cas.Float", "uima.cas.Double" -> EcorePackage.Literals.EBIG_DECIMAL;
            case "uima.cas.Boolean" -> EcorePackage.Literals.EBOOLEAN;
            default -> null;
        };
        if (type == null && typeSystem.isA(range, "uima.cas.String")) {
            type = tagSet(range); // a string subtype with allowed values is a tag set
        }
        if (type != null) {
            EAttribute attribute = EcoreFactory.eINSTANCE.createEAttribute();
            attribute.setEType(type);
            attribute.setUpperBound(range.endsWith("Array") ? -1 : 1);
            return attribute;
        }
        EClassifier target = range.equals(MARGINALIA_ENTITY) ? M.getEntity()
                : range.equals(ANNOTATION) || typeSystem.isA(range, ANNOTATION) || typeSystem.isA(range, MARGINALIA_BASE) ? M.getAnnotation() : null;
        if (target == null) {
            return null;
        }
        EReference reference = EcoreFactory.eINSTANCE.createEReference();
        reference.setEType(target);
        return reference;
    }

    /** The tag set of a string subtype's allowed values (made once per type), or text when it allows any value. */
    private EClassifier tagSet(String stringType) {
        List<String> values = typeSystem.type(stringType).map(Type::allowedValues).orElse(List.of());
        if (values.isEmpty()) {
            return EcorePackage.Literals.ESTRING;
        }
        return tagSets.computeIfAbsent(stringType, t -> {
            EEnum tagSet = SchemaEdits.addTagSet(schema, SchemaEdits.ecoreName(t.substring(t.lastIndexOf('.') + 1), names), values.get(0));
            values.stream().skip(1).distinct().forEach(value -> SchemaEdits.addValue(tagSet, SchemaEdits.ecoreName(value, null)).setLiteral(value));
            tagSet.getELiterals().get(0).setName(SchemaEdits.ecoreName(values.get(0), null));
            return tagSet;
        });
    }

    /** The type's short name as a kind name, unique and never one of Marginalia's own class names. */
    private String kindName(String uimaType) {
        return SchemaEdits.ecoreName(uimaType.substring(uimaType.lastIndexOf('.') + 1), names);
    }
}
