package org.marginalia.core.corpus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.marginalia.core.io.AtomicFiles;
import org.marginalia.core.io.FolderLock;
import org.marginalia.core.io.TextHash;
import org.marginalia.core.schema.SchemaLoader;
import org.marginalia.model.Corpus;
import org.marginalia.model.Document;

/** Loads and saves a corpus folder's description and texts. */
public final class CorpusStore {

    private CorpusStore() {
    }

    /**
     * Reads {@code corpus.marginalia} and every document text. A document whose id breaks the id grammar or
     * repeats another's, or whose text is missing, unreadable, outside the folder, or has another hash than
     * the recorded one, is reported; it stays in the corpus (nothing is dropped), and nothing is written for it.
     * Temporary files that killed saves left behind are deleted first.
     */
    public static LoadedCorpus load(Path root) throws CorpusException {
        CorpusLayout layout = new CorpusLayout(root.toAbsolutePath().normalize());
        if (!layout.isCorpus()) {
            throw new CorpusException(new CorpusProblem(layout.description(), "not found: " + root + " is not a Marginalia corpus folder"));
        }
        ConfinedFolder folder = new ConfinedFolder(layout.root());
        List<CorpusProblem> problems = new ArrayList<>();
        deleteLeftovers(layout, folder, problems);
        ResourceSet resources = CorpusResources.newResourceSet(folder);
        Resource resource = CorpusResources.load(resources, folder, layout.description(), problems);
        Corpus corpus = CorpusResources.root(resource, Corpus.class, layout.description());
        loadSchema(folder, corpus, resources, problems);
        Map<String, String> seenIds = new HashMap<>();
        for (Document document : corpus.getDocuments()) {
            if (checkId(layout, document, seenIds, problems)) {
                readText(folder, layout, document, problems);
            }
        }
        return new LoadedCorpus(layout, folder, corpus, problems);
    }

    /**
     * The corpus's own schema, registered before any annotation file is read. A schema that cannot be used is
     * reported, and then the annotations of its kinds cannot be read either (they are reported, never dropped).
     */
    private static void loadSchema(ConfinedFolder folder, Corpus corpus, ResourceSet resources, List<CorpusProblem> problems) {
        if (corpus.getSchema() == null || corpus.getSchema().isBlank()) {
            return;
        }
        try {
            SchemaLoader.register(resources, SchemaLoader.read(folder, folder.resolve(corpus.getSchema())));
        } catch (CorpusException e) {
            problems.addAll(e.problems());
        }
    }

    /** Ids name files; two ids that differ only in case name one file on macOS and Windows. */
    private static boolean checkId(CorpusLayout layout, Document document, Map<String, String> seenIds, List<CorpusProblem> problems) {
        String id = document.getId();
        if (!CorpusIds.isValid(id)) {
            problems.add(new CorpusProblem(layout.description(), "document " + id, CorpusIds.describe("document id", id)));
            return false;
        }
        String other = seenIds.putIfAbsent(id.toLowerCase(Locale.ROOT), id);
        if (other != null) {
            problems.add(new CorpusProblem(layout.description(), "document " + id, "has the same id as document " + other
                    + " (ids name files, and differences of case do not count on every system)"));
            return false;
        }
        return true;
    }

    private static void readText(ConfinedFolder folder, CorpusLayout layout, Document document, List<CorpusProblem> problems) {
        String element = "document " + document.getId();
        if (document.getPath() == null) {
            problems.add(new CorpusProblem(layout.description(), element, "has no path to its text"));
            return;
        }
        try {
            Path file = folder.resolve(document.getPath());
            String text = TextFiles.read(folder, file);
            document.setText(text);
            String hash = TextHash.of(text);
            if (document.getTextHash() == null) {
                problems.add(new CorpusProblem(file, element, "has no recorded SHA-256, so a change to the text could not be told"));
            } else if (!document.getTextHash().equals(hash)) {
                problems.add(new CorpusProblem(file, element, "the text changed since it was imported (its SHA-256 differs from the"
                        + " recorded one); annotations made on the old text may not cover the words they were made on"));
            }
        } catch (CorpusException e) {
            e.problems().forEach(p -> problems.add(new CorpusProblem(p.file(), element, p.message())));
        }
    }

    /**
     * Only when there is something to delete is the folder locked, so that reading a corpus never writes to it.
     * A folder that is a link out of the corpus is left alone (and reported when its sets are loaded).
     */
    private static void deleteLeftovers(CorpusLayout layout, ConfinedFolder corpus, List<CorpusProblem> problems) {
        List<Path> folders = new ArrayList<>(List.of(layout.root(), layout.curated()));
        folders.addAll(AnnotationStore.analystFolders(layout));
        for (Path folder : folders) {
            if (!Files.isDirectory(folder) || !corpus.contains(folder) || !hasLeftovers(folder)) {
                continue;
            }
            try (FolderLock lock = FolderLock.acquire(folder)) {
                AtomicFiles.deleteLeftovers(folder);
            } catch (IOException e) {
                problems.add(new CorpusProblem(folder, "holds temporary files of a save that did not finish, which cannot be deleted: " + e.getMessage()));
            }
        }
    }

    private static boolean hasLeftovers(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.anyMatch(AtomicFiles::isLeftover);
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Writes a corpus description atomically, unless someone else changed the file since {@code corpus} was
     * read. The texts are left out: they live in their own files, which the tool never rewrites.
     */
    public static void writeDescription(Corpus corpus, Path file) throws IOException {
        Corpus withoutTexts = EcoreUtil.copy(corpus);
        withoutTexts.getDocuments().forEach(document -> document.setText(null));
        ResourceSet loadedFrom = corpus.eResource() == null ? null : corpus.eResource().getResourceSet();
        Resource resource = CorpusResources.newResourceSet().createResource(CorpusResources.uriOf(file));
        resource.getContents().add(withoutTexts);
        CorpusResources.save(resource, file, FileVersions.of(loadedFrom != null ? loadedFrom : resource.getResourceSet()), false);
    }
}
