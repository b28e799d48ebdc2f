package org.marginalia.core.formats.uima;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.EcorePackage;
import org.marginalia.core.corpus.AnnotatedAddition;
import org.marginalia.core.corpus.AnnotatedAddition.Material;
import org.marginalia.core.corpus.AnnotatorFolders;
import org.marginalia.core.corpus.ConfinedFolder;
import org.marginalia.core.corpus.CorpusException;
import org.marginalia.core.corpus.CorpusIds;
import org.marginalia.core.corpus.CorpusImporter;
import org.marginalia.core.corpus.CorpusImporter.ImportedDocument;
import org.marginalia.core.corpus.CorpusImporter.ImportedSet;
import org.marginalia.core.corpus.CorpusProblem;
import org.marginalia.core.corpus.ImportReport;
import org.marginalia.core.corpus.LoadedCorpus;
import org.marginalia.core.schema.CorpusSchema;
import org.marginalia.core.schema.SchemaEdits;
import org.marginalia.core.schema.SchemaLoader;
import org.marginalia.model.Annotation;

/**
 * UIMA CAS XMI as a new corpus, as INCEpTION and DKPro Core write it: {@code TypeSystem.xml} becomes the schema
 * (see {@link UimaSchema}), each {@code .xmi} a document with that annotator's annotations. A folder of
 * {@code .xmi} files is one annotator's (named by the caller); a folder holding one subfolder per annotator
 * (each with its {@code TypeSystem.xml}, or sharing the parent's) imports them all, whether or not they
 * annotated the same documents. Documents are matched across annotators by {@code DocumentMetaData}'s
 * documentId, else by file name, and their texts must be equal. A file that cannot be read is reported with
 * its line and nothing of it is imported; the rest is. Every type and feature not imported is listed with its
 * count, never dropped silently.
 */
public final class UimaImport {

    public static final String TYPE_SYSTEM = "TypeSystem.xml";
    private static final String XMI = ".xmi";
    /** At most this many different values of a text attribute are offered as its suggested values (an open tag set). */
    private static final int SUGGESTED_VALUES = 30;

    private UimaImport() {
    }

    /** Whether {@code folder} looks like UIMA CAS XMI: a type system or .xmi files, in it or in an annotator's subfolder. */
    public static boolean isUima(Path folder) {
        if (looksLikeCasFolder(folder)) {
            return true;
        }
        return AnnotatorFolders.subfolders(folder).stream().anyMatch(UimaImport::looksLikeCasFolder);
    }

    public static ImportReport importCorpus(Path from, Path corpusFolder, String corpusName, String analyst) throws CorpusException {
        Material read = read(from, analyst);
        byte[] schemaBytes = null;
        if (read.schema() != null) {
            try {
                schemaBytes = SchemaEdits.serialize(read.schema(), corpusFolder.resolve(CorpusImporter.SCHEMA_FILE));
            } catch (IOException e) {
                throw new CorpusException(new CorpusProblem(from, "cannot be made into a schema: " + e.getMessage()), e);
            }
        }
        LoadedCorpus corpus = CorpusImporter.importAnnotated(corpusFolder, corpusName, schemaBytes, read.documents());
        return new ImportReport(corpus, read.problems(), read.notImported());
    }

    /** Adds the CAS files to the corpus in {@code corpusFolder}, their type system joining the corpus's schema ({@link AnnotatedAddition}). */
    public static AnnotatedAddition.Added addTo(Path from, Path corpusFolder, String analyst) throws CorpusException {
        return AnnotatedAddition.add(corpusFolder, read(from, analyst));
    }

    /** The CAS files' documents and the schema of their type system (null when it has no kinds of its own), to add to a corpus. */
    public static Material read(Path from, String analyst) throws CorpusException {
        ConfinedFolder source = new ConfinedFolder(from);
        Map<String, Path> annotators = AnnotatorFolders.annotators(from, analyst, UimaImport::isXmi);
        if (annotators.isEmpty()) {
            throw new CorpusException(new CorpusProblem(from, "holds no .xmi files (nor does any subfolder): it is no UIMA CAS XMI collection"));
        }
        List<CorpusProblem> problems = new ArrayList<>();
        Map<String, UimaTypeSystemFile> typeSystems = new LinkedHashMap<>();
        UimaTypeSystemFile merged = null;
        for (Map.Entry<String, Path> annotator : annotators.entrySet()) {
            Path file = typeSystemOf(from, annotator.getValue());
            if (file == null) {
                problems.add(new CorpusProblem(annotator.getValue(), "has no " + TYPE_SYSTEM + " (nor has " + from + "); its files are not imported"));
                continue;
            }
            try {
                UimaTypeSystemFile typeSystem = UimaTypeSystemFile.parse(file, source.read(file, ConfinedFolder.XML_LIMIT));
                typeSystems.put(annotator.getKey(), typeSystem);
                merged = merged == null ? typeSystem : merged.with(typeSystem);
            } catch (CorpusException e) {
                problems.addAll(e.problems());
            }
        }
        if (merged == null) {
            throw new CorpusException(problems);
        }
        UimaSchema schema = UimaSchema.of(merged);
        SchemaLoader.keepUnansweredApart(schema.schema());
        if (!schema.problems().isEmpty()) {
            throw new CorpusException(schema.problems().stream().map(p -> new CorpusProblem(from, "as a schema", p)).toList());
        }
        Map<String, Integer> notImported = new TreeMap<>();
        Map<String, ImportedDocument> documents = new LinkedHashMap<>();
        Map<String, Path> firstFile = new HashMap<>();
        for (Map.Entry<String, Path> annotator : annotators.entrySet()) {
            if (!typeSystems.containsKey(annotator.getKey())) {
                continue;
            }
            if (!CorpusIds.isValid(annotator.getKey())) {
                problems.add(new CorpusProblem(annotator.getValue(), CorpusIds.describe("analyst id", annotator.getKey()) + "; its files are not imported"));
                continue;
            }
            for (Path xmi : AnnotatorFolders.files(annotator.getValue(), UimaImport::isXmi)) {
                readDocument(source, schema, annotator.getKey(), xmi, documents, firstFile, problems, notImported);
            }
        }
        if (documents.isEmpty()) {
            problems.add(new CorpusProblem(from, "holds no .xmi file that could be read; nothing was imported"));
            throw new CorpusException(problems);
        }
        suggestValues(schema, documents.values());
        List<String> lines = new ArrayList<>();
        schema.featuresNotImported().forEach(feature -> lines.add("feature " + feature + ": no attribute type holds it"));
        notImported.forEach((what, count) -> lines.add(what + ": " + count));
        EPackage kinds = schema.schema().getEClassifiers().isEmpty() ? null : schema.schema();
        return new Material(from, kinds, List.copyOf(documents.values()), problems, lines);
    }

    private static void readDocument(ConfinedFolder source, UimaSchema schema, String analyst, Path xmi, Map<String, ImportedDocument> documents,
            Map<String, Path> firstFile, List<CorpusProblem> problems, Map<String, Integer> notImported) throws CorpusException {
        UimaXmi cas;
        try {
            cas = UimaXmi.parse(xmi, source.read(xmi, ConfinedFolder.XML_LIMIT));
        } catch (CorpusException e) {
            problems.addAll(e.problems());
            return;
        }
        UimaAnnotations read = UimaAnnotations.read(xmi, cas, schema, analyst);
        String key = documentKey(read.documentId(), xmi);
        ImportedDocument document = documents.get(key);
        if (document != null && !document.text().equals(cas.text())) {
            problems.add(new CorpusProblem(xmi, "has another text than " + firstFile.get(key) + " for the document " + key + "; nothing of it is imported"));
            return;
        }
        problems.addAll(read.problems());
        read.notImported().forEach((what, count) -> notImported.merge(what, count, Integer::sum));
        if (document == null) {
            document = new ImportedDocument(key, cas.text(), read.title(), new LinkedHashMap<>());
            documents.put(key, document);
            firstFile.put(key, xmi);
        }
        if (!read.problems().isEmpty()) {
            return;
        }
        for (Map.Entry<String, ImportedSet> set : read.byAnalyst().entrySet()) {
            if (document.byAnalyst().putIfAbsent(set.getKey(), set.getValue()) != null) {
                problems.add(new CorpusProblem(xmi, "holds annotations of " + set.getKey() + " on " + key + ", who has them from another file already; "
                        + "they are not imported"));
            }
        }
    }

    /** The id DocumentMetaData gives (without folders, which an id cannot hold), else the file's name without .xmi. */
    private static String documentKey(String documentId, Path xmi) {
        if (documentId != null && !documentId.isBlank()) {
            return documentId.strip().replaceAll("[/\\\\]+", "_");
        }
        String name = xmi.getFileName().toString();
        return name.substring(0, name.length() - XMI.length());
    }

    /**
     * An INCEpTION tag feature is a plain string in the type system (its tag set stays in the project), so the
     * values the annotators used are offered as the text attribute's suggested values, an open tag set.
     */
    private static void suggestValues(UimaSchema schema, Iterable<ImportedDocument> documents) {
        Map<EStructuralFeature, Set<String>> seen = new HashMap<>();
        for (ImportedDocument document : documents) {
            for (ImportedSet set : document.byAnalyst().values()) {
                for (Annotation annotation : set.annotations()) {
                    for (EStructuralFeature attribute : CorpusSchema.attributesOf(annotation.eClass())) {
                        if (isSingleText(attribute) && annotation.eGet(attribute) instanceof String value && !value.isBlank() && !value.contains("|")) {
                            seen.computeIfAbsent(attribute, a -> new TreeSet<>()).add(value.strip());
                        }
                    }
                }
            }
        }
        for (EClassifier classifier : schema.schema().getEClassifiers()) {
            if (classifier instanceof EClass kind) {
                for (EStructuralFeature attribute : kind.getEStructuralFeatures()) {
                    Set<String> values = seen.get(attribute);
                    if (values != null && values.size() <= SUGGESTED_VALUES) {
                        SchemaEdits.setDetail(attribute, CorpusSchema.SUGGESTED_VALUES, String.join("|", values));
                    }
                }
            }
        }
    }

    private static boolean isSingleText(EStructuralFeature attribute) {
        return attribute instanceof EAttribute && !attribute.isMany() && attribute.getEType() == EcorePackage.Literals.ESTRING;
    }

    private static boolean looksLikeCasFolder(Path folder) {
        return Files.isRegularFile(folder.resolve(TYPE_SYSTEM)) || !xmiFiles(folder).isEmpty();
    }

    /** The annotator's own type system, else the collection's. */
    private static Path typeSystemOf(Path collection, Path annotatorFolder) {
        for (Path folder : List.of(annotatorFolder, collection)) {
            if (Files.isRegularFile(folder.resolve(TYPE_SYSTEM))) {
                return folder.resolve(TYPE_SYSTEM);
            }
        }
        return null;
    }

    private static List<Path> xmiFiles(Path folder) {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.filter(UimaImport::isXmi).toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    private static boolean isXmi(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(XMI) && !name.startsWith(".") && Files.isRegularFile(file);
    }
}
