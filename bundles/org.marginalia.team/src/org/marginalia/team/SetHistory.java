package org.marginalia.team;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectLoader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.marginalia.core.corpus.ConfinedFolder;
import org.marginalia.core.corpus.CorpusException;
import org.marginalia.core.corpus.CorpusProblem;
import org.marginalia.core.corpus.CorpusResources;
import org.marginalia.core.corpus.LoadedAnnotations;
import org.marginalia.core.corpus.LoadedCorpus;
import org.marginalia.model.AnnotationSet;

/**
 * A document's annotation sets as earlier commits hold them: which commits wrote them ({@link TeamLog}), and one
 * set as one of those commits has it, read the way the editor reads sets but apart from the corpus's own sets, so
 * that showing an old version never touches the analyst's working set.
 */
public final class SetHistory {

    /**
     * One version of one set.
     *
     * @param entry the commit that wrote it
     * @param path the set's file in the repository ({@code annotations/ana/001.xmi}, {@code curated/001.xmi})
     */
    public record Version(TeamLog.Entry entry, String path) {

        /** "ana's set of 001", "curated set of 001". */
        public String describe() {
            return TeamPaths.describe(path);
        }
    }

    private SetHistory() {
    }

    /**
     * Every version of the document's sets, newest first. A commit that removed a set is left out: there is
     * nothing of it to show.
     */
    public static List<Version> of(TeamRepository team, String documentId) throws CorpusException {
        List<Version> versions = new ArrayList<>();
        try {
            for (TeamLog.Entry entry : TeamLog.of(team, documentId)) {
                for (String path : entry.paths()) {
                    if (TeamPaths.ownerOf(path) != null && blob(team.repository(), entry.commit(), path) != null) {
                        versions.add(new Version(entry, path));
                    }
                }
            }
        } catch (IOException e) {
            throw TeamRepository.problem(team.layout().root(), "history could not be read: " + e.getMessage());
        }
        return versions;
    }

    /**
     * The set as {@code version}'s commit holds it, with what was found wrong in it. Its references (the
     * document, entities, other sets) resolve to the corpus's objects as loaded now, so it shows the same
     * document; it lives in a resource set of its own, under a name no save accepts
     * ({@code <document>@<commit>.xmi} beside the set's file), so it cannot be written over the working set.
     */
    public static LoadedAnnotations read(TeamRepository team, LoadedCorpus corpus, Version version) throws CorpusException {
        Path file = corpus.layout().root().resolve(version.path()).toAbsolutePath().normalize();
        String at = "as at commit " + version.entry().commit();
        try {
            ObjectId blob = blob(team.repository(), version.entry().commit(), version.path());
            if (blob == null) {
                throw TeamRepository.problem(file, "is not in commit " + version.entry().commit());
            }
            ObjectLoader loader = team.repository().open(blob, Constants.OBJ_BLOB);
            if (loader.getSize() > ConfinedFolder.XML_LIMIT) {
                throw TeamRepository.problem(file, at + " is larger than any annotation set may be (" + loader.getSize() + " bytes)");
            }
            return load(corpus, file, at, version, loader.getBytes());
        } catch (IOException e) {
            throw TeamRepository.problem(file, at + " could not be read: " + e.getMessage());
        }
    }

    private static LoadedAnnotations load(LoadedCorpus corpus, Path file, String at, Version version, byte[] bytes) throws CorpusException {
        ResourceSet resources = resourcesBeside(corpus);
        // named beside the working file, as "003@1a2b3c4d.xmi": never the working file's resource, and what problems name
        String name = file.getFileName().toString().replaceFirst("\\.xmi$", "") + "@" + version.entry().commit() + ".xmi";
        List<CorpusProblem> problems = new ArrayList<>();
        Resource resource = CorpusResources.load(resources, file.resolveSibling(name), bytes, problems);
        AnnotationSet set = CorpusResources.root(resource, AnnotationSet.class, file);
        String documentId = set.getDocument() == null || set.getDocument().eIsProxy() ? null : set.getDocument().getId();
        String expected = TeamPaths.documentOf(version.path());
        if (!expected.equals(documentId)) {
            throw TeamRepository.problem(file, at + " holds annotations of " + (documentId == null ? "no document of this corpus" : documentId)
                    + ", not of " + expected);
        }
        return new LoadedAnnotations(List.of(set), problems);
    }

    /**
     * A resource set with the corpus's safe options and schema, in which every file the corpus has loaded (its
     * description, the sets) is the corpus's own resource: references resolve to the objects the workbench shows.
     */
    private static ResourceSet resourcesBeside(LoadedCorpus corpus) {
        ResourceSet resources = CorpusResources.newResourceSet(corpus.folder());
        resources.getPackageRegistry().putAll(corpus.resources().getPackageRegistry());
        Map<URI, Resource> loaded = new HashMap<>();
        for (Resource resource : List.copyOf(corpus.resources().getResources())) {
            loaded.put(resource.getURI(), resource);
        }
        ((ResourceSetImpl) resources).setURIResourceMap(loaded);
        return resources;
    }

    /** The blob at {@code path} in {@code commit}, or null when that commit has no such file. */
    private static ObjectId blob(Repository repository, String commit, String path) throws IOException {
        ObjectId id = repository.resolve(commit + "^{commit}");
        if (id == null) {
            return null;
        }
        try (RevWalk walk = new RevWalk(repository); TreeWalk tree = TreeWalk.forPath(repository, path, walk.parseCommit(id).getTree())) {
            return tree == null ? null : tree.getObjectId(0);
        }
    }
}
