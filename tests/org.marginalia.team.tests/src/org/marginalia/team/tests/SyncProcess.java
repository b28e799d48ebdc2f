package org.marginalia.team.tests;

import java.nio.file.Path;

import org.marginalia.team.SyncResult;
import org.marginalia.team.TeamRepository;
import org.marginalia.team.TeamSync;

/**
 * The main class of the child processes in {@link TeamProcessesTest}: {@code CORPUS} syncs that clone once, saying
 * each step as it begins (so that a test that kills it can tell where it was).
 */
public final class SyncProcess {

    private SyncProcess() {
    }

    public static void main(String[] args) throws Exception {
        try (TeamRepository team = TeamRepository.open(Path.of(args[0]))) {
            System.out.println("syncing");
            System.out.flush();
            SyncResult result = TeamSync.sync(team, step -> {
                System.out.println("step " + step);
                System.out.flush();
            });
            System.out.println(result.pushed() ? "pushed" : "not pushed: " + result.notPushedBecause());
        }
    }
}
