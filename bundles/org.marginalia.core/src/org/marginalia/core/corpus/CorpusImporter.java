package org.marginalia.core.corpus;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.marginalia.core.formats.html.HtmlArticle;
import org.marginalia.core.io.TextHash;
import org.marginalia.core.schema.SchemaLoader;
import org.marginalia.model.Annotation;
import org.marginalia.model.AnnotationSet;
import org.marginalia.model.Corpus;
import org.marginalia.model.Document;
import org.marginalia.model.Entity;
import org.marginalia.model.MarginaliaFactory;
import org.marginalia.model.Relation;

/**
 * Makes new corpus folders: from a folder of UTF-8 texts ({@code *.txt}) and web pages ({@code *.html}, the
 * article read from each), or from another corpus folder.
 * Everything is checked first; if anything is bad, nothing at all is written. The corpus is assembled in a temporary sibling folder and
 * renamed into place, so a failure half-way never leaves a partial corpus either.
 */
public final class CorpusImporter {

    private static final int TITLE_LENGTH = 120;
    /** Where a corpus keeps the schema it was made with. */
    public static final String SCHEMA_FILE = "schema.ecore";

    private CorpusImporter() {
    }

    public static LoadedCorpus importTexts(Path sourceFolder, Path corpusFolder, String corpusName) throws CorpusException {
        return importTexts(sourceFolder, corpusFolder, corpusName, null);
    }

    /**
     * A new corpus from a folder of texts, with the team's schema ({@code schemaFile}, an Ecore file; null for
     * the built-in kinds only). The schema is checked before anything is written, and kept in the corpus
     * folder as {@value #SCHEMA_FILE}.
     */
    public static LoadedCorpus importTexts(Path sourceFolder, Path corpusFolder, String corpusName, Path schemaFile) throws CorpusException {
        byte[] schema = checkedSchema(schemaFile);
        List<Path> files = listTexts(sourceFolder);
        Map<Path, Article> texts = readAll(new ConfinedFolder(sourceFolder), files);
        return intoNewFolder(corpusFolder, layout -> writeCorpus(layout, corpusName, texts, schema));
    }

    /** A new corpus without documents (File > New > Marginalia Corpus), to add texts to; the schema as for {@link #importTexts}. */
    public static LoadedCorpus createEmpty(Path corpusFolder, String corpusName, Path schemaFile) throws CorpusException {
        byte[] schema = checkedSchema(schemaFile);
        return intoNewFolder(corpusFolder, layout -> writeCorpus(layout, corpusName, Map.of(), schema));
    }

    /** The schema file's bytes once it has loaded as a schema (null: no file, the built-in kinds). */
    private static byte[] checkedSchema(Path schemaFile) throws CorpusException {
        if (schemaFile == null) {
            return null;
        }
        ConfinedFolder schemaFolder = new ConfinedFolder(schemaFile.toAbsolutePath().getParent());
        SchemaLoader.read(schemaFolder, schemaFile.toAbsolutePath());
        return schemaFolder.read(schemaFile.toAbsolutePath(), ConfinedFolder.XML_LIMIT);
    }

    /**
     * Copies a corpus folder, with its annotations, into a new folder with the standard layout. A source with
     * any problem (a changed text, a bad offset, an unreadable file) is refused as a whole, naming each problem.
     * This is how the demo corpus is made from {@code seeds/}, which keeps its texts at the top level.
     */
    public static LoadedCorpus importCorpus(Path sourceCorpus, Path corpusFolder) throws CorpusException {
        LoadedCorpus source = CorpusStore.load(sourceCorpus);
        LoadedAnnotations annotations = AnnotationStore.loadAll(source);
        List<CorpusProblem> problems = new ArrayList<>(source.problems());
        problems.addAll(annotations.problems());
        if (!problems.isEmpty()) {
            throw new CorpusException(problems);
        }
        return intoNewFolder(corpusFolder, layout -> copyCorpus(source, annotations, layout));
    }

    /**
     * Adds the texts and web pages of {@code sourceFolder} to the corpus in {@code corpusFolder}, never overwriting;
     * see {@link TextAddition} for what is added, skipped and refused.
     */
    public static TextAddition.Added addTexts(Path sourceFolder, Path corpusFolder) throws CorpusException {
        return TextAddition.plan(sourceFolder, corpusFolder).apply();
    }

    /**
     * Annotations a format reader made for one analyst's set of one document; relations link those annotations,
     * and the entities they refer to are the analyst's own (kept in the set, as entities an analyst creates are).
     */
    public record ImportedSet(List<Annotation> annotations, List<Relation> relations, List<Entity> entities) {
        public ImportedSet(List<Annotation> annotations, List<Relation> relations) {
            this(annotations, relations, List.of());
        }
    }

    /**
     * A document a format reader found: its file name (its id is made from it), text, title (null: its first
     * line, as for texts), and each analyst's set.
     */
    public record ImportedDocument(String fileName, String text, String title, Map<String, ImportedSet> byAnalyst) {
        public ImportedDocument(String fileName, String text, Map<String, ImportedSet> byAnalyst) {
            this(fileName, text, null, byAnalyst);
        }
    }

    /**
     * A new corpus from documents with annotations (brat, UIMA), under {@code schema} (null: the built-in kinds):
     * built in a hidden folder and moved into place complete, as every import is.
     */
    public static LoadedCorpus importAnnotated(Path corpusFolder, String corpusName, byte[] schema, List<ImportedDocument> documents) throws CorpusException {
        return intoNewFolder(corpusFolder, layout -> {
            Map<Path, Article> texts = new LinkedHashMap<>();
            documents.forEach(document -> texts.put(Path.of(document.fileName() + ".txt"), document.title() == null ? Article.of(document.text())
                    : new Article(document.text(), document.title(), null, null)));
            writeCorpus(layout, corpusName, texts, schema);
            LoadedCorpus staged;
            try {
                staged = CorpusStore.load(layout.root());
            } catch (CorpusException e) {
                throw new IOException(e.getMessage(), e);
            }
            List<Document> written = staged.corpus().getDocuments();
            for (int i = 0; i < documents.size(); i++) {
                for (Map.Entry<String, ImportedSet> analyst : documents.get(i).byAnalyst().entrySet()) {
                    AnnotationSet set = AnnotationStore.create(staged, written.get(i), analyst.getKey());
                    set.getEntities().addAll(analyst.getValue().entities());
                    set.getAnnotations().addAll(analyst.getValue().annotations());
                    set.getRelations().addAll(analyst.getValue().relations());
                    AnnotationStore.save(staged, set);
                }
            }
        });
    }

    /** True when {@code folder} is a corpus folder rather than a folder of plain texts. */
    public static boolean isCorpus(Path folder) {
        return new CorpusLayout(folder).isCorpus();
    }

    @FunctionalInterface
    private interface FolderWriter {
        void write(CorpusLayout layout) throws IOException;
    }

    /** Builds the corpus in a hidden sibling folder and renames it into place only once it is complete. */
    private static LoadedCorpus intoNewFolder(Path corpusFolder, FolderWriter writer) throws CorpusException {
        checkTarget(corpusFolder);
        Path parent = corpusFolder.toAbsolutePath().getParent();
        Path staging = null;
        try {
            Files.createDirectories(parent);
            staging = Files.createTempDirectory(parent, "." + corpusFolder.getFileName() + ".import");
            CorpusLayout layout = new CorpusLayout(staging);
            Files.createDirectories(layout.documents());
            Files.createDirectories(layout.annotations());
            Files.createDirectories(layout.curated());
            writer.write(layout);
            Files.move(staging, corpusFolder);
            return CorpusStore.load(corpusFolder);
        } catch (IOException e) {
            throw new CorpusException(new CorpusProblem(corpusFolder, "cannot be written: " + e.getMessage()), e);
        } finally {
            deleteQuietly(staging);
        }
    }

    private static void copyCorpus(LoadedCorpus source, LoadedAnnotations annotations, CorpusLayout layout) throws IOException {
        Corpus corpus = source.corpus();
        for (Document document : corpus.getDocuments()) {
            document.setPath(CorpusLayout.documentPath(document.getId()));
            Files.writeString(layout.root().resolve(document.getPath()), document.getText(), StandardCharsets.UTF_8);
        }
        if (corpus.getSchema() != null) {
            try {
                Path schema = source.folder().resolve(corpus.getSchema());
                Files.write(layout.root().resolve(SCHEMA_FILE), source.folder().read(schema, ConfinedFolder.XML_LIMIT));
            } catch (CorpusException e) {
                throw new IOException(e.getMessage(), e);
            }
            corpus.setSchema(SCHEMA_FILE);
        }
        // Moving every resource before saving keeps the relative references between the files right.
        corpus.eResource().setURI(CorpusResources.uriOf(layout.description()));
        for (AnnotationSet set : annotations.sets()) {
            set.eResource().setURI(CorpusResources.uriOf(AnnotationStore.fileOf(layout, set)));
        }
        CorpusStore.writeDescription(corpus, layout.description());
        for (AnnotationSet set : annotations.sets()) {
            CorpusResources.save(set.eResource(), AnnotationStore.fileOf(layout, set));
        }
    }

    static List<Path> listTexts(Path sourceFolder) throws CorpusException {
        if (!Files.isDirectory(sourceFolder)) {
            throw new CorpusException(new CorpusProblem(sourceFolder, "folder not found"));
        }
        try (Stream<Path> files = Files.list(sourceFolder)) {
            List<Path> texts = files.filter(f -> isTextName(f.getFileName().toString()) && !Files.isDirectory(f))
                    .sorted(Comparator.comparing(f -> f.getFileName().toString()))
                    .toList();
            if (texts.isEmpty()) {
                throw new CorpusException(new CorpusProblem(sourceFolder, "holds no .txt or .html files to import"));
            }
            return texts;
        } catch (IOException e) {
            throw new CorpusException(new CorpusProblem(sourceFolder, "cannot be listed: " + e.getMessage()), e);
        }
    }

    private static boolean isTextName(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return (lower.endsWith(".txt") || isPage(lower)) && !name.startsWith(".");
    }

    private static boolean isPage(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".html") || lower.endsWith(".htm");
    }

    /** A document's text with what its file tells of it (a web page: title, outlet, publication date). */
    record Article(String text, String title, String source, String published) {
        static Article of(String text) {
            return new Article(text, titleOf(text), null, null);
        }
    }

    /**
     * Reads every text (links that leave the source folder, devices, pipes and oversized files are refused),
     * collecting the problems of all files before failing, so the user fixes them in one go.
     */
    private static Map<Path, Article> readAll(ConfinedFolder source, List<Path> files) throws CorpusException {
        Map<Path, Article> texts = new LinkedHashMap<>();
        List<CorpusProblem> problems = new ArrayList<>();
        for (Path file : files) {
            try {
                texts.put(file, read(source, file));
            } catch (CorpusException e) {
                problems.addAll(e.problems());
            }
        }
        if (!problems.isEmpty()) {
            throw new CorpusException(problems);
        }
        return texts;
    }

    /** One text or web page as a document's text with what the file tells of it. */
    static Article read(ConfinedFolder source, Path file) throws CorpusException {
        String content = TextFiles.read(source, file);
        if (!isPage(file.getFileName().toString())) {
            return Article.of(content);
        }
        HtmlArticle article = HtmlArticle.read(content);
        if (article.text().isBlank()) {
            throw new CorpusException(new CorpusProblem(file, "is a web page without article text"));
        }
        return new Article(article.text(), article.title().isBlank() ? titleOf(article.text()) : article.title(), article.outlet(), article.published());
    }

    private static void checkTarget(Path corpusFolder) throws CorpusException {
        if (!Files.exists(corpusFolder)) {
            return;
        }
        try (Stream<Path> entries = Files.list(corpusFolder)) {
            if (entries.findAny().isPresent()) {
                throw new CorpusException(new CorpusProblem(corpusFolder, "already exists and is not empty; an import never overwrites"));
            }
            Files.delete(corpusFolder);
        } catch (IOException e) {
            throw new CorpusException(new CorpusProblem(corpusFolder, "cannot be used: " + e.getMessage()), e);
        }
    }

    private static void writeCorpus(CorpusLayout layout, String corpusName, Map<Path, Article> texts, byte[] schema) throws IOException {
        Corpus corpus = MarginaliaFactory.eINSTANCE.createCorpus();
        corpus.setName(corpusName);
        if (schema != null) {
            Files.write(layout.root().resolve(SCHEMA_FILE), schema);
            corpus.setSchema(SCHEMA_FILE);
        }
        Set<String> taken = new HashSet<>();
        for (Map.Entry<Path, Article> entry : texts.entrySet()) {
            Article article = entry.getValue();
            Document document = newDocument(idFor(entry.getKey(), taken), article.text());
            document.setTitle(article.title());
            document.setSource(article.source());
            document.setPublicationDate(article.published());
            Files.writeString(layout.root().resolve(document.getPath()), article.text(), StandardCharsets.UTF_8);
            corpus.getDocuments().add(document);
        }
        CorpusStore.writeDescription(corpus, layout.description());
    }

    /**
     * A document id from a file name: accents dropped, anything outside the id grammar replaced. Names that
     * come out the same ("a b" and "a_b", "café" and "cafè", "A" and "a", which one file on macOS and Windows)
     * get "-2", "-3", ... in file-name order, so no text ever replaces another.
     */
    static String idFor(Path file, Set<String> taken) {
        String name = file.getFileName().toString();
        String stem = Normalizer.normalize(name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name, Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "")
                .replaceAll("[^A-Za-z0-9_.-]+", "_")
                .replaceAll("\\.{2,}", ".")
                .replaceAll("^[^A-Za-z0-9]+|\\.+$", "");
        String base = stem.isEmpty() ? "document" : stem.substring(0, Math.min(stem.length(), CorpusIds.MAX_LENGTH - 6));
        String id = base;
        for (int n = 2; !CorpusIds.isValid(id) || !taken.add(id.toLowerCase(Locale.ROOT)); n++) {
            id = (CorpusIds.isValid(base) ? base : "document_" + base) + "-" + n;
        }
        return id;
    }

    static Document newDocument(String id, String text) {
        Document document = MarginaliaFactory.eINSTANCE.createDocument();
        document.setId(id);
        document.setTitle(titleOf(text));
        document.setPath(CorpusLayout.documentPath(id));
        document.setText(text);
        document.setTextHash(TextHash.of(text));
        return document;
    }

    /** The first non-blank line, shortened at a word boundary: news texts start with their headline or lead. */
    static String titleOf(String text) {
        String line = text.strip().lines().findFirst().orElse("").strip();
        if (line.length() <= TITLE_LENGTH) {
            return line;
        }
        int cut = line.lastIndexOf(' ', TITLE_LENGTH);
        return line.substring(0, cut > 0 ? cut : TITLE_LENGTH) + "\u2026";
    }

    private static void deleteQuietly(Path folder) {
        if (folder == null || !Files.exists(folder)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // Best effort: a leftover hidden staging folder holds no user data.
        }
    }
}
