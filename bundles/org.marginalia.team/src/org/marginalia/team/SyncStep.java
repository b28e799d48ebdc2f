package org.marginalia.team;

/** The steps of a sync, in order; a sync may go through fetch to push more than once when the remote moved. */
public enum SyncStep {
    /** Commit the member's own changed files. */
    COMMIT,
    /** Fetch the team's work. */
    FETCH,
    /** Merge it with this clone's, in the repository only. */
    MERGE,
    /** Write the merged files into the corpus folder and move the branch there. */
    UPDATE_FILES,
    /** Push the result. */
    PUSH
}
