package org.marginalia.team;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

import org.eclipse.jgit.api.Status;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.treewalk.TreeWalk;

/**
 * The files of a clone's folder that differ from its last commit, split into the member's own (which a sync
 * commits) and others' (reported, left alone). Git's status finds the candidates quickly; each is then compared
 * with the commit itself, so that an index left behind by a killed sync never hides or invents a change.
 */
record LocalChanges(List<String> own, List<String> others) {

    static LocalChanges of(TeamRepository team, TeamMember member) throws IOException, GitAPIException {
        Status status = team.git().status().call();
        TreeSet<String> candidates = new TreeSet<>();
        candidates.addAll(status.getAdded());
        candidates.addAll(status.getChanged());
        candidates.addAll(status.getRemoved());
        candidates.addAll(status.getModified());
        candidates.addAll(status.getMissing());
        candidates.addAll(status.getUntracked());
        candidates.addAll(status.getConflicting());
        Repository repository = team.repository();
        ObjectId headTree = repository.resolve(Constants.HEAD + "^{tree}");
        List<String> own = new ArrayList<>();
        List<String> others = new ArrayList<>();
        for (String path : candidates) {
            if (TeamPaths.isMachineLocal(path) || Objects.equals(inCommit(repository, headTree, path), inFolder(team.layout().root(), path))) {
                continue;
            }
            (TeamPaths.mayCommit(path, member) ? own : others).add(path);
        }
        return new LocalChanges(own, others);
    }

    static ObjectId inCommit(Repository repository, ObjectId tree, String path) throws IOException {
        if (tree == null) {
            return null;
        }
        try (TreeWalk walk = TreeWalk.forPath(repository, path, tree)) {
            return walk == null ? null : walk.getObjectId(0);
        }
    }

    /** The blob id the file's bytes would have, or null when there is no regular file (a link is not followed). */
    static ObjectId inFolder(Path root, String path) throws IOException {
        Path file = root.resolve(path);
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            return null;
        }
        try (ObjectInserter.Formatter formatter = new ObjectInserter.Formatter()) {
            return formatter.idFor(Constants.OBJ_BLOB, Files.readAllBytes(file));
        }
    }
}
