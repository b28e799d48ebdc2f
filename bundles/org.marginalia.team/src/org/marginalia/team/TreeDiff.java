package org.marginalia.team;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.revwalk.filter.RevFilter;
import org.eclipse.jgit.treewalk.EmptyTreeIterator;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.TreeFilter;

/** The paths two trees of a corpus repository hold differently, and the common ancestor two commits start from. */
final class TreeDiff {

    private TreeDiff() {
    }

    /** @param from a tree, or null for the empty tree */
    static List<String> paths(Repository repository, ObjectId from, ObjectId to) throws IOException {
        List<String> paths = new ArrayList<>();
        if (to == null) {
            return paths;
        }
        try (TreeWalk walk = walk(repository, from, to)) {
            while (walk.next()) {
                paths.add(walk.getPathString());
            }
        }
        return paths;
    }

    /** A walk over the files that differ between two trees: {@code from} (the empty tree, if null) is tree 0, {@code to} tree 1. */
    static TreeWalk walk(Repository repository, ObjectId from, ObjectId to) throws IOException {
        TreeWalk walk = new TreeWalk(repository);
        try {
            walk.setRecursive(true);
            if (from == null) {
                walk.addTree(new EmptyTreeIterator());
            } else {
                walk.addTree(from);
            }
            walk.addTree(to);
            walk.setFilter(TreeFilter.ANY_DIFF);
            return walk;
        } catch (IOException e) {
            walk.close();
            throw e;
        }
    }

    /** The tree of a best common ancestor of two commits, or null when they share none. */
    static ObjectId baseTree(Repository repository, ObjectId a, ObjectId b) throws IOException {
        try (RevWalk walk = new RevWalk(repository)) {
            walk.setRevFilter(RevFilter.MERGE_BASE);
            walk.markStart(walk.parseCommit(a));
            walk.markStart(walk.parseCommit(b));
            RevCommit base = walk.next();
            return base == null ? null : walk.parseCommit(base).getTree();
        }
    }

    static ObjectId treeOf(Repository repository, ObjectId commit) throws IOException {
        if (commit == null) {
            return null;
        }
        try (RevWalk walk = new RevWalk(repository)) {
            return walk.parseCommit(commit).getTree();
        }
    }
}
