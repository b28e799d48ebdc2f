package org.marginalia.team.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marginalia.team.SyncResult;

/** Syncs in real separate processes: two members at the same moment, and syncs killed (kill -9) at random moments. */
class TeamProcessesTest {

    private static final String[] D = TeamFixture.DOCUMENTS;
    private static final int KILLS = 10;

    @TempDir
    Path temp;

    @Test
    void twoProcessesSyncingAtTheSameMomentBothGetThrough() throws Exception {
        TeamFixture team = new TeamFixture(temp);
        Path ana = team.clone("ana");
        Path ben = team.clone("ben");
        for (int round = 0; round < 3; round++) {
            team.editNoteOrTag(ana, "ana", D[round], "ana " + round);
            team.editNoteOrTag(ben, "ben", D[round], "ben " + round);
            TeamFixture.addEntity(ana, "person.ana-" + round, "Ana Find " + round);
            TeamFixture.addEntity(ben, "person.ben-" + round, "Ben Find " + round);
            Process first = ChildJvm.start(SyncProcess.class, temp.resolve("ana-" + round + ".log"), ana.toString());
            Process second = ChildJvm.start(SyncProcess.class, temp.resolve("ben-" + round + ".log"), ben.toString());
            assertTrue(first.waitFor(120, TimeUnit.SECONDS) && second.waitFor(120, TimeUnit.SECONDS));
            for (String log : List.of("ana-" + round + ".log", "ben-" + round + ".log")) {
                String output = Files.readString(temp.resolve(log));
                assertTrue(output.contains("pushed") && !output.contains("not pushed"), log + ": " + output);
            }
        }
        TeamFixture.sync(ana);
        TeamFixture.sync(ben);
        TeamFixture.assertSameFiles(ana, ben);
        assertTrue(Files.readString(ana.resolve("annotations/ben/" + D[2] + ".xmi")).contains("ben 2"));
        for (int round = 0; round < 3; round++) {
            assertNotNull(TeamFixture.entity(ana, "person.ben-" + round));
            assertNotNull(TeamFixture.entity(ben, "person.ana-" + round));
        }
        TeamFixture.assertNoConflictMarkers(team.remote);
    }

    /**
     * A sync process killed with SIGKILL at a random moment (seeded, so a failing run can be replayed), while a
     * colleague keeps pushing; then a sync in this process. Nothing either of them did is lost. Where the kill
     * lands is up to the timing (the test prints where each landed); the steps are also each stopped
     * deterministically in TeamSyncTest.
     */
    @Test
    void aSyncKilledAtARandomMomentLosesNothing() throws Exception {
        long seed = Long.getLong("team.seed", System.nanoTime());
        Random random = new Random(seed);
        TeamFixture team = new TeamFixture(temp);
        Path ana = team.clone("ana");
        Path ben = team.clone("ben");
        Map<String, Integer> killedAt = new TreeMap<>();
        for (int round = 0; round < KILLS; round++) {
            team.editNoteOrTag(ben, "ben", D[round % D.length], "ben " + round);
            TeamFixture.addEntity(ben, "person.ben-" + round, "Ben Find " + round);
            TeamFixture.sync(ben);
            team.editNoteOrTag(ana, "ana", D[round % D.length], "ana " + round);
            TeamFixture.addEntity(ana, "person.ana-" + round, "Ana Find " + round);
            Path log = temp.resolve("killed-" + round + ".log");
            Process sync = ChildJvm.start(SyncProcess.class, log, ana.toString());
            while (!Files.readString(log).contains("syncing") && sync.isAlive()) {
                Thread.sleep(5);
            }
            Thread.sleep(random.nextInt(1500));
            sync.destroyForcibly(); // SIGKILL on Linux
            assertTrue(sync.waitFor(30, TimeUnit.SECONDS));
            killedAt.merge(whereKilled(Files.readString(log)), 1, Integer::sum);

            SyncResult completed = TeamFixture.sync(ana);
            assertTrue(completed.pushed(), "seed " + seed + ", round " + round + ": " + completed.notPushedBecause());
            TeamFixture.sync(ben);
            TeamFixture.assertSameFiles(ana, ben);
            String anas = team.inRemote("annotations/ana/" + D[round % D.length] + ".xmi");
            assertTrue(anas.contains("ana " + round), "seed " + seed + ": ana's work of round " + round + " reached the team");
            for (int earlier = 0; earlier <= round; earlier++) {
                assertNotNull(TeamFixture.entity(ana, "person.ben-" + earlier), "seed " + seed);
                assertNotNull(TeamFixture.entity(ben, "person.ana-" + earlier), "seed " + seed);
            }
        }
        TeamFixture.assertNoConflictMarkers(team.remote);
        assertEquals(TeamFixture.files(ana), TeamFixture.files(ben));
        System.out.println("TeamProcessesTest: seed " + seed + ", syncs killed " + killedAt);
    }

    /** The step the child had begun when it was killed, from what it printed. */
    private static String whereKilled(String output) {
        if (output.contains("pushed")) {
            return "after it finished";
        }
        List<String> steps = output.lines().filter(line -> line.startsWith("step ")).toList();
        return steps.isEmpty() ? "before its first step" : "in " + steps.get(steps.size() - 1).substring("step ".length());
    }
}
