package org.marginalia.team;

/**
 * Told before each step of a sync, for a progress display. Throwing from it stops the sync before that step
 * (a cancel); every step leaves a repository that the next sync completes.
 */
@FunctionalInterface
public interface SyncProgress {

    SyncProgress NONE = step -> {
    };

    void beginStep(SyncStep step);
}
