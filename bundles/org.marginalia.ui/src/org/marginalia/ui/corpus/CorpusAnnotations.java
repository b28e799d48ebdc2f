package org.marginalia.ui.corpus;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.emf.ecore.resource.Resource;
import org.marginalia.core.corpus.AnnotationStore;
import org.marginalia.core.corpus.CorpusProblem;
import org.marginalia.core.corpus.CorpusResources;
import org.marginalia.core.corpus.LoadedAnnotations;
import org.marginalia.core.corpus.LoadedCorpus;
import org.marginalia.core.edit.CorpusEditing;
import org.marginalia.core.edit.EntityDirectory;
import org.marginalia.model.AnnotationSet;
import org.marginalia.model.Document;

/**
 * The annotation sets of one open corpus, shared by its editors and views: those read from disk, and those
 * an analyst started in this session (kept in memory until saved), with the corpus's one editing domain.
 */
public final class CorpusAnnotations {

    private final LoadedCorpus corpus;
    private final CorpusEditing editing;
    private final List<AnnotationSet> sets;
    private final List<CorpusProblem> problems;

    CorpusAnnotations(LoadedCorpus corpus, LoadedAnnotations loaded) {
        this.corpus = corpus;
        this.sets = new CopyOnWriteArrayList<>(loaded.sets());
        this.problems = new CopyOnWriteArrayList<>(loaded.problems());
        this.editing = new CorpusEditing(corpus);
    }

    public LoadedCorpus corpus() {
        return corpus;
    }

    /** The corpus's editing domain and command stack, shared by every part that edits it. */
    public CorpusEditing editing() {
        return editing;
    }

    public List<AnnotationSet> sets() {
        return List.copyOf(sets);
    }

    /** The analyst's set for the document, or a new empty one (saved only when the analyst saves). */
    public AnnotationSet setFor(Document document, String analystId) {
        Optional<AnnotationSet> existing = sets.stream()
                .filter(s -> !s.isCurated() && analystId.equals(s.getAnalystId()) && s.getDocument() == document).findFirst();
        if (existing.isPresent()) {
            return existing.get();
        }
        Path file = AnnotationStore.analystFile(corpus.layout(), analystId, document.getId());
        Resource stale = corpus.resources().getResource(CorpusResources.uriOf(file), false);
        if (stale != null) {
            // A file that could not be read is not replaced behind the user's back.
            throw new IllegalStateException(file + " exists but could not be read; fix or move it first");
        }
        AnnotationSet created = AnnotationStore.create(corpus, document, analystId);
        editing.unchanged(created);
        sets.add(created);
        return created;
    }

    /** The document's curated set, or a new empty one (only the review writes it, when the reviewer saves). */
    public AnnotationSet curatedFor(Document document) {
        Optional<AnnotationSet> existing = sets.stream().filter(s -> s.isCurated() && s.getDocument() == document).findFirst();
        if (existing.isPresent()) {
            return existing.get();
        }
        AnnotationSet created = AnnotationStore.createCurated(corpus, document);
        editing.unchanged(created);
        sets.add(created);
        return created;
    }

    /**
     * Reads {@code set}'s file again, after someone else saved it: the set is replaced (or dropped, if its file
     * is gone) and the file's problems are those of the new reading.
     */
    public void reload(AnnotationSet set) {
        Path file = fileOf(set);
        LoadedAnnotations reloaded = AnnotationStore.reload(corpus, set);
        sets.remove(set);
        sets.addAll(reloaded.sets());
        problems.removeIf(problem -> problem.file().toAbsolutePath().normalize().equals(file));
        problems.addAll(reloaded.problems());
    }

    /**
     * Drops the unsaved changes of {@code set}: its file is read again, or a set never saved is forgotten. The
     * corpus's undo history is cleared, since its commands may refer to the objects that were dropped.
     */
    public void discard(AnnotationSet set) {
        if (!editing.isModified(set)) {
            return;
        }
        if (Files.exists(fileOf(set))) {
            reload(set);
        } else {
            Resource resource = set.eResource();
            sets.remove(set);
            resource.unload();
            corpus.resources().getResources().remove(resource);
        }
        editing.stack().flush();
    }

    private Path fileOf(AnnotationSet set) {
        return AnnotationStore.fileOf(corpus.layout(), set).toAbsolutePath().normalize();
    }

    /** The problems found in the file that holds {@code set}'s annotations, when it was read. */
    public List<CorpusProblem> problemsOf(AnnotationSet set) {
        Path file = fileOf(set);
        List<CorpusProblem> found = new ArrayList<>();
        for (CorpusProblem problem : problems) {
            if (problem.file().toAbsolutePath().normalize().equals(file)) {
                found.add(problem);
            }
        }
        return found;
    }

    public List<CorpusProblem> problems() {
        return List.copyOf(problems);
    }

    /** The analyst's sets only, as the Entities view shows them. */
    public List<AnnotationSet> setsOf(String analystId) {
        return sets.stream().filter(s -> !s.isCurated() && analystId.equals(s.getAnalystId())).toList();
    }

    public EntityDirectory entities() {
        return new EntityDirectory(corpus.corpus(), sets);
    }
}
