package org.marginalia.core.corpus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.URIHandlerImpl;
import org.marginalia.core.io.AtomicFiles;
import org.marginalia.core.io.FolderLock;
import org.marginalia.core.io.SafeXml;
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

    private AnnotationStore() {
    }

    public static Path analystFile(CorpusLayout layout, String analystId, String documentId) {
        checkAnalystId(analystId);
        return layout.annotations().resolve(analystId).resolve(CorpusIds.check("document id", documentId) + EXTENSION);
    }

    public static Path curatedFile(CorpusLayout layout, String documentId) {
        return layout.curated().resolve(CorpusIds.check("document id", documentId) + EXTENSION);
    }

    public static Path fileOf(CorpusLayout layout, AnnotationSet set) {
        String documentId = set.getDocument().getId();
        return set.isCurated() ? curatedFile(layout, documentId) : analystFile(layout, set.getAnalystId(), documentId);
    }

    /** Analyst ids name folders, so they follow the same grammar as document ids. */
    public static void checkAnalystId(String analystId) {
        CorpusIds.check("analyst id", analystId);
    }

    /** The analysts with a folder under annotations/, without reading any set. */
    public static List<String> analystIds(CorpusLayout layout) {
        return analystFolders(layout).stream().map(folder -> folder.getFileName().toString()).filter(CorpusIds::isValid).toList();
    }

    /** The folders under annotations/, hidden ones left out. */
    static List<Path> analystFolders(CorpusLayout layout) {
        return list(layout.annotations(), f -> Files.isDirectory(f) && !isHidden(f), new ArrayList<>());
    }

    /**
     * Loads every analyst's and the curated annotation sets into the corpus's resource set. Only files named
     * {@code <document-id>.xmi} in folders named by an analyst id, inside the corpus, are sets; anything else
     * ending in .xmi (a stray copy) is reported and not loaded, so it can never count twice. A file that
     * cannot be read at all is reported and skipped; problems inside a file are reported and the file kept.
     */
    public static LoadedAnnotations loadAll(LoadedCorpus corpus) {
        List<AnnotationSet> sets = new ArrayList<>();
        List<CorpusProblem> problems = new ArrayList<>();
        CorpusLayout layout = corpus.layout();
        for (Path analystFolder : list(layout.annotations(), f -> Files.isDirectory(f) && !isHidden(f), problems)) {
            String analystId = analystFolder.getFileName().toString();
            if (!CorpusIds.isValid(analystId)) {
                problems.add(new CorpusProblem(analystFolder, CorpusIds.describe("analyst id", analystId) + "; its files are not loaded"));
            } else if (!corpus.folder().contains(analystFolder)) {
                problems.add(new CorpusProblem(analystFolder, "is a link to a folder outside the corpus; its files are not loaded"));
            } else {
                loadFolder(corpus, analystFolder, analystId, sets, problems);
            }
        }
        if (corpus.folder().contains(layout.curated())) {
            loadFolder(corpus, layout.curated(), null, sets, problems);
        } else {
            problems.add(new CorpusProblem(layout.curated(), "is a link to a folder outside the corpus; its files are not loaded"));
        }
        return new LoadedAnnotations(sets, problems);
    }

    /**
     * {@link #loadAll} for work that must not run on a damaged corpus (exports, merges, agreement, checks):
     * every problem of the corpus and its sets, each naming its file, fails it.
     */
    public static LoadedAnnotations loadAllOrFail(LoadedCorpus corpus) throws CorpusException {
        LoadedAnnotations annotations = loadAll(corpus);
        List<CorpusProblem> problems = new ArrayList<>(corpus.problems());
        problems.addAll(annotations.problems());
        if (!problems.isEmpty()) {
            throw new CorpusException(problems);
        }
        return annotations;
    }

    private static void loadFolder(LoadedCorpus corpus, Path folder, String analystId, List<AnnotationSet> sets, List<CorpusProblem> problems) {
        for (Path file : list(folder, f -> f.getFileName().toString().endsWith(EXTENSION) && !isHidden(f), problems)) {
            String stem = stemOf(file);
            if (!CorpusIds.isValid(stem)) {
                problems.add(new CorpusProblem(file, "is not named <document id>.xmi, so it is not an annotation set; it is not loaded"
                        + " (move it out of the corpus if it is a copy)"));
            } else {
                loadInto(corpus, file, stem, analystId, sets, problems);
            }
        }
    }

    private static void loadInto(LoadedCorpus corpus, Path file, String stem, String analystId, List<AnnotationSet> sets,
            List<CorpusProblem> problems) {
        try {
            Resource resource = CorpusResources.load(corpus.resources(), corpus.folder(), file, problems);
            AnnotationSet set = CorpusResources.root(resource, AnnotationSet.class, file);
            String documentId = set.getDocument() == null || set.getDocument().eIsProxy() ? null : set.getDocument().getId();
            if (documentId != null && !documentId.equals(stem)) {
                problems.add(new CorpusProblem(file, "annotation set", "holds annotations of document " + documentId
                        + " but is named " + file.getFileName() + "; it is not loaded (a copy would count twice)"));
                corpus.resources().getResources().remove(resource);
                return;
            }
            AnnotationSetValidator.validate(set, file, analystId, problems);
            if (analystId == null && !set.isCurated()) {
                problems.add(new CorpusProblem(file, "annotation set", "is in curated/ but is not marked as curated"));
            }
            sets.add(set);
        } catch (CorpusException e) {
            problems.addAll(e.problems());
        }
    }

    /**
     * Loads the given set files only (each an analyst's, named by its folder, or a curated one), as {@link #loadAll}
     * would: what a team's sync is about to send is checked without reading every set of the corpus.
     */
    public static LoadedAnnotations loadFiles(LoadedCorpus corpus, List<Path> files) {
        List<AnnotationSet> sets = new ArrayList<>();
        List<CorpusProblem> problems = new ArrayList<>();
        for (Path file : files) {
            Path folder = file.getParent();
            boolean curated = folder.equals(corpus.layout().curated());
            String analystId = curated ? null : folder.getFileName().toString();
            if (!curated && !folder.getParent().equals(corpus.layout().annotations())) {
                problems.add(new CorpusProblem(file, "is neither an analyst's set nor a curated one"));
            } else {
                loadInto(corpus, file, stemOf(file), analystId, sets, problems);
            }
        }
        return new LoadedAnnotations(sets, problems);
    }

    /**
     * Reads a set's file again, replacing the set in memory: the answer to "someone else saved this file".
     * The old set's objects are unloaded. Returns the new set (none if the file is gone) and its problems.
     */
    public static LoadedAnnotations reload(LoadedCorpus corpus, AnnotationSet set) {
        Path file = fileOf(corpus.layout(), set);
        Resource old = set.eResource();
        if (old != null) {
            old.unload();
            corpus.resources().getResources().remove(old);
        }
        FileVersions.of(corpus.resources()).forget(CorpusResources.uriOf(file));
        List<AnnotationSet> sets = new ArrayList<>();
        List<CorpusProblem> problems = new ArrayList<>();
        if (Files.exists(file)) {
            loadInto(corpus, file, stemOf(file), set.isCurated() ? null : set.getAnalystId(), sets, problems);
        }
        return new LoadedAnnotations(sets, problems);
    }

    /**
     * Writes a set to a file of the user's choosing outside the corpus, leaving its own file alone: a way to
     * keep one's version when someone else saved the set meanwhile. References point back into the corpus.
     */
    public static void saveCopy(LoadedCorpus corpus, AnnotationSet set, Path target) throws IOException {
        if (corpus.folder().contains(target)) {
            throw new IOException(target + " lies inside the corpus folder, where only canonical files belong; choose a place outside it");
        }
        URI copy = CorpusResources.uriOf(target);
        Map<Object, Object> options = new HashMap<>(SafeXml.saveOptions());
        options.put(XMLResource.OPTION_URI_HANDLER, new URIHandlerImpl() {
            @Override
            public void setBaseURI(URI uri) {
                super.setBaseURI(copy); // references relative to the copy's place, so they still reach the corpus
            }
        });
        boolean modified = set.eResource().isModified();
        try {
            AtomicFiles.write(target, out -> set.eResource().save(out, options));
        } finally {
            set.eResource().setModified(modified); // a copy elsewhere does not save the set's own file
        }
    }

    private static String stemOf(Path file) {
        String name = file.getFileName().toString();
        return name.substring(0, name.length() - EXTENSION.length());
    }

    private static boolean isHidden(Path file) {
        return file.getFileName().toString().startsWith(".");
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

    /**
     * Writes the set to its own file (and no other), atomically, unless the file changed since it was read.
     *
     * @throws org.marginalia.core.io.FileChangedException if someone else saved the file meanwhile
     */
    public static void save(LoadedCorpus corpus, AnnotationSet set) throws IOException {
        save(corpus, set, false);
    }

    /** {@link #save}, or with {@code overwriteChanges} the user's choice to replace what someone else saved. */
    public static void save(LoadedCorpus corpus, AnnotationSet set, boolean overwriteChanges) throws IOException {
        Path file = fileOf(corpus.layout(), set);
        try {
            corpus.folder().writable(file);
        } catch (CorpusException e) {
            throw new IOException(e.getMessage(), e);
        }
        if (set.eResource() == null || !set.eResource().getURI().equals(CorpusResources.uriOf(file))) {
            throw new IllegalStateException("the set of " + set.getAnalystId() + " on " + set.getDocument().getId()
                    + " belongs in " + file + ", not in " + (set.eResource() == null ? "no file" : set.eResource().getURI()));
        }
        CorpusResources.save(set.eResource(), file, FileVersions.of(corpus.resources()), overwriteChanges);
    }

    /**
     * Saves several sets as one step: under the locks of their folders, every file is checked first and none is
     * written when any of them changed since it was read, so that two programs writing the same sets at once
     * (two merges) leave the work of one of them whole, never a mixture.
     *
     * @throws org.marginalia.core.io.FileChangedException naming the first file someone else saved meanwhile
     */
    public static void saveAll(LoadedCorpus corpus, List<AnnotationSet> sets) throws IOException {
        List<Path> folders = sets.stream().map(set -> fileOf(corpus.layout(), set).toAbsolutePath().getParent()).distinct().sorted().toList();
        List<FolderLock> locks = new ArrayList<>();
        try {
            for (Path folder : folders) { // one order for every caller, so two callers cannot wait on each other
                locks.add(FolderLock.acquire(folder));
            }
            FileVersions versions = FileVersions.of(corpus.resources());
            for (AnnotationSet set : sets) {
                CorpusResources.checkUnchanged(fileOf(corpus.layout(), set), versions);
            }
            for (AnnotationSet set : sets) {
                save(corpus, set);
            }
        } finally {
            for (int i = locks.size() - 1; i >= 0; i--) {
                locks.get(i).close();
            }
        }
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
