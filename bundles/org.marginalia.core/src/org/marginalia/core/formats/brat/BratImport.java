package org.marginalia.core.formats.brat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
import org.marginalia.core.schema.SchemaEdits;
import org.marginalia.core.schema.SchemaLoader;

/**
 * A brat collection as a new corpus, or added to one ({@link #addTo}): {@code annotation.conf} becomes the schema, each {@code <doc>.txt} a
 * document and its {@code <doc>.ann} that annotator's set. A folder of {@code .ann} files is one annotator's
 * (named by the caller); a folder holding one subfolder per annotator imports them all, each document's
 * annotations in that annotator's folder, whether or not they annotated the same documents. Comment types and
 * normalizations the files use beyond the configuration extend the schema first ({@link BratExtensions}). A file that cannot
 * be read is reported with its line and nothing of it is imported; the rest is.
 */
public final class BratImport {

    public static final String CONFIGURATION = "annotation.conf";

    private BratImport() {
    }

    /** Whether {@code folder} looks like a brat collection (its configuration, or one in an annotator's subfolder). */
    public static boolean isBrat(Path folder) {
        return configuration(folder) != null;
    }

    public static ImportReport importCorpus(Path from, Path corpusFolder, String corpusName, String analyst) throws CorpusException {
        Material read = read(from, corpusName, analyst);
        byte[] schemaBytes;
        try {
            schemaBytes = SchemaEdits.serialize(read.schema(), corpusFolder.resolve(CorpusImporter.SCHEMA_FILE));
        } catch (IOException e) {
            throw new CorpusException(new CorpusProblem(read.origin(), "cannot be made into a schema: " + e.getMessage()), e);
        }
        LoadedCorpus corpus = CorpusImporter.importAnnotated(corpusFolder, corpusName, schemaBytes, read.documents());
        return new ImportReport(corpus, read.problems(), read.notImported());
    }

    /** Adds the collection to the corpus in {@code corpusFolder}, its configuration joining the corpus's schema ({@link AnnotatedAddition}). */
    public static AnnotatedAddition.Added addTo(Path from, Path corpusFolder, String analyst) throws CorpusException {
        return AnnotatedAddition.add(corpusFolder, read(from, analyst));
    }

    /** The collection's documents and schema, to add to a corpus; fails when its configuration is unusable or no document could be read. */
    public static Material read(Path from, String analyst) throws CorpusException {
        return read(from, "import", analyst);
    }

    private static Material read(Path from, String corpusName, String analyst) throws CorpusException {
        ConfinedFolder source = new ConfinedFolder(from);
        Path configurationFile = configuration(from);
        if (configurationFile == null) {
            throw new CorpusException(new CorpusProblem(from, "holds no " + CONFIGURATION + " (nor does any subfolder): it is not a brat collection"));
        }
        BratSchema schema = BratSchema.of(BratConfiguration.parse(read(source, configurationFile)), corpusName);
        Map<String, Path> annotators = AnnotatorFolders.annotators(from, analyst, BratImport::isAnn);
        // every .ann is read before the schema is made: what they use beyond the configuration extends it
        Map<Path, String> annotationFiles = new LinkedHashMap<>();
        BratExtensions extensions = new BratExtensions();
        for (Path folder : annotators.values()) {
            for (Path ann : AnnotatorFolders.files(folder, BratImport::isAnn)) {
                annotationFiles.put(ann, read(source, ann));
                extensions.scan(annotationFiles.get(ann));
            }
        }
        schema.extend(extensions);
        SchemaLoader.keepUnansweredApart(schema.schema());
        if (!schema.problems().isEmpty()) {
            throw new CorpusException(schema.problems().stream().map(p -> new CorpusProblem(configurationFile, "as a schema", p)).toList());
        }
        List<CorpusProblem> problems = new ArrayList<>();
        List<String> notImported = new ArrayList<>();
        Map<String, ImportedDocument> documents = new LinkedHashMap<>();
        for (Map.Entry<String, Path> annotator : annotators.entrySet()) {
            if (!CorpusIds.isValid(annotator.getKey())) {
                problems.add(new CorpusProblem(annotator.getValue(), CorpusIds.describe("analyst id", annotator.getKey()) + "; its files are not imported"));
                continue;
            }
            for (Path ann : AnnotatorFolders.files(annotator.getValue(), BratImport::isAnn)) {
                readDocument(source, schema, annotator.getKey(), ann, annotationFiles.get(ann), documents, problems, notImported);
            }
        }
        if (documents.isEmpty()) {
            problems.add(new CorpusProblem(from, "holds no .ann file with its .txt that could be read; nothing was imported"));
            throw new CorpusException(problems);
        }
        return new Material(configurationFile, schema.schema(), List.copyOf(documents.values()), problems, notImported);
    }

    private static void readDocument(ConfinedFolder source, BratSchema schema, String analyst, Path ann, String annotations, Map<String, ImportedDocument> documents,
            List<CorpusProblem> problems, List<String> notImported) throws CorpusException {
        String stem = ann.getFileName().toString().substring(0, ann.getFileName().toString().length() - ".ann".length());
        Path txt = ann.resolveSibling(stem + ".txt");
        if (!Files.isRegularFile(txt)) {
            problems.add(new CorpusProblem(ann, "has no " + txt.getFileName() + " beside it; not imported"));
            return;
        }
        String text = read(source, txt);
        ImportedDocument document = documents.get(stem);
        if (document != null && !document.text().equals(text)) {
            problems.add(new CorpusProblem(txt, "differs from the text of " + stem + " another annotator has; " + ann.getFileName() + " is not imported"));
            return;
        }
        BratAnnotations read = BratAnnotations.read(ann, annotations, text, schema, analyst);
        problems.addAll(read.problems());
        read.notImported().forEach(line -> notImported.add(ann + " " + line));
        if (document == null) {
            document = new ImportedDocument(stem, text, new LinkedHashMap<>());
            documents.put(stem, document);
        }
        if (read.problems().isEmpty()) {
            document.byAnalyst().put(analyst, new ImportedSet(read.annotations(), read.relations(), read.entities()));
        }
    }

    /** The configuration brat would use: the collection's own, else that of the first annotator's folder having one. */
    private static Path configuration(Path folder) {
        if (Files.isRegularFile(folder.resolve(CONFIGURATION))) {
            return folder.resolve(CONFIGURATION);
        }
        for (Path sub : AnnotatorFolders.subfolders(folder)) {
            if (Files.isRegularFile(sub.resolve(CONFIGURATION))) {
                return sub.resolve(CONFIGURATION);
            }
        }
        return null;
    }

    private static boolean isAnn(Path file) {
        return file.getFileName().toString().endsWith(".ann") && Files.isRegularFile(file);
    }

    private static String read(ConfinedFolder source, Path file) throws CorpusException {
        // As brat reads it: offsets count the file's characters, line ends included as they are.
        return new String(source.read(file, ConfinedFolder.TEXT_LIMIT), StandardCharsets.UTF_8);
    }
}
