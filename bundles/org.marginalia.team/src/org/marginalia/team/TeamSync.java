package org.marginalia.team;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ThreadLocalRandom;

import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.api.errors.InvalidRemoteException;
import org.eclipse.jgit.api.errors.TransportException;
import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.dircache.DirCacheBuilder;
import org.eclipse.jgit.dircache.DirCacheEditor;
import org.eclipse.jgit.dircache.DirCacheEntry;
import org.eclipse.jgit.lib.CommitBuilder;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.marginalia.core.corpus.ConfinedFolder;
import org.marginalia.core.corpus.CorpusException;
import org.marginalia.core.io.AtomicFiles;
import org.marginalia.core.io.FolderLock;

/**
 * Sync: commit the member's own changed files, fetch the team's work, merge it, write it into the folder, push;
 * again from the fetch when the remote moved meanwhile. Without the remote the work is committed here and the
 * next sync pushes it. Conflicts of a merge stay open in the clone ({@link OpenConflicts}) until the analyst
 * chooses a side ({@link ConflictResolution}).
 * <p>
 * Every step leaves a repository the next sync completes, wherever the sync is killed: files are written before
 * the branch is moved (so a file written for a merge that was not recorded looks like a change the next sync
 * merges again, to the same bytes), and Git's lock files left by a killed sync are removed. The corpus files are
 * read and written under the corpus's folder locks ({@link CorpusLocks}), which the editor's saves take too; the
 * network is used without them, so an editor can save during a fetch or push.
 */
public final class TeamSync {

    private static final int MAX_ATTEMPTS = 8;

    private final TeamRepository team;
    private final TeamMember member;
    private final SyncProgress progress;
    private final Set<String> received = new LinkedHashSet<>();
    private final List<MergeConflict> conflicts = new ArrayList<>();
    private final Set<String> leftAlone = new TreeSet<>();

    private TeamSync(TeamRepository team, TeamMember member, SyncProgress progress) {
        this.team = team;
        this.member = member;
        this.progress = progress;
    }

    public static SyncResult sync(TeamRepository team) throws CorpusException {
        return sync(team, SyncProgress.NONE);
    }

    public static SyncResult sync(TeamRepository team, SyncProgress progress) throws CorpusException {
        TeamMember member = team.member();
        Path gitDir = team.repository().getDirectory().toPath();
        // One sync at a time in a clone; a second one waits a few seconds, then says the clone is busy.
        try (FolderLock syncing = FolderLock.acquire(gitDir)) {
            RepositoryHousekeeping.configureClone(team.repository());
            return new TeamSync(team, member, progress).run();
        } catch (IOException | GitAPIException e) {
            throw TeamRepository.problem(team.layout().root(), "sync failed: " + TeamRemote.explain(e)
                    + " (your own work is safe in the folder; sync again)");
        }
    }

    private SyncResult run() throws IOException, GitAPIException, CorpusException {
        progress.beginStep(SyncStep.COMMIT);
        List<String> committed;
        try (CorpusLocks locks = CorpusLocks.acquire(team.layout(), List.of())) {
            StaleGitLocks.delete(team.repository().getDirectory().toPath());
            LocalChanges changes = LocalChanges.of(team, member);
            leftAlone.addAll(changes.others());
            OutgoingFiles.check(team, team.repository().resolve(Constants.HEAD + "^{tree}"), changes.own());
            committed = commit(changes.own());
        }
        if (team.remoteUrl().isEmpty()) {
            return result(committed, false, "this clone has no remote to push to");
        }
        for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
            progress.beginStep(SyncStep.FETCH);
            try {
                TeamRemote.configure(team.git().fetch().setRemote(TeamRepository.REMOTE)).call();
            } catch (TransportException | InvalidRemoteException e) {
                if (TeamRemote.isAuthenticationFailure(e)) {
                    throw TeamRepository.problem(team.layout().root(), "the team's repository " + team.remoteUrl().get()
                            + " refused this clone's credentials: " + TeamRemote.explain(e)
                            + (committed.isEmpty() ? "" : " (your work is committed here and is pushed by the next sync)"));
                }
                return result(committed, false, "the team's repository cannot be reached (" + TeamRemote.explain(e)
                        + "); your work is committed here and the next sync pushes it");
            }
            progress.beginStep(SyncStep.MERGE);
            ObjectId target = mergeWithRemote();
            if (target != null) {
                progress.beginStep(SyncStep.UPDATE_FILES);
                updateFiles(target);
            }
            if (Objects.equals(team.head(), team.remoteHead())) {
                return result(committed, true, null);
            }
            progress.beginStep(SyncStep.PUSH);
            TeamRemote.Pushed pushed;
            try {
                pushed = TeamRemote.push(team);
            } catch (TransportException e) {
                return result(committed, false, "the push did not get through (" + TeamRemote.explain(e)
                        + "); your work is committed here and the next sync pushes it");
            }
            if (pushed == TeamRemote.Pushed.DONE) {
                return result(committed, true, null);
            }
            if (pushed == TeamRemote.Pushed.REFUSED) {
                return result(committed, false, "the team's repository refused the push; your work is committed here");
            }
            pause(attempt);
        }
        return result(committed, false, "the team's repository kept changing while this sync merged; sync again");
    }

    /** Commits the member's own changed files; returns their paths. Builds the commit from the last one, not from the index. */
    private List<String> commit(List<String> paths) throws IOException {
        if (paths.isEmpty()) {
            return List.of();
        }
        Repository repository = team.repository();
        ObjectId head = team.head();
        Map<String, ObjectId> blobs = new LinkedHashMap<>();
        try (ObjectInserter inserter = repository.newObjectInserter()) {
            DirCache tree = DirCache.newInCore();
            DirCacheBuilder builder = tree.builder();
            if (head != null) {
                try (ObjectReader reader = repository.newObjectReader(); RevWalk walk = new RevWalk(reader)) {
                    builder.addTree(new byte[0], DirCacheEntry.STAGE_0, reader, walk.parseCommit(head).getTree());
                }
            }
            builder.finish();
            DirCacheEditor editor = tree.editor();
            for (String path : paths) {
                Path file = team.layout().root().resolve(path);
                ObjectId blob = Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) ? inserter.insert(Constants.OBJ_BLOB, Files.readAllBytes(file)) : null;
                blobs.put(path, blob);
                editor.add(blob == null ? new DirCacheEditor.DeletePath(path) : new DirCacheEditor.PathEdit(path) {
                    @Override
                    public void apply(DirCacheEntry entry) {
                        entry.setFileMode(FileMode.REGULAR_FILE);
                        entry.setObjectId(blob);
                    }
                });
            }
            editor.finish();
            CommitBuilder commit = new CommitBuilder();
            commit.setTreeId(tree.writeTree(inserter));
            if (head != null) {
                commit.setParentId(head);
            }
            PersonIdent author = identity(member.analystId());
            commit.setAuthor(author);
            commit.setCommitter(author);
            commit.setMessage(TeamMessages.ownWork(member.analystId(), paths));
            ObjectId id = inserter.insert(commit);
            inserter.flush();
            moveBranch(head, id, "commit: " + member.analystId());
        }
        CloneIndex.update(repository, team.layout().root(), blobs);
        return paths;
    }

    /**
     * Merges the fetched team branch into this clone's, in the repository only. Returns the commit the folder
     * should now show (a merge, or the team's commit when this clone had nothing new), or null when there is
     * nothing new to take.
     */
    private ObjectId mergeWithRemote() throws IOException {
        ObjectId head = team.head();
        ObjectId remote = team.remoteHead();
        if (remote == null || remote.equals(head)) {
            return null;
        }
        try (RevWalk walk = new RevWalk(team.repository())) {
            RevCommit theirs = walk.parseCommit(remote);
            if (head == null) {
                return theirs;
            }
            RevCommit ours = walk.parseCommit(head);
            if (walk.isMergedInto(theirs, ours)) {
                return null;
            }
            walk.reset();
            if (walk.isMergedInto(ours, theirs)) {
                return theirs;
            }
            try (ObjectInserter inserter = team.repository().newObjectInserter()) {
                TreeMerge.Result merged = TreeMerge.merge(team.repository(), inserter, ours, theirs);
                conflicts.addAll(merged.conflicts());
                // Remembered before the branch moves: a sync killed in between merges again, to the same (known) conflicts.
                OpenConflicts.add(team.repository(), merged.conflicts());
                CommitBuilder commit = new CommitBuilder();
                commit.setTreeId(merged.tree());
                commit.setParentIds(ours, theirs);
                PersonIdent author = identity(member.analystId());
                commit.setAuthor(author);
                commit.setCommitter(author);
                commit.setMessage(TeamMessages.merge(member.analystId(), changedPaths(ours.getTree(), merged.tree()), merged.conflicts()));
                ObjectId id = inserter.insert(commit);
                inserter.flush();
                return id;
            }
        }
    }

    /**
     * Writes into the folder every file that differs between the current commit and {@code target}, then moves
     * the branch. A file someone changed here that is not the member's own keeps its local bytes (reported); the
     * team's version is in the commit.
     */
    private void updateFiles(ObjectId target) throws IOException, CorpusException {
        Repository repository = team.repository();
        ObjectId head = team.head();
        ObjectId targetTree;
        ObjectId headTree;
        try (RevWalk walk = new RevWalk(repository)) {
            targetTree = walk.parseCommit(target).getTree();
            headTree = head == null ? null : walk.parseCommit(head).getTree();
        }
        Map<String, ObjectId> changes = changes(headTree, targetTree);
        Path root = team.layout().root();
        List<Path> folders = changes.keySet().stream().map(path -> root.resolve(path).getParent()).distinct().toList();
        ConfinedFolder corpus = new ConfinedFolder(root);
        Map<String, ObjectId> index = new LinkedHashMap<>();
        try (CorpusLocks locks = CorpusLocks.acquire(team.layout(), folders)) {
            for (Map.Entry<String, ObjectId> change : changes.entrySet()) {
                String path = change.getKey();
                ObjectId wanted = change.getValue();
                ObjectId was = LocalChanges.inCommit(repository, headTree, path);
                ObjectId here = LocalChanges.inFolder(root, path);
                if (!Objects.equals(here, was) && !Objects.equals(here, wanted)) {
                    leftAlone.add(path);
                } else if (!Objects.equals(here, wanted)) {
                    Path file = corpus.writable(root.resolve(path));
                    if (wanted == null) {
                        Files.deleteIfExists(file);
                    } else {
                        AtomicFiles.write(file, repository.open(wanted, Constants.OBJ_BLOB).getBytes());
                    }
                }
                index.put(path, wanted);
                received.add(path); // the member's own work was committed before: what changes now came from the team
            }
            moveBranch(head, target, "sync: " + member.analystId());
        }
        CloneIndex.update(repository, root, index);
    }

    /** Path to the blob {@code to} has there (null: removed), for every regular file that differs. */
    private Map<String, ObjectId> changes(ObjectId from, ObjectId to) throws IOException {
        Map<String, ObjectId> changes = new LinkedHashMap<>();
        try (TreeWalk walk = TreeDiff.walk(team.repository(), from, to)) {
            while (walk.next()) {
                FileMode mode = walk.getFileMode(1);
                if (mode == FileMode.MISSING) {
                    changes.put(walk.getPathString(), null);
                } else if (mode == FileMode.REGULAR_FILE || mode == FileMode.EXECUTABLE_FILE) {
                    changes.put(walk.getPathString(), walk.getObjectId(1));
                } else {
                    // A link or a submodule could point out of the corpus: never written into the folder.
                    conflicts.add(new MergeConflict(walk.getPathString(), null, "-", "a link or submodule", "not written into the folder"));
                }
            }
        }
        return changes;
    }

    private List<String> changedPaths(ObjectId from, ObjectId to) throws IOException {
        return List.copyOf(changes(from, to).keySet());
    }

    private void moveBranch(ObjectId from, ObjectId to, String reason) throws IOException {
        RefUpdate update = team.repository().updateRef(Constants.HEAD);
        update.setExpectedOldObjectId(from == null ? ObjectId.zeroId() : from);
        update.setNewObjectId(to);
        update.setRefLogMessage(reason, false);
        RefUpdate.Result result = update.update();
        if (result != RefUpdate.Result.NEW && result != RefUpdate.Result.FAST_FORWARD) {
            throw new IOException("the branch could not be moved (" + result + "); something else changed the repository meanwhile");
        }
    }

    private SyncResult result(List<String> committed, boolean pushed, String notPushedBecause) {
        return new SyncResult(member.analystId(), committed, List.copyOf(received), List.copyOf(conflicts), List.copyOf(leftAlone), pushed,
                notPushedBecause);
    }

    /** Two members pushing at the same moment: the one refused waits a little, at random, before trying again. */
    private static void pause(int attempt) throws IOException {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(20, 100L * attempt));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    /** The analyst as author and committer of what their clone commits; the email is left empty (ids are not addresses). */
    static PersonIdent identity(String analystId) {
        return new PersonIdent(analystId, "");
    }
}
