package org.marginalia.team;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevSort;
import org.eclipse.jgit.revwalk.RevWalk;
import org.marginalia.core.corpus.CorpusException;

/** Who changed which files when, newest first: each member's own commits, and the merges that met conflicts. */
public final class TeamLog {

    /**
     * One commit.
     *
     * @param commit its abbreviated id, to look a set up as it was ({@code git show ID:PATH}, {@link SetHistory#read})
     * @param message the first line of its message, which names the analyst and the documents
     * @param paths the files it changed (for a merge: none, its conflicts say what happened)
     * @param conflicts for a merge, the conflicts it kept both sides of
     */
    public record Entry(String commit, Instant when, String author, String message, List<String> paths, List<String> conflicts) {
    }

    private TeamLog() {
    }

    /** @param documentId only the commits that touched this document's sets or text, or null for all */
    public static List<Entry> of(TeamRepository team, String documentId) throws CorpusException {
        Repository repository = team.repository();
        List<Entry> entries = new ArrayList<>();
        try (RevWalk walk = new RevWalk(repository)) {
            ObjectId head = team.head();
            if (head == null) {
                return entries;
            }
            walk.sort(RevSort.COMMIT_TIME_DESC);
            walk.markStart(walk.parseCommit(head));
            for (RevCommit commit : walk) {
                Entry entry = entry(repository, walk, commit, documentId);
                if (!entry.paths().isEmpty() || !entry.conflicts().isEmpty()) {
                    entries.add(entry);
                }
            }
        } catch (IOException e) {
            throw TeamRepository.problem(team.layout().root(), "history could not be read: " + e.getMessage());
        }
        return entries;
    }

    private static Entry entry(Repository repository, RevWalk walk, RevCommit commit, String documentId) throws IOException {
        List<String> paths = List.of();
        List<String> conflicts = new ArrayList<>();
        if (commit.getParentCount() <= 1) {
            ObjectId parentTree = commit.getParentCount() == 0 ? null : walk.parseCommit(commit.getParent(0)).getTree();
            paths = TreeDiff.paths(repository, parentTree, commit.getTree()).stream()
                    .filter(path -> documentId == null || documentId.equals(TeamPaths.documentOf(path))).toList();
        } else {
            String message = commit.getFullMessage();
            int heading = message.indexOf(TeamMessages.CONFLICTS_HEADING);
            if (heading >= 0) {
                message.substring(heading + TeamMessages.CONFLICTS_HEADING.length()).lines().map(String::strip).filter(line -> !line.isEmpty())
                        .filter(line -> documentId == null || line.contains(documentId)).forEach(conflicts::add);
            }
        }
        return new Entry(commit.abbreviate(8).name(), commit.getAuthorIdent().getWhenAsInstant(), commit.getAuthorIdent().getName(),
                commit.getShortMessage(), paths, conflicts);
    }
}
