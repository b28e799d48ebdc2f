package org.marginalia.core.formats.brat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.EcoreFactory;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.marginalia.core.schema.CorpusSchema;
import org.marginalia.core.schema.SchemaEdits;
import org.marginalia.core.schema.SchemaRules;
import org.marginalia.model.MarginaliaPackage;

/**
 * A corpus schema made from a brat configuration: entity types and event triggers become span kinds, an event's
 * roles attributes referring to annotations, relation types relation kinds with their argument types as the
 * allowed ends, and brat attributes yes/no attributes or tag sets on the kinds they apply to. Brat names that
 * are not Ecore names ("Org-Name") are made into ones; the brat name stays on the kind as {@value #BRAT_NAME}.
 * A discontinuous span is kept as its fragments, each an annotation of the kind, linked in order by the
 * relation kind {@value #FRAGMENT}.
 */
public final class BratSchema {

    public static final String BRAT_NAME = "bratName";
    public static final String FRAGMENT = "NextFragment";

    private final EPackage schema;
    private final Map<String, EClass> spanKinds = new HashMap<>();
    private final Map<String, EClass> relationKinds = new HashMap<>();
    private final Map<String, Map<String, EStructuralFeature>> attributes = new HashMap<>();

    private BratSchema(EPackage schema) {
        this.schema = schema;
    }

    public static BratSchema of(BratConfiguration configuration, String corpusName) {
        EPackage schema = EcoreFactory.eINSTANCE.createEPackage();
        schema.setName("brat");
        schema.setNsPrefix("brat");
        schema.setNsURI("http://marginalia.org/schema/brat/" + EcoreUtil.generateUUID());
        BratSchema made = new BratSchema(schema);
        Set<String> names = new HashSet<>();
        List<String> keys = new ArrayList<>(List.of("B", "C", "D", "G", "H", "I", "J", "K", "M", "O", "T", "U", "V", "W", "Y", "Z"));
        for (String entity : configuration.entities()) {
            made.spanKinds.put(entity, made.spanKind(entity, names, keys));
        }
        for (String event : configuration.events().keySet()) {
            made.spanKinds.put(event, made.spanKind(event, names, keys));
        }
        configuration.events().forEach((event, arguments) -> arguments.types().forEach((role, types) -> {
            EReference reference = EcoreFactory.eINSTANCE.createEReference();
            reference.setName(SchemaEdits.ecoreName(role.toLowerCase(Locale.ROOT).charAt(0) + role.substring(1), null));
            reference.setEType(MarginaliaPackage.eINSTANCE.getAnnotation());
            reference.setUpperBound(Boolean.TRUE.equals(arguments.several().get(role)) ? -1 : 1);
            made.addAttribute(made.spanKinds.get(event), role, reference);
        }));
        configuration.relations().forEach((relation, arguments) -> {
            EClass kind = SchemaEdits.addRelationKind(schema, SchemaEdits.ecoreName(relation, names));
            SchemaEdits.setDetail(kind, BRAT_NAME, relation);
            List<List<String>> ends = new ArrayList<>(arguments.types().values());
            if (ends.size() >= 2) {
                SchemaEdits.setDetail(kind, CorpusSchema.GOVERNOR_KINDS, made.kindNames(ends.get(0)));
                SchemaEdits.setDetail(kind, CorpusSchema.DEPENDENT_KINDS, made.kindNames(ends.get(1)));
            }
            made.relationKinds.put(relation, kind);
        });
        configuration.attributes().forEach((attribute, definition) -> made.attribute(attribute, definition, names));
        made.relationKinds.put(FRAGMENT, fragmentKind(schema, names));
        return made;
    }

    /**
     * Adds what the {@code .ann} files use beyond the configuration: a text attribute for each comment type other
     * than notes, a link to an entity for each normalization database. A name the annotation itself has ("Id",
     * "Note") is left alone: such comments stay notes.
     */
    void extend(BratExtensions extensions) {
        extensions.textAttributes().forEach((type, commentTypes) -> commentTypes.forEach(commentType -> {
            EAttribute attribute = EcoreFactory.eINSTANCE.createEAttribute();
            attribute.setEType(EcorePackage.Literals.ESTRING);
            addExtension(type, commentType, attribute);
        }));
        extensions.entityLinks().forEach((type, databases) -> databases.forEach(database -> {
            EReference link = EcoreFactory.eINSTANCE.createEReference();
            link.setEType(MarginaliaPackage.eINSTANCE.getEntity());
            addExtension(type, database, link);
        }));
    }

    private void addExtension(String type, String bratName, EStructuralFeature feature) {
        EClass kind = spanKinds.get(type);
        feature.setName(SchemaEdits.ecoreName(bratName.toLowerCase(Locale.ROOT).charAt(0) + bratName.substring(1), null));
        if (kind != null && MarginaliaPackage.eINSTANCE.getAnnotation().getEStructuralFeature(feature.getName()) == null && attribute(kind, bratName) == null) {
            addAttribute(kind, bratName, feature);
        }
    }

    private EClass spanKind(String bratName, Set<String> names, List<String> keys) {
        EClass kind = SchemaEdits.addSpanKind(schema, SchemaEdits.ecoreName(bratName, names));
        SchemaEdits.setDetail(kind, BRAT_NAME, bratName);
        if (!keys.isEmpty()) {
            SchemaEdits.setDetail(kind, CorpusSchema.KEY, keys.remove(0));
        }
        return kind;
    }

    private static EClass fragmentKind(EPackage schema, Set<String> names) {
        EClass kind = SchemaEdits.addRelationKind(schema, FRAGMENT);
        names.add(FRAGMENT.toLowerCase(Locale.ROOT));
        SchemaEdits.setDetail(kind, CorpusSchema.DESCRIPTION, "Links the fragments of a discontinuous brat span, in order");
        return kind;
    }

    private void attribute(String bratName, BratConfiguration.Attribute definition, Set<String> names) {
        EAttribute attribute = EcoreFactory.eINSTANCE.createEAttribute();
        attribute.setName(SchemaEdits.ecoreName(bratName.toLowerCase(Locale.ROOT).charAt(0) + bratName.substring(1), null));
        if (definition.values().isEmpty()) {
            attribute.setEType(EcorePackage.Literals.EBOOLEAN);
        } else {
            EEnum tagSet = EcoreFactory.eINSTANCE.createEEnum();
            tagSet.setName(SchemaEdits.ecoreName(bratName + "Values", names));
            schema.getEClassifiers().add(tagSet);
            for (String value : definition.values()) {
                SchemaEdits.addValue(tagSet, SchemaEdits.ecoreName(value, null)).setLiteral(value);
            }
            attribute.setEType(tagSet);
        }
        List<String> targets = definition.appliesTo().isEmpty() || definition.appliesTo().contains("<ENTITY>") || definition.appliesTo().contains("<EVENT>")
                ? List.copyOf(spanKinds.keySet()) : definition.appliesTo();
        for (String target : targets) {
            EClass kind = spanKinds.getOrDefault(target, relationKinds.get(target));
            if (kind != null) {
                addAttribute(kind, bratName, EcoreUtil.copy(attribute));
            }
        }
    }

    private void addAttribute(EClass kind, String bratName, EStructuralFeature feature) {
        if (kind.getEStructuralFeature(feature.getName()) == null) {
            kind.getEStructuralFeatures().add(feature);
        }
        attributes.computeIfAbsent(kind.getName(), k -> new LinkedHashMap<>()).put(bratName, kind.getEStructuralFeature(feature.getName()));
    }

    private String kindNames(List<String> bratTypes) {
        List<String> kinds = new ArrayList<>();
        for (String type : bratTypes) {
            EClass kind = spanKinds.get(type);
            if (kind != null) {
                kinds.add(kind.getName());
            }
        }
        return String.join(" ", kinds);
    }

    public EPackage schema() {
        return schema;
    }

    /** The span kind of a brat entity type or event type, if the configuration names it. */
    public EClass spanKind(String bratType) {
        return spanKinds.get(bratType);
    }

    public EClass relationKind(String bratType) {
        return relationKinds.get(bratType);
    }

    /** The feature of {@code kind} that holds the brat attribute or event role {@code bratName}, or null. */
    public EStructuralFeature attribute(EClass kind, String bratName) {
        return attributes.getOrDefault(kind.getName(), Map.of()).get(bratName);
    }

    public List<String> problems() {
        return SchemaRules.check(schema);
    }
}
