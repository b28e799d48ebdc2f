package org.marginalia.team;

import java.io.IOException;
import java.util.List;

import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.marginalia.core.corpus.CorpusException;

/**
 * Where a clone stands against the team, in repository paths (see {@link TeamPaths} for what each is).
 *
 * @param member who works in the clone
 * @param remote the team's repository, or null
 * @param remoteProblem why the team's repository could not be asked, or null
 * @param ownChanges the member's own files changed since their last sync, not yet committed
 * @param unsent the member's own files committed here that the team's repository does not have yet
 * @param colleaguesNew files the team's repository has newer than this folder: the next sync brings them
 * @param othersChanged files here that are not the member's and differ from the last commit: a sync leaves them alone
 * @param openConflicts what this clone's syncs merged two ways, both sides kept, until the analyst chooses a side
 */
public record TeamStatus(TeamMember member, String remote, String remoteProblem, List<String> ownChanges, List<String> unsent,
        List<String> colleaguesNew, List<String> othersChanged, List<OpenConflicts.Open> openConflicts) {

    /** @param fetch whether to ask the team's repository first (else: as of the last sync or status that did) */
    public static TeamStatus of(TeamRepository team, boolean fetch) throws CorpusException {
        TeamMember member = team.member();
        String remote = team.remoteUrl().orElse(null);
        try {
            String remoteProblem = null;
            if (fetch && remote != null) {
                try {
                    TeamRemote.configure(team.git().fetch().setRemote(TeamRepository.REMOTE)).call();
                } catch (GitAPIException e) {
                    remoteProblem = TeamRemote.explain(e);
                }
            }
            LocalChanges changes = LocalChanges.of(team, member);
            Repository repository = team.repository();
            ObjectId head = team.head();
            ObjectId remoteHead = team.remoteHead();
            ObjectId base = remoteHead == null || head == null ? null : TreeDiff.baseTree(repository, head, remoteHead);
            List<String> unsent = remote == null ? List.of()
                    : TreeDiff.paths(repository, base, TreeDiff.treeOf(repository, head)).stream().filter(p -> TeamPaths.mayCommit(p, member)).toList();
            List<String> colleaguesNew = TreeDiff.paths(repository, base, TreeDiff.treeOf(repository, remoteHead));
            return new TeamStatus(member, remote, remoteProblem, changes.own(), unsent, colleaguesNew, changes.others(),
                    OpenConflicts.read(repository));
        } catch (IOException | GitAPIException e) {
            throw TeamRepository.problem(team.layout().root(), "status could not be read: " + TeamRemote.explain(e));
        }
    }
}
