package org.marginalia.team;

import java.util.List;

/**
 * What a sync did.
 *
 * @param analyst whose clone synced
 * @param committed the member's own files this sync committed (repository paths)
 * @param received the files colleagues' work changed in this folder
 * @param conflicts changes made two ways, both sides kept
 * @param leftAlone changes in this folder to files that are not the member's (a colleague's set edited here):
 *        never committed, never overwritten
 * @param pushed whether the team's repository now has this clone's work
 * @param notPushedBecause why not, when not (no remote, offline, the remote kept moving); the work is committed
 *        here and the next sync pushes it
 */
public record SyncResult(String analyst, List<String> committed, List<String> received, List<MergeConflict> conflicts,
        List<String> leftAlone, boolean pushed, String notPushedBecause) {
}
