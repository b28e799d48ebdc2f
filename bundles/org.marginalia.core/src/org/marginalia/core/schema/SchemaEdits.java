package org.marginalia.core.schema;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.eclipse.emf.ecore.EAnnotation;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EModelElement;
import org.eclipse.emf.ecore.ENamedElement;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.EcoreFactory;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.marginalia.core.corpus.CorpusImporter;
import org.marginalia.core.corpus.CorpusResources;
import org.marginalia.core.corpus.LoadedCorpus;
import org.marginalia.core.io.AtomicFiles;
import org.marginalia.core.io.SafeXml;
import org.marginalia.model.MarginaliaPackage;

/**
 * Edits of a corpus's schema made in the workbench (Marginalia > New Kind...): a new span kind is checked on a
 * copy against {@link SchemaRules} first, then added to the live package the corpus's annotations use, and the
 * schema file is written. Adding a kind is always safe for the data: nothing that exists changes.
 */
public final class SchemaEdits {

    private SchemaEdits() {
    }

    /** What is wrong with adding a span kind so named, keyed and coloured to {@code schema} (null: the corpus has none yet). */
    public static List<String> problemsOfNewKind(EPackage schema, String name, String key, String color, String description) {
        EPackage trial = schema == null ? newSchema("trial") : EcoreUtil.copy(schema);
        trial.getEClassifiers().add(spanKind(name, key, color, description));
        return SchemaRules.check(trial);
    }

    /**
     * Adds a span kind to the corpus's schema, making the schema if the corpus has none, and writes the schema
     * file. When the corpus had no schema, its description now names one: the caller saves the description.
     *
     * @throws IllegalArgumentException naming the problems if the kind breaks the schema's rules
     */
    public static EClass addSpanKind(LoadedCorpus corpus, String name, String key, String color, String description) throws IOException {
        EPackage schema = CorpusSchema.of(corpus).customPackage().orElse(null);
        List<String> problems = problemsOfNewKind(schema, name, key, color, description);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", problems));
        }
        if (schema == null) {
            schema = newSchema(corpus.corpus().getName());
            SchemaLoader.register(corpus.resources(), schema);
            corpus.corpus().setSchema(CorpusImporter.SCHEMA_FILE);
        }
        EClass kind = spanKind(name, key, color, description);
        schema.getEClassifiers().add(kind);
        write(schema, schemaFile(corpus));
        return kind;
    }

    /** The schema file a corpus's schema is kept in. */
    public static Path schemaFile(LoadedCorpus corpus) {
        String path = corpus.corpus().getSchema();
        return corpus.layout().root().resolve(path == null ? CorpusImporter.SCHEMA_FILE : path);
    }

    /** A new, empty schema package for a corpus: its namespace is made unique, since annotation files name kinds by it. */
    static EPackage newSchema(String corpusName) {
        EPackage schema = EcoreFactory.eINSTANCE.createEPackage();
        schema.setName("team");
        schema.setNsPrefix("team");
        String slug = corpusName == null ? "corpus" : corpusName.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        schema.setNsURI("http://marginalia.org/schema/" + (slug.isEmpty() ? "corpus" : slug) + "/" + EcoreUtil.generateUUID());
        return schema;
    }

    private static EClass spanKind(String name, String key, String color, String description) {
        EClass kind = EcoreFactory.eINSTANCE.createEClass();
        kind.setName(name);
        kind.getESuperTypes().add(MarginaliaPackage.eINSTANCE.getCustomSpan());
        EAnnotation details = EcoreFactory.eINSTANCE.createEAnnotation();
        details.setSource(CorpusSchema.SOURCE);
        putIfGiven(details, CorpusSchema.COLOR, color);
        putIfGiven(details, CorpusSchema.KEY, key == null ? null : key.toUpperCase(Locale.ROOT));
        putIfGiven(details, CorpusSchema.DESCRIPTION, description);
        kind.getEAnnotations().add(details);
        return kind;
    }

    private static void putIfGiven(EAnnotation details, String key, String value) {
        if (value != null && !value.isBlank()) {
            details.getDetails().put(key, value.strip());
        }
    }

    /** Writes {@code schema} (a copy, so the live package stays in no file's resource) atomically to {@code file}. */
    private static void write(EPackage schema, Path file) throws IOException {
        AtomicFiles.write(file, serialize(schema, file));
    }

    /** The schema file's bytes for {@code schema}, as it is written to {@code file}. */
    public static byte[] serialize(EPackage schema, Path file) throws IOException {
        Resource resource = CorpusResources.newResourceSet().createResource(CorpusResources.uriOf(file));
        resource.getContents().add(EcoreUtil.copy(schema));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        resource.save(bytes, SafeXml.saveOptions());
        return bytes.toByteArray();
    }

    // ---- the schema editor's edits, on a working copy of the schema ----

    /** A working copy of the corpus's schema (a new, empty one if it has none), for the schema editor to change. */
    public static EPackage workingCopy(LoadedCorpus corpus, EcoreUtil.Copier originals) {
        Optional<EPackage> live = CorpusSchema.of(corpus).customPackage();
        if (live.isEmpty()) {
            return newSchema(corpus.corpus().getName());
        }
        EPackage copy = (EPackage) originals.copy(live.get());
        originals.copyReferences();
        return copy;
    }

    /**
     * Marks every kind and attribute of {@code working} whose name differs from the one it was copied from
     * with a {@value SchemaChange#RENAMED_FROM} detail, so that saving carries the annotations along.
     */
    public static void markRenames(EcoreUtil.Copier originals) {
        for (Map.Entry<EObject, EObject> copied : originals.entrySet()) {
            if ((copied.getKey() instanceof EClass || copied.getKey() instanceof EStructuralFeature)
                    && copied.getValue() instanceof ENamedElement now && copied.getValue().eContainer() != null) {
                String before = ((ENamedElement) copied.getKey()).getName();
                if (!before.equals(now.getName())) {
                    details(now).getDetails().put(SchemaChange.RENAMED_FROM, before);
                }
            }
        }
    }

    /** Soft colours that keep black text readable, given in turn to new kinds. */
    private static final List<String> PALETTE = List.of("#ffd6a5", "#caffbf", "#9bf6ff", "#bdb2ff", "#ffc6ff", "#fdffb6", "#a0c4ff", "#ffadad");

    /** A new span kind named {@code name} at the end of the schema's kinds, with a colour no other kind has yet. */
    public static EClass addSpanKind(EPackage schema, String name) {
        List<String> used = schema.getEClassifiers().stream().filter(EClass.class::isInstance)
                .map(kind -> CorpusSchema.color((EClass) kind).orElse("").toLowerCase(Locale.ROOT)).toList();
        String color = PALETTE.stream().filter(c -> !used.contains(c)).findFirst().orElse(PALETTE.get(used.size() % PALETTE.size()));
        EClass kind = spanKind(name, null, color, null);
        schema.getEClassifiers().add(kind);
        return kind;
    }

    /** A new relation kind between any span kinds. */
    public static EClass addRelationKind(EPackage schema, String name) {
        EClass kind = EcoreFactory.eINSTANCE.createEClass();
        kind.setName(name);
        kind.getESuperTypes().add(MarginaliaPackage.eINSTANCE.getRelation());
        schema.getEClassifiers().add(kind);
        return kind;
    }

    /** A new tag set with one value, since a tag set needs at least one. */
    public static EEnum addTagSet(EPackage schema, String name, String firstValue) {
        EEnum tagSet = EcoreFactory.eINSTANCE.createEEnum();
        tagSet.setName(name);
        schema.getEClassifiers().add(tagSet);
        addValue(tagSet, firstValue);
        return tagSet;
    }

    public static EEnumLiteral addValue(EEnum tagSet, String name) {
        EEnumLiteral literal = EcoreFactory.eINSTANCE.createEEnumLiteral();
        literal.setName(name);
        literal.setLiteral(name);
        literal.setValue(tagSet.getELiterals().stream().mapToInt(EEnumLiteral::getValue).max().orElse(-1) + 1);
        tagSet.getELiterals().add(literal);
        return literal;
    }

    /** A new text attribute of {@code kind}. */
    public static EStructuralFeature addAttribute(EClass kind, String name) {
        EAttribute attribute = EcoreFactory.eINSTANCE.createEAttribute();
        attribute.setName(name);
        attribute.setEType(EcorePackage.Literals.ESTRING);
        kind.getEStructuralFeatures().add(attribute);
        return attribute;
    }

    /** The types an attribute of {@code schema} can have, in the analyst's words, as {@link CorpusSchema#typeOf} names them. */
    public static List<String> attributeTypes(EPackage schema) {
        List<String> types = new ArrayList<>(TYPES.keySet());
        types.add("entity");
        types.add("annotation");
        schema.getEClassifiers().stream().filter(EEnum.class::isInstance).forEach(tagSet -> types.add("tag set " + tagSet.getName()));
        return types;
    }

    private static final Map<String, EClassifier> TYPES = new LinkedHashMap<>();
    static {
        TYPES.put("text", EcorePackage.Literals.ESTRING);
        TYPES.put("number", EcorePackage.Literals.EINT);
        TYPES.put("decimal number", EcorePackage.Literals.EBIG_DECIMAL);
        TYPES.put("date", EcorePackage.Literals.EDATE);
        TYPES.put("yes/no", EcorePackage.Literals.EBOOLEAN);
    }

    /** The word {@link #retype} takes for an attribute's type ("decimal number" is told apart from "number"). */
    public static String typeChoice(EStructuralFeature attribute) {
        for (Map.Entry<String, EClassifier> type : TYPES.entrySet()) {
            if (type.getValue() == attribute.getEType()) {
                return type.getKey();
            }
        }
        return CorpusSchema.typeOf(attribute);
    }

    /**
     * Gives {@code attribute} the type {@code type} (one of {@link #attributeTypes}); an entity reference and a
     * value attribute are different things in Ecore, so the attribute is replaced in its place and returned.
     */
    public static EStructuralFeature retype(EStructuralFeature attribute, String type) {
        EClass kind = attribute.getEContainingClass();
        EPackage schema = kind.getEPackage();
        EStructuralFeature made;
        if (type.equals("entity") || type.equals("annotation")) {
            EReference reference = EcoreFactory.eINSTANCE.createEReference();
            reference.setEType(type.equals("entity") ? MarginaliaPackage.eINSTANCE.getEntity() : MarginaliaPackage.eINSTANCE.getAnnotation());
            made = reference;
        } else {
            EAttribute value = EcoreFactory.eINSTANCE.createEAttribute();
            value.setEType(type.startsWith("tag set ") ? schema.getEClassifier(type.substring("tag set ".length())) : TYPES.get(type));
            made = value;
        }
        if (made.getEType() == null) {
            throw new IllegalArgumentException("no attribute type " + type);
        }
        made.setName(attribute.getName());
        made.setLowerBound(attribute.getLowerBound());
        made.setUpperBound(attribute.getUpperBound());
        made.getEAnnotations().addAll(attribute.getEAnnotations());
        int index = kind.getEStructuralFeatures().indexOf(attribute);
        kind.getEStructuralFeatures().set(index, made);
        return made;
    }

    /**
     * A name from another tool (a brat type, a UIMA type or feature) as an Ecore name of letters, digits and _,
     * never one of Marginalia's own class names, and unique among {@code taken} (null: no uniqueness asked).
     */
    public static String ecoreName(String foreignName, Set<String> taken) {
        String name = foreignName.replaceAll("[^A-Za-z0-9_]+", "_");
        if (name.isEmpty() || !Character.isLetter(name.charAt(0)) && name.charAt(0) != '_') {
            name = "T_" + name;
        }
        if (MarginaliaPackage.eINSTANCE.getEClassifier(name) != null) {
            name = name + "_";
        }
        if (taken == null) {
            return name;
        }
        String unique = name;
        for (int i = 2; !taken.add(unique.toLowerCase(Locale.ROOT)); i++) {
            unique = name + i;
        }
        return unique;
    }

    /** Sets one detail of a kind, attribute or value (colour, key, guideline, allowed ends, suggested values); blank removes it. */
    public static void setDetail(EModelElement element, String key, String value) {
        if (value == null || value.isBlank()) {
            details(element).getDetails().removeKey(key);
        } else {
            details(element).getDetails().put(key, value.strip());
        }
    }

    private static EAnnotation details(EModelElement element) {
        EAnnotation details = element.getEAnnotation(CorpusSchema.SOURCE);
        if (details == null) {
            details = EcoreFactory.eINSTANCE.createEAnnotation();
            details.setSource(CorpusSchema.SOURCE);
            element.getEAnnotations().add(details);
        }
        return details;
    }
}
