package org.marginalia.team;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.dircache.DirCacheBuilder;
import org.eclipse.jgit.dircache.DirCacheEditor;
import org.eclipse.jgit.dircache.DirCacheEntry;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.revwalk.filter.RevFilter;
import org.eclipse.jgit.treewalk.EmptyTreeIterator;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.TreeFilter;
import org.marginalia.core.corpus.CorpusLayout;

/**
 * Merges two commits of a corpus repository file by file, never writing conflict markers into anything. A file
 * only one side changed takes that side: with one writer per file (each analyst's own folder, the review's
 * {@code curated/}) that is every annotation set. The corpus description merges by meaning
 * ({@link CorpusDescriptionMerge}). Any other file both sides changed differently (a text added twice under one
 * id, one analyst's set changed in two clones) keeps this clone's version, or the surviving one when a side
 * deleted it, and is reported: the team's version stays in the merge commit's second parent. The schema merges by
 * meaning too ({@link SchemaFileMerge}), after the other files, since what it may drop depends on the merged sets.
 */
final class TreeMerge {

    record Result(ObjectId tree, List<MergeConflict> conflicts) {
    }

    private final Repository repository;
    private final ObjectInserter inserter;
    private final List<MergeConflict> conflicts = new ArrayList<>();

    private record SchemaVersions(String path, ObjectId before, ObjectId mine, ObjectId their) {
    }

    private TreeMerge(Repository repository, ObjectInserter inserter) {
        this.repository = repository;
        this.inserter = inserter;
    }

    static Result merge(Repository repository, ObjectInserter inserter, RevCommit ours, RevCommit theirs) throws IOException {
        ObjectId base = new TreeMerge(repository, inserter).baseTree(ours, theirs);
        TreeMerge merge = new TreeMerge(repository, inserter);
        ObjectId tree = merge.mergeTrees(base, ours.getTree(), theirs.getTree());
        return new Result(tree, List.copyOf(merge.conflicts));
    }

    /**
     * The common version of two commits. When they have several best common ancestors (members who merged each
     * other's work while offline), those are merged first into one, as Git's recursive merge does, so that a file
     * only one side changed since is not mistaken for a file both changed.
     */
    private ObjectId baseTree(RevCommit a, RevCommit b) throws IOException {
        List<RevCommit> bases = mergeBases(a, b);
        if (bases.isEmpty()) {
            return null;
        }
        RevCommit first = bases.get(0);
        ObjectId tree = first.getTree();
        for (RevCommit other : bases.subList(1, bases.size())) {
            tree = mergeTrees(baseTree(first, other), tree, other.getTree());
        }
        return tree;
    }

    private List<RevCommit> mergeBases(RevCommit a, RevCommit b) throws IOException {
        try (RevWalk walk = new RevWalk(repository)) {
            walk.setRevFilter(RevFilter.MERGE_BASE);
            walk.markStart(walk.parseCommit(a));
            walk.markStart(walk.parseCommit(b));
            List<RevCommit> bases = new ArrayList<>();
            for (RevCommit base : walk) {
                bases.add(walk.parseCommit(base));
            }
            return bases;
        }
    }

    private ObjectId mergeTrees(ObjectId base, ObjectId ours, ObjectId theirs) throws IOException {
        DirCache result = DirCache.newInCore();
        DirCacheBuilder builder = result.builder();
        try (ObjectReader reader = repository.newObjectReader()) {
            builder.addTree(new byte[0], DirCacheEntry.STAGE_0, reader, ours);
        }
        builder.finish();
        DirCacheEditor editor = result.editor();
        // schema files that changed, merged once every set of this merged tree is known (one list per tree: the
        // merge of several common ancestors merges trees with this same object)
        List<SchemaVersions> schemas = new ArrayList<>();
        try (TreeWalk walk = new TreeWalk(repository)) {
            walk.setRecursive(true);
            if (base == null) {
                walk.addTree(new EmptyTreeIterator());
            } else {
                walk.addTree(base);
            }
            walk.addTree(ours);
            walk.addTree(theirs);
            walk.setFilter(TreeFilter.ANY_DIFF);
            while (walk.next()) {
                mergePath(walk, editor, schemas);
            }
        }
        editor.finish();
        if (!schemas.isEmpty()) {
            DirCacheEditor schemaEditor = result.editor();
            for (SchemaVersions schema : schemas) {
                mergeSchema(schemaEditor, schema, result);
            }
            schemaEditor.finish();
        }
        return result.writeTree(inserter);
    }

    private void mergePath(TreeWalk walk, DirCacheEditor editor, List<SchemaVersions> schemas) throws IOException {
        String path = walk.getPathString();
        ObjectId before = idOf(walk, 0);
        ObjectId mine = idOf(walk, 1);
        ObjectId their = idOf(walk, 2);
        if (isSchema(path) && mine != null && their != null && !Objects.equals(mine, their)) {
            schemas.add(new SchemaVersions(path, before, mine, their)); // even when one side changed it: what it removed may be in use
            return;
        }
        if (Objects.equals(mine, their) || Objects.equals(before, their)) {
            return; // this clone's version stands
        }
        if (Objects.equals(before, mine)) {
            set(editor, path, their, walk.getFileMode(2));
        } else if (path.equals(CorpusLayout.DESCRIPTION) && mine != null && their != null) {
            mergeDescription(editor, before, mine, their);
        } else if (mine == null) {
            conflicts.add(new MergeConflict(path, null, "deleted it", "changed it", "kept their version", fileSubject(path, mine, their)));
            set(editor, path, their, walk.getFileMode(2));
        } else {
            conflicts.add(new MergeConflict(path, null, "changed it", their == null ? "deleted it" : "changed it too",
                    their == null ? "kept your version" : "kept your version; theirs is in the merged commit", fileSubject(path, mine, their)));
        }
    }

    private static ConflictSubject fileSubject(String path, ObjectId mine, ObjectId their) {
        return new ConflictSubject(ConflictSubject.Kind.FILE, path, null, mine == null ? null : mine.name(), their == null ? null : their.name());
    }

    /** A schema is a top-level Ecore file, as {@link TeamPaths#isShared} counts it. */
    private static boolean isSchema(String path) {
        return !path.contains("/") && path.endsWith(".ecore");
    }

    /**
     * Merges a schema by meaning against the sets of the merged tree; a version that is no schema keeps this clone's,
     * as any other file changed two ways does.
     */
    private void mergeSchema(DirCacheEditor editor, SchemaVersions schema, DirCache merged) throws IOException {
        String path = schema.path();
        try {
            byte[] before = schema.before() == null ? null : bytes(schema.before());
            byte[] mine = bytes(schema.mine());
            byte[] their = bytes(schema.their());
            SchemaFileMerge.Result result = SchemaFileMerge.merge(path, before, mine, their, schema.mine(), schema.their(),
                    () -> usesIn(merged, SchemaFileMerge.namespaces(before, mine, their)));
            conflicts.addAll(result.conflicts());
            set(editor, path, inserter.insert(Constants.OBJ_BLOB, result.bytes()), FileMode.REGULAR_FILE);
        } catch (IOException | UncheckedIOException e) {
            boolean onlyTheirsChanged = Objects.equals(schema.before(), schema.mine());
            if (onlyTheirsChanged) {
                set(editor, path, schema.their(), FileMode.REGULAR_FILE);
            } else if (!Objects.equals(schema.before(), schema.their())) {
                conflicts.add(new MergeConflict(path, null, "changed it", "changed it too", "kept your version; theirs is in the merged commit ("
                        + e.getMessage() + ")", fileSubject(path, schema.mine(), schema.their())));
            }
        }
    }

    /** What the sets of the merged tree use of the schema: its annotation files in analysts' folders and curated/. */
    private SchemaUses usesIn(DirCache merged, Set<String> namespaces) {
        SchemaUses uses = new SchemaUses(namespaces);
        try {
            for (int i = 0; i < merged.getEntryCount(); i++) {
                DirCacheEntry entry = merged.getEntry(i);
                String path = entry.getPathString();
                if (TeamPaths.documentOf(path) != null && !path.startsWith(TeamPaths.DOCUMENTS)) {
                    uses.add(path, bytes(entry.getObjectId()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return uses;
    }

    private void mergeDescription(DirCacheEditor editor, ObjectId before, ObjectId mine, ObjectId their) throws IOException {
        try {
            CorpusDescriptionMerge.Result merged = CorpusDescriptionMerge.merge(before == null ? null : bytes(before), bytes(mine), bytes(their));
            conflicts.addAll(merged.conflicts());
            set(editor, CorpusLayout.DESCRIPTION, inserter.insert(Constants.OBJ_BLOB, merged.bytes()), FileMode.REGULAR_FILE);
        } catch (IOException e) {
            conflicts.add(new MergeConflict(CorpusLayout.DESCRIPTION, null, "changed it", "changed it too",
                    "kept your version; theirs is in the merged commit (" + e.getMessage() + ")"));
        }
    }

    private byte[] bytes(ObjectId blob) throws IOException {
        return repository.open(blob, Constants.OBJ_BLOB).getBytes();
    }

    private static void set(DirCacheEditor editor, String path, ObjectId blob, FileMode mode) {
        if (blob == null) {
            editor.add(new DirCacheEditor.DeletePath(path));
            return;
        }
        editor.add(new DirCacheEditor.PathEdit(path) {
            @Override
            public void apply(DirCacheEntry entry) {
                entry.setFileMode(mode);
                entry.setObjectId(blob);
            }
        });
    }

    private static ObjectId idOf(TreeWalk walk, int tree) {
        return walk.getRawMode(tree) == 0 ? null : walk.getObjectId(tree);
    }
}
