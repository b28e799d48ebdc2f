package org.marginalia.core.corpus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.resource.Resource;
import org.marginalia.model.AnnotationSet;
import org.marginalia.model.Document;
import org.marginalia.model.MarginaliaFactory;

/**
 * Annotation sets on disk: {@code annotations/<analyst>/<document>.xmi} for each analyst and
 * {@code curated/<document>.xmi} for the review. One writer per file: a save writes exactly the file of
 * the set it is given, atomically.
 */
public final class AnnotationStore {

    private static final String EXTENSION = ".xmi";
    private static final Pattern ANALYST_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]*");

    private AnnotationStore() {
    }

    public static Path analystFile(CorpusLayout layout, String analystId, String documentId) {
        checkAnalystId(analystId);
        return layout.annotations().resolve(analystId).resolve(documentId + EXTENSION);
    }

    public static Path curatedFile(CorpusLayout layout, String documentId) {
        return layout.curated().resolve(documentId + EXTENSION);
    }

    public static Path fileOf(CorpusLayout layout, AnnotationSet set) {
        String documentId = set.getDocument().getId();
        return set.isCurated() ? curatedFile(layout, documentId) : analystFile(layout, set.getAnalystId(), documentId);
    }

    /** Analyst ids name folders, so they are restricted to characters safe in file names everywhere. */
    public static void checkAnalystId(String analystId) {
        if (analystId == null || !ANALYST_ID.matcher(analystId).matches()) {
            throw new IllegalArgumentException("'" + analystId + "' cannot be an analyst id: use letters, digits, '.', '_' or '-'");
        }
    }

    /** The analysts with a folder under annotations/, without reading any set. */
    public static List<String> analystIds(CorpusLayout layout) {
        return list(layout.annotations(), Files::isDirectory, new ArrayList<>()).stream()
                .map(folder -> folder.getFileName().toString()).toList();
    }

    /**
     * Loads every analyst's and the curated annotation sets into the corpus's resource set. A file that
     * cannot be read at all is reported and skipped; problems inside a file are reported and the file kept.
     */
    public static LoadedAnnotations loadAll(LoadedCorpus corpus) {
        List<AnnotationSet> sets = new ArrayList<>();
        List<CorpusProblem> problems = new ArrayList<>();
        CorpusLayout layout = corpus.layout();
        for (Path analystFolder : list(layout.annotations(), Files::isDirectory, problems)) {
            String analystId = analystFolder.getFileName().toString();
            for (Path file : list(analystFolder, AnnotationStore::isSetFile, problems)) {
                loadInto(corpus, file, analystId, sets, problems);
            }
        }
        for (Path file : list(layout.curated(), AnnotationStore::isSetFile, problems)) {
            loadInto(corpus, file, null, sets, problems);
        }
        return new LoadedAnnotations(sets, problems);
    }

    private static void loadInto(LoadedCorpus corpus, Path file, String analystId, List<AnnotationSet> sets, List<CorpusProblem> problems) {
        try {
            Resource resource = CorpusResources.load(corpus.resources(), file, problems);
            AnnotationSet set = CorpusResources.root(resource, AnnotationSet.class, file);
            AnnotationSetValidator.validate(set, file, analystId, problems);
            if (analystId == null && !set.isCurated()) {
                problems.add(new CorpusProblem(file, "annotation set", "is in curated/ but is not marked as curated"));
            }
            sets.add(set);
        } catch (CorpusException e) {
            problems.addAll(e.problems());
        }
    }

    /** A new, empty set of {@code analystId}'s annotations of {@code document}, not yet saved. */
    public static AnnotationSet create(LoadedCorpus corpus, Document document, String analystId) {
        AnnotationSet set = newSet(document);
        set.setAnalystId(analystId);
        attach(corpus, set, analystFile(corpus.layout(), analystId, document.getId()));
        return set;
    }

    /** A new, empty curated set of {@code document}, not yet saved. Only the review writes these. */
    public static AnnotationSet createCurated(LoadedCorpus corpus, Document document) {
        AnnotationSet set = newSet(document);
        set.setCurated(true);
        attach(corpus, set, curatedFile(corpus.layout(), document.getId()));
        return set;
    }

    private static AnnotationSet newSet(Document document) {
        AnnotationSet set = MarginaliaFactory.eINSTANCE.createAnnotationSet();
        set.setDocument(document);
        set.setTextHash(document.getTextHash());
        return set;
    }

    private static void attach(LoadedCorpus corpus, AnnotationSet set, Path file) {
        Resource existing = corpus.resources().getResource(CorpusResources.uriOf(file), false);
        if (existing != null) {
            throw new IllegalStateException(file + " is loaded already: edit that set instead of creating another");
        }
        corpus.resources().createResource(CorpusResources.uriOf(file)).getContents().add(set);
    }

    /** Writes the set to its own file (and no other), atomically. */
    public static void save(LoadedCorpus corpus, AnnotationSet set) throws IOException {
        Path file = fileOf(corpus.layout(), set);
        if (set.eResource() == null || !set.eResource().getURI().equals(CorpusResources.uriOf(file))) {
            throw new IllegalStateException("the set of " + set.getAnalystId() + " on " + set.getDocument().getId()
                    + " belongs in " + file + ", not in " + (set.eResource() == null ? "no file" : set.eResource().getURI()));
        }
        CorpusResources.save(set.eResource(), file);
    }

    private static boolean isSetFile(Path file) {
        return Files.isRegularFile(file) && file.getFileName().toString().endsWith(EXTENSION);
    }

    private static List<Path> list(Path folder, Predicate<Path> filter, List<CorpusProblem> problems) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.filter(filter).sorted(Comparator.comparing(Path::toString)).toList();
        } catch (IOException e) {
            problems.add(new CorpusProblem(folder, "cannot be listed: " + e.getMessage()));
            return List.of();
        }
    }
}
