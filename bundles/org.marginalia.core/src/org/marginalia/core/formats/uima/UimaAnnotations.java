package org.marginalia.core.formats.uima;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.marginalia.core.corpus.CorpusIds;
import org.marginalia.core.corpus.CorpusImporter.ImportedSet;
import org.marginalia.core.corpus.CorpusProblem;
import org.marginalia.core.formats.uima.UimaSchema.Mapping;
import org.marginalia.core.formats.uima.UimaXmi.FeatureStructure;
import org.marginalia.core.schema.CorpusSchema;
import org.marginalia.model.Annotation;
import org.marginalia.model.Entity;
import org.marginalia.model.EntityKind;
import org.marginalia.model.EntityMention;
import org.marginalia.model.MarginaliaPackage;
import org.marginalia.model.Origin;
import org.marginalia.model.Relation;
import org.marginalia.model.util.EntityIds;

/**
 * One CAS read against the schema made from its type system: the annotations of mapped types with their
 * features, relations between them, and the document's id and title from {@code DocumentMetaData}. A
 * {@code NamedEntity} becomes an entity mention of an entity named by the covered text, whose kind its
 * {@code value} gives (PER, ORG, LOC and their spellings; any other tag makes an entity of kind other and is
 * kept as the mention's note). Annotations of Marginalia's own export go to the analyst their
 * {@code annotator} names. Offsets are UTF-16 units as in Marginalia; one outside the text or between the two
 * halves of a character is a problem naming the file and line, and then nothing of the file is imported.
 * Whatever is not imported is counted by type and feature for the report.
 */
public final class UimaAnnotations {

    private static final MarginaliaPackage M = MarginaliaPackage.eINSTANCE;
    /** Feature structures that hold no annotation: the CAS's own bookkeeping. */
    private static final Set<String> BOOKKEEPING = Set.of(UimaXmi.SOFA, "uima.cas.NULL");
    private static final Set<String> SPAN_FEATURES = Set.of("begin", "end", "sofa");
    private static final Set<String> MARGINALIA_FEATURES = Set.of("annotationId", "annotator", "curated", "note", "origin");

    private final Path file;
    private final UimaXmi cas;
    private final UimaSchema schema;
    private final String defaultAnalyst;
    private final List<CorpusProblem> problems = new ArrayList<>();
    private final Map<String, Integer> notImported = new TreeMap<>();
    private final Map<String, ImportedSet> byAnalyst = new LinkedHashMap<>();
    private final Map<Integer, Annotation> annotations = new HashMap<>();
    /** The annotation or relation made from each structure's xmi:id, and the analyst each went to. */
    private final Map<Integer, EObject> made = new HashMap<>();
    private final Map<EObject, String> analystOf = new HashMap<>();
    private final Map<String, Map<String, Entity>> entities = new HashMap<>();
    private final Set<Integer> used = new HashSet<>();
    private String documentId;
    private String title;

    private UimaAnnotations(Path file, UimaXmi cas, UimaSchema schema, String defaultAnalyst) {
        this.file = file;
        this.cas = cas;
        this.schema = schema;
        this.defaultAnalyst = defaultAnalyst;
    }

    public static UimaAnnotations read(Path file, UimaXmi cas, UimaSchema schema, String analyst) {
        UimaAnnotations read = new UimaAnnotations(file, cas, schema, analyst);
        List<FeatureStructure> spans = new ArrayList<>();
        List<FeatureStructure> relations = new ArrayList<>();
        for (FeatureStructure structure : cas.structures()) {
            Mapping mapping = schema.mapping(structure.type());
            if (schema.isA(structure.type(), UimaSchema.DOCUMENT_META_DATA)) {
                read.documentId = structure.feature("documentId");
                read.title = structure.feature("documentTitle");
            } else if (mapping != null && mapping.relation()) {
                relations.add(structure);
            } else if (mapping != null) {
                spans.add(structure);
            }
        }
        // Spans first: relations and annotation references point at them wherever they stand in the file.
        spans.forEach(read::span);
        relations.forEach(read::relation);
        for (FeatureStructure structure : spans) {
            read.features(structure);
        }
        for (FeatureStructure structure : relations) {
            read.features(structure);
        }
        read.finish();
        if (!read.problems.isEmpty()) {
            read.byAnalyst.clear();
        }
        return read;
    }

    /** Each analyst's set of this document; empty when the file had a problem. */
    public Map<String, ImportedSet> byAnalyst() {
        return byAnalyst;
    }

    public List<CorpusProblem> problems() {
        return problems;
    }

    /** What was not imported, as "what: how many". */
    public Map<String, Integer> notImported() {
        return notImported;
    }

    /** {@code DocumentMetaData}'s documentId, or null. */
    public String documentId() {
        return documentId;
    }

    /** {@code DocumentMetaData}'s documentTitle, or null. */
    public String title() {
        return title;
    }

    private void problem(FeatureStructure structure, String message) {
        problems.add(new CorpusProblem(file, "line " + structure.line(), shortName(structure.type()) + " (xmi:id " + structure.id() + ") " + message));
    }

    private void skip(String what) {
        notImported.merge(what, 1, Integer::sum);
    }

    private void span(FeatureStructure structure) {
        Mapping mapping = schema.mapping(structure.type());
        String analyst = analyst(structure, mapping);
        if (analyst == null) {
            return;
        }
        if (!cas.onText(structure)) {
            skip(structure.type() + " in another view than the text's");
            return;
        }
        int begin = structure.offset("begin");
        int end = structure.offset("end");
        String text = cas.text();
        if (begin < 0 || end < begin || end > text.length()) {
            problem(structure, "has begin " + structure.feature("begin") + " and end " + structure.feature("end") + ", which lie outside the text ("
                    + text.length() + " UTF-16 units)");
            return;
        }
        if (splitsCharacter(text, begin) || splitsCharacter(text, end)) {
            problem(structure, "has begin " + begin + " and end " + end + ", one of which falls between the two UTF-16 units of one character");
            return;
        }
        Annotation annotation = (Annotation) EcoreUtil.create(mapping.kind());
        annotation.setBegin(begin);
        annotation.setEnd(end);
        common(annotation, structure, mapping, analyst);
        if (mapping.namedEntity()) {
            namedEntity((EntityMention) annotation, structure, analyst);
        }
        set(analyst).annotations().add(annotation);
    }

    private void relation(FeatureStructure structure) {
        Mapping mapping = schema.mapping(structure.type());
        String analyst = analyst(structure, mapping);
        if (analyst == null) {
            return;
        }
        FeatureStructure governorStructure = cas.referenced(structure.feature(UimaSchema.GOVERNOR));
        FeatureStructure dependentStructure = cas.referenced(structure.feature(UimaSchema.DEPENDENT));
        used.add(structure.id());
        if (dependentStructure == null && structure.feature("dependentDocument") != null) {
            skip(structure.type() + " to an annotation in another document (" + structure.feature("dependentDocument") + ")");
            return;
        }
        Annotation governor = governorStructure == null ? null : annotations.get(governorStructure.id());
        Annotation dependent = dependentStructure == null ? null : annotations.get(dependentStructure.id());
        if (governor == null || dependent == null || !analyst.equals(analystOf.get(governor)) || !analyst.equals(analystOf.get(dependent))) {
            skip(structure.type() + " whose Governor or Dependent is not imported");
            return;
        }
        Relation relation = (Relation) EcoreUtil.create(mapping.kind());
        relation.setGovernor(governor);
        relation.setDependent(dependent);
        relation.setId(id(structure, mapping, analyst));
        relation.setOrigin(origin(structure, mapping));
        relation.setNote(mapping.fromMarginalia() ? structure.feature("note") : null);
        made.put(structure.id(), relation);
        analystOf.put(relation, analyst);
        set(analyst).relations().add(relation);
    }

    /** The analyst an annotation goes to, or null when it is not imported (the curated result of Marginalia's export). */
    private String analyst(FeatureStructure structure, Mapping mapping) {
        used.add(structure.id());
        if (!mapping.fromMarginalia()) {
            return defaultAnalyst;
        }
        if (Boolean.parseBoolean(structure.feature("curated"))) {
            skip(structure.type() + " of the curated result (merge the analysts' sets again to make it)");
            return null;
        }
        String annotator = structure.feature("annotator");
        return annotator != null && CorpusIds.isValid(annotator) ? annotator : defaultAnalyst;
    }

    private void common(Annotation annotation, FeatureStructure structure, Mapping mapping, String analyst) {
        annotation.setId(id(structure, mapping, analyst));
        annotation.setOrigin(origin(structure, mapping));
        if (mapping.fromMarginalia()) {
            annotation.setNote(structure.feature("note"));
        }
        annotations.put(structure.id(), annotation);
        made.put(structure.id(), annotation);
        analystOf.put(annotation, analyst);
    }

    /** The id Marginalia's export kept, else one made from the analyst and the xmi:id (unique in the file). */
    private static String id(FeatureStructure structure, Mapping mapping, String analyst) {
        String kept = mapping.fromMarginalia() ? structure.feature("annotationId") : null;
        return kept != null && !kept.isBlank() ? kept : analyst + "-uima-" + structure.id();
    }

    private static Origin origin(FeatureStructure structure, Mapping mapping) {
        Origin kept = mapping.fromMarginalia() ? Origin.get(String.valueOf(structure.feature("origin"))) : null;
        return kept != null ? kept : Origin.MANUAL;
    }

    private void namedEntity(EntityMention mention, FeatureStructure structure, String analyst) {
        String tag = structure.feature("value");
        if (tag == null || tag.isBlank()) {
            tag = shortName(structure.type()); // DKPro's subtypes (Person, Location, Organization) say it by their type
        }
        EntityKind kind = entityKind(tag);
        if (kind == null) {
            kind = EntityKind.OTHER;
            mention.setNote("NamedEntity value: " + tag);
        }
        String name = cas.text().substring(mention.getBegin(), mention.getEnd()).strip();
        if (name.isEmpty()) {
            problem(structure, "covers no words, so it names no entity");
            return;
        }
        EntityKind entityKind = kind;
        mention.setEntity(entities(analyst).computeIfAbsent(EntityIds.idFor(kind, name), id -> {
            Entity made = M.getMarginaliaFactory().createEntity();
            made.setId(id);
            made.setKind(entityKind);
            made.setName(name);
            return made;
        }));
    }

    /** The entity kind a NER tag names (CoNLL's PER/ORG/LOC, OntoNotes' GPE, DKPro's type names), or null for other tags. */
    static EntityKind entityKind(String tag) {
        return switch (tag.strip().toUpperCase(Locale.ROOT).replaceFirst("^[BI]-", "")) {
            case "PER", "PERSON" -> EntityKind.PERSON;
            case "ORG", "ORGANIZATION", "ORGANISATION" -> EntityKind.ORGANISATION;
            case "LOC", "LOCATION", "GPE", "PLACE" -> EntityKind.PLACE;
            case "OTHER" -> EntityKind.OTHER;
            default -> null;
        };
    }

    /** Fills the attributes of the annotation or relation made from {@code structure}, and counts the features nothing holds. */
    private void features(FeatureStructure structure) {
        Mapping mapping = schema.mapping(structure.type());
        EObject owner = made.get(structure.id());
        if (owner == null) {
            return;
        }
        for (Map.Entry<String, String> value : structure.features().entrySet()) {
            String name = value.getKey();
            EStructuralFeature attribute = mapping.features().get(name);
            if (attribute != null) {
                fill(structure, owner, attribute, value.getValue());
            } else if (!known(name, mapping)) {
                skip(structure.type() + " feature " + name);
            }
        }
        for (Map.Entry<String, List<String>> values : structure.elements().entrySet()) {
            EStructuralFeature attribute = mapping.features().get(values.getKey());
            if (attribute != null && attribute.isMany() && attribute instanceof EAttribute) {
                many(structure, owner, attribute, values.getValue());
            } else {
                skip(structure.type() + " feature " + values.getKey());
            }
        }
    }

    private static boolean known(String feature, Mapping mapping) {
        return SPAN_FEATURES.contains(feature) || mapping.namedEntity() && feature.equals("value")
                || mapping.fromMarginalia() && MARGINALIA_FEATURES.contains(feature)
                || mapping.relation() && (feature.equals(UimaSchema.GOVERNOR) || feature.equals(UimaSchema.DEPENDENT))
                || mapping.relation() && mapping.fromMarginalia() && (feature.equals("dependentDocument") || feature.equals("dependentAnnotationId"));
    }

    private void fill(FeatureStructure structure, EObject owner, EStructuralFeature attribute, String value) {
        if (attribute.getEType() == M.getEntity()) {
            FeatureStructure entity = cas.referenced(value);
            if (entity != null && UimaSchema.MARGINALIA_ENTITY.equals(entity.type())) {
                owner.eSet(attribute, entity(entity, analystOf.get(owner)));
            } else {
                skip(structure.type() + " feature " + attribute.getName() + " referring to no Marginalia entity");
            }
        } else if (attribute.getEType() == M.getAnnotation()) {
            FeatureStructure referenced = cas.referenced(value);
            Annotation annotation = referenced == null ? null : annotations.get(referenced.id());
            if (annotation != null && analystOf.get(owner).equals(analystOf.get(annotation))) {
                owner.eSet(attribute, annotation);
            } else {
                skip(structure.type() + " feature " + attribute.getName() + " referring to an annotation not imported");
            }
        } else if (attribute.isMany()) {
            FeatureStructure array = cas.referenced(value); // a string array several structures may share is a structure of its own
            if (array != null) {
                used.add(array.id());
                many(structure, owner, attribute, array.elements().getOrDefault("elements", List.of()));
            }
        } else {
            try {
                owner.eSet(attribute, EcoreUtil.createFromString((EDataType) attribute.getEType(), value));
            } catch (RuntimeException e) {
                problem(structure, "has " + attribute.getName() + " = \"" + value + "\", which is no " + CorpusSchema.typeOf(attribute));
            }
        }
    }

    private void many(FeatureStructure structure, EObject owner, EStructuralFeature attribute, List<String> values) {
        @SuppressWarnings("unchecked")
        List<Object> list = (List<Object>) owner.eGet(attribute);
        for (String value : values) {
            try {
                list.add(EcoreUtil.createFromString((EDataType) attribute.getEType(), value));
            } catch (RuntimeException e) {
                problem(structure, "has " + attribute.getName() + " = \"" + value + "\", which is no " + CorpusSchema.typeOf(attribute));
            }
        }
    }

    /** An entity of Marginalia's export, one per id in each analyst's set. */
    private Entity entity(FeatureStructure structure, String analyst) {
        used.add(structure.id());
        String name = structure.feature("name") == null ? "" : structure.feature("name");
        EntityKind kind = EntityKind.get(String.valueOf(structure.feature("kind")));
        EntityKind known = kind == null ? EntityKind.OTHER : kind;
        String id = structure.feature("entityId") != null ? structure.feature("entityId") : EntityIds.idFor(known, name.isBlank() ? "entity" : name);
        return entities(analyst).computeIfAbsent(id, made -> {
            Entity entity = M.getMarginaliaFactory().createEntity();
            entity.setId(id);
            entity.setKind(known);
            entity.setName(name);
            entity.getAliases().addAll(structure.elements().getOrDefault("aliases", List.of()));
            return entity;
        });
    }

    private Map<String, Entity> entities(String analyst) {
        return entities.computeIfAbsent(analyst, a -> new LinkedHashMap<>());
    }

    private ImportedSet set(String analyst) {
        return byAnalyst.computeIfAbsent(analyst, a -> new ImportedSet(new ArrayList<>(), new ArrayList<>(), new ArrayList<>()));
    }

    /** Counts every feature structure nothing took, by type, and puts each analyst's entities into their set. */
    private void finish() {
        for (FeatureStructure structure : cas.structures()) {
            if (!used.contains(structure.id()) && !BOOKKEEPING.contains(structure.type())
                    && !schema.isA(structure.type(), UimaSchema.DOCUMENT_META_DATA)) {
                skip(structure.type());
            }
        }
        byAnalyst.forEach((analyst, set) -> set.entities().addAll(entities(analyst).values()));
    }

    private static String shortName(String type) {
        return type.substring(type.lastIndexOf('.') + 1);
    }

    /** Whether {@code offset} falls between the two UTF-16 units of one character (an emoji, a rare CJK character). */
    private static boolean splitsCharacter(String text, int offset) {
        return offset > 0 && offset < text.length() && Character.isHighSurrogate(text.charAt(offset - 1)) && Character.isLowSurrogate(text.charAt(offset));
    }
}
