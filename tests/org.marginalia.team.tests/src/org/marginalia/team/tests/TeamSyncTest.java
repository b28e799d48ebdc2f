package org.marginalia.team.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marginalia.core.corpus.CorpusException;
import org.marginalia.model.Entity;
import org.marginalia.team.MergeConflict;
import org.marginalia.team.SyncResult;
import org.marginalia.team.SyncStep;
import org.marginalia.team.TeamLog;
import org.marginalia.team.TeamRepository;
import org.marginalia.team.TeamStatus;
import org.marginalia.team.TeamSync;

class TeamSyncTest {

    private static final String[] D = TeamFixture.DOCUMENTS;

    @TempDir
    Path temp;

    /**
     * ana and ben tag different and the same documents and both add entities, one of them the same; whatever
     * order the three members sync in, after everyone synced twice every clone holds every set byte for byte.
     */
    @Test
    void everyOrderOfSyncsEndsWithEveryCloneHoldingEverySet() throws Exception {
        List<List<String>> orders = List.of(List.of("ana", "ben", "rev"), List.of("ana", "rev", "ben"), List.of("ben", "ana", "rev"),
                List.of("ben", "rev", "ana"), List.of("rev", "ana", "ben"), List.of("rev", "ben", "ana"));
        for (List<String> order : orders) {
            TeamFixture team = new TeamFixture(Files.createDirectories(temp.resolve(String.join("-", order))));
            Path ana = team.clone("ana");
            Path ben = team.clone("ben");
            Path rev = team.clone("rev", true);
            team.tag(ana, "ana", D[0], D[1], D[2]);
            team.tag(ben, "ben", D[1], D[2], D[3]);
            TeamFixture.addEntity(ana, "person.anas-find", "Ana's Find");
            TeamFixture.addEntity(ben, "person.bens-find", "Ben's Find");
            TeamFixture.addEntity(ana, "person.oleh-nikolenko", "Oleh Nikolenko", "Nikolenko");
            TeamFixture.addEntity(ben, "person.oleh-nikolenko", "Oleh Nikolenko", "Nikolenko", "Oleg Nikolenko");
            Path clone = order.get(0).equals("ana") ? ana : order.get(0).equals("ben") ? ben : rev;
            for (int round = 0; round < 2; round++) {
                for (String member : order) {
                    clone = member.equals("ana") ? ana : member.equals("ben") ? ben : rev;
                    SyncResult result = TeamFixture.sync(clone);
                    assertTrue(result.pushed(), order + ": " + member + " pushed: " + result.notPushedBecause());
                    assertEquals(List.of(), result.conflicts(), order + ": adding the same entity is no conflict");
                }
            }
            TeamFixture.assertSameFiles(ana, ben);
            TeamFixture.assertSameFiles(ana, rev);
            assertTrue(Files.isRegularFile(rev.resolve("annotations/ana/" + D[0] + ".xmi")));
            assertTrue(Files.isRegularFile(rev.resolve("annotations/ben/" + D[3] + ".xmi")));
            assertEquals(Files.readString(team.demoSets.resolve("ben/" + D[2] + ".xmi")), Files.readString(ana.resolve("annotations/ben/" + D[2] + ".xmi")),
                    "ben's set reaches ana byte for byte");
            assertNotNull(TeamFixture.entity(rev, "person.anas-find"));
            assertNotNull(TeamFixture.entity(rev, "person.bens-find"));
            Entity same = TeamFixture.entity(rev, "person.oleh-nikolenko");
            assertEquals(List.of("Nikolenko", "Oleg Nikolenko"), List.copyOf(same.getAliases()), "aliases are united by value");
            TeamFixture.assertNoConflictMarkers(team.remote);
        }
    }

    @Test
    void aSyncCommitsOnlyTheAnalystsOwnFilesAndLeavesAColleaguesAlone() throws Exception {
        TeamFixture team = new TeamFixture(temp);
        Path ana = team.clone("ana");
        Path ben = team.clone("ben");
        team.tag(ana, "ana", D[0]);
        TeamFixture.sync(ana);
        TeamFixture.sync(ben);
        TeamFixture.editNote(ben, "ana", D[0], "ben was here"); // ben edits ana's set in his clone
        team.tag(ben, "ben", D[0]);
        team.tag(ben, "chloe", D[1]); // and writes into a third analyst's folder
        Files.createDirectories(ben.resolve("curated"));
        Files.copy(ben.resolve("annotations/ben/" + D[0] + ".xmi"), ben.resolve("curated/" + D[0] + ".xmi"));

        SyncResult result = TeamFixture.sync(ben);

        assertEquals(List.of("annotations/ben/" + D[0] + ".xmi"), result.committed());
        assertEquals(List.of("annotations/ana/" + D[0] + ".xmi", "annotations/chloe/" + D[1] + ".xmi", "curated/" + D[0] + ".xmi"),
                result.leftAlone(), "a colleague's files and curated/ (ben is no reviewer) are reported, not committed");
        assertFalse(team.inRemote("annotations/ana/" + D[0] + ".xmi").contains("ben was here"));
        assertNull(team.inRemote("curated/" + D[0] + ".xmi"));
        assertTrue(Files.readString(ben.resolve("annotations/ana/" + D[0] + ".xmi")).contains("ben was here"), "left alone, not reverted");

        TeamFixture.editNote(ana, "ana", D[0], "ana's own note");
        TeamFixture.sync(ana);
        SyncResult again = TeamFixture.sync(ben);
        assertTrue(again.leftAlone().contains("annotations/ana/" + D[0] + ".xmi"));
        assertTrue(Files.readString(ben.resolve("annotations/ana/" + D[0] + ".xmi")).contains("ben was here"),
                "a local change is never overwritten by a sync");
        try (TeamRepository repository = TeamRepository.open(ben)) {
            TeamStatus status = TeamStatus.of(repository, false);
            assertTrue(status.othersChanged().contains("annotations/ana/" + D[0] + ".xmi"), status.toString());
        }
    }

    @Test
    void aReviewersSyncCommitsCurated() throws Exception {
        TeamFixture team = new TeamFixture(temp);
        Path rev = team.clone("rev", true);
        Files.createDirectories(rev.resolve("curated"));
        String merged = Files.readString(team.demoSets.resolve("ana/" + D[0] + ".xmi")).replace("analystId=\"ana\"", "curated=\"true\"")
                .replace("../../corpus.marginalia", "../corpus.marginalia"); // curated/ is one folder nearer the description
        Files.writeString(rev.resolve("curated/" + D[0] + ".xmi"), merged);
        assertEquals(List.of("curated/" + D[0] + ".xmi"), TeamFixture.sync(rev).committed());
        assertNotNull(team.inRemote("curated/" + D[0] + ".xmi"));
    }

    /** What a sync sends, every colleague's next sync brings: a file the team could not read is never committed. */
    @Test
    void aSetOrDescriptionTheTeamCouldNotReadIsNeitherCommittedNorSent() throws Exception {
        TeamFixture team = new TeamFixture(temp);
        Path ana = team.clone("ana");
        team.tag(ana, "ana", D[0]);
        TeamFixture.sync(ana);
        String remoteHead = team.remoteHead();
        Path set = ana.resolve("annotations/ana/" + D[0] + ".xmi");
        String good = Files.readString(set);
        Files.writeString(set, good.substring(0, good.length() / 2)); // an editor's save cut short, or a hand edit

        CorpusException broken = assertThrows(CorpusException.class, () -> TeamFixture.sync(ana));
        assertTrue(broken.getMessage().contains(D[0] + ".xmi") && broken.getMessage().contains("nothing was committed or sent"), broken.getMessage());
        assertEquals(remoteHead, team.remoteHead(), "nothing pushed");
        assertEquals(good.substring(0, good.length() / 2), Files.readString(set), "the file is left as it was, to mend");

        Files.writeString(set, good);
        TeamFixture.addEntity(ana, "person.new-find", "New Find");
        Path description = ana.resolve("corpus.marginalia");
        String withEntities = Files.readString(description);
        String withoutIwaya = withEntities.replaceAll("(?s)<entities[^>]*id=\"person.takeshi-iwaya\".*?(/>|</entities>)", "");
        assertNotEquals(withEntities, withoutIwaya, "the fixture removed an entity ana's set refers to");
        Files.writeString(description, withoutIwaya);

        CorpusException dangling = assertThrows(CorpusException.class, () -> TeamFixture.sync(ana));
        assertTrue(dangling.getMessage().contains("refers to person.takeshi-iwaya") && dangling.getMessage().contains("annotations/ana/" + D[0]),
                dangling.getMessage());
        assertEquals(remoteHead, team.remoteHead());

        Files.writeString(description, withEntities);
        assertTrue(TeamFixture.sync(ana).pushed(), "mended, it is sent");
        try (org.eclipse.jgit.api.Git git = org.eclipse.jgit.api.Git.open(ana.toFile())) {
            assertFalse(git.getRepository().getConfig().getBoolean("gc", "autoDetach", true), "the clone's gc runs inside the sync");
        }
    }

    @Test
    void anEntityRenamedTwoWaysKeepsBothNamesAndIsReported() throws Exception {
        TeamFixture team = new TeamFixture(temp);
        Path ana = team.clone("ana");
        Path ben = team.clone("ben");
        TeamFixture.renameSybihaTwoWays(ana, ben);
        TeamFixture.sync(ana);

        SyncResult result = TeamFixture.sync(ben);

        assertTrue(result.pushed());
        assertEquals(1, result.conflicts().size(), result.conflicts().toString());
        MergeConflict conflict = result.conflicts().get(0);
        assertEquals("entity person.andrii-sybiha", conflict.element());
        assertTrue(conflict.yours().contains("Andrij Sybiha") && conflict.theirs().contains("Andriy Sybiha"), conflict.toString());
        Entity merged = TeamFixture.entity(ben, "person.andrii-sybiha");
        assertEquals("Andrij Sybiha", merged.getName());
        assertTrue(merged.getAliases().contains("Andriy Sybiha"), "the other name is kept as an alias until someone chooses");
        TeamFixture.sync(ana);
        TeamFixture.assertSameFiles(ana, ben);
        TeamFixture.assertNoConflictMarkers(team.remote);
        try (TeamRepository repository = TeamRepository.open(ana)) {
            assertTrue(TeamLog.of(repository, null).stream().anyMatch(entry -> entry.conflicts().stream().anyMatch(c -> c.contains("Andrij"))),
                    "the history names the conflict");
        }
    }

    @Test
    void oneTextAddedUnderTwoIdsKeepsBothDocumentsAndIsReported() throws Exception {
        TeamFixture team = new TeamFixture(temp);
        Path ana = team.clone("ana");
        Path ben = team.clone("ben");
        team.addOneTextUnderTwoIds(ana, ben);
        TeamFixture.sync(ana);

        SyncResult result = TeamFixture.sync(ben);

        assertTrue(result.conflicts().stream().anyMatch(c -> c.kept().contains("kept both documents")), result.conflicts().toString());
        assertTrue(Files.isRegularFile(ben.resolve("documents/late_report.txt")) && Files.isRegularFile(ben.resolve("documents/sunday.txt")),
                "both texts are there");
        TeamFixture.sync(ana);
        TeamFixture.assertSameFiles(ana, ben);
        assertTrue(org.marginalia.core.corpus.CorpusStore.load(ana).problems().isEmpty(), "the merged corpus loads without problems");
    }

    @Test
    void offlineTheWorkIsCommittedAndTheNextSyncPushesIt() throws Exception {
        TeamFixture team = new TeamFixture(temp);
        Path ana = team.clone("ana");
        team.tag(ana, "ana", D[4]);
        Path away = temp.resolve("team-away.git");
        Files.move(team.remote, away); // the shared drive is not mounted

        SyncResult offline = TeamFixture.sync(ana);

        assertFalse(offline.pushed());
        assertEquals(List.of("annotations/ana/" + D[4] + ".xmi"), offline.committed());
        assertTrue(offline.notPushedBecause().contains("next sync pushes"), offline.notPushedBecause());
        Files.move(away, team.remote);
        SyncResult online = TeamFixture.sync(ana);
        assertTrue(online.pushed());
        assertEquals(List.of(), online.committed());
        assertNotNull(team.inRemote("annotations/ana/" + D[4] + ".xmi"));
    }

    /**
     * A sync stopped before any of its steps (as a cancel or a crash between steps would stop it), in a clone whose
     * colleague pushed meanwhile: the next sync completes it and nothing is lost.
     */
    @Test
    void aSyncStoppedBeforeAnyStepIsCompletedByTheNext() throws Exception {
        for (SyncStep stop : SyncStep.values()) {
            TeamFixture team = new TeamFixture(Files.createDirectories(temp.resolve(stop.name())));
            Path ana = team.clone("ana");
            Path ben = team.clone("ben");
            team.tag(ben, "ben", D[1]);
            TeamFixture.addEntity(ben, "person.bens-find", "Ben's Find");
            TeamFixture.sync(ben);
            team.tag(ana, "ana", D[0]);
            TeamFixture.addEntity(ana, "person.anas-find", "Ana's Find");
            try (TeamRepository repository = TeamRepository.open(ana)) {
                RuntimeException crash = assertThrows(RuntimeException.class, () -> TeamSync.sync(repository, step -> {
                    if (step == stop) {
                        throw new IllegalStateException("stopped before " + step);
                    }
                }));
                assertEquals("stopped before " + stop, crash.getMessage());
            }
            SyncResult completed = TeamFixture.sync(ana);
            assertTrue(completed.pushed(), stop + ": " + completed.notPushedBecause());
            TeamFixture.sync(ben);
            TeamFixture.assertSameFiles(ana, ben);
            assertNotNull(team.inRemote("annotations/ana/" + D[0] + ".xmi"), stop.name());
            assertNotNull(TeamFixture.entity(ana, "person.bens-find"), stop.name());
            assertNotNull(TeamFixture.entity(ben, "person.anas-find"), stop.name());
        }
    }

    /** Two members sync at the same moment from two threads: one push is refused, that sync merges again and pushes. */
    @Test
    void twoSyncsAtTheSameMomentBothGetThrough() throws Exception {
        TeamFixture team = new TeamFixture(temp);
        Path ana = team.clone("ana");
        Path ben = team.clone("ben");
        for (int round = 0; round < 5; round++) {
            team.editNoteOrTag(ana, "ana", D[round], "ana round " + round);
            team.editNoteOrTag(ben, "ben", D[round], "ben round " + round);
            TeamFixture.addEntity(ana, "person.ana-" + round, "Ana Find " + round);
            TeamFixture.addEntity(ben, "person.ben-" + round, "Ben Find " + round);
            CountDownLatch start = new CountDownLatch(1);
            ExecutorService threads = Executors.newFixedThreadPool(2);
            try {
                List<Future<SyncResult>> results = new ArrayList<>();
                for (Path clone : List.of(ana, ben)) {
                    results.add(threads.submit(() -> {
                        start.await();
                        return TeamFixture.sync(clone);
                    }));
                }
                start.countDown();
                for (Future<SyncResult> result : results) {
                    assertTrue(result.get().pushed(), result.get().notPushedBecause());
                }
            } finally {
                threads.shutdown();
            }
        }
        TeamFixture.sync(ana);
        TeamFixture.sync(ben);
        TeamFixture.assertSameFiles(ana, ben);
        for (int round = 0; round < 5; round++) {
            assertNotNull(TeamFixture.entity(ana, "person.ben-" + round));
            assertNotNull(TeamFixture.entity(ben, "person.ana-" + round));
        }
        TeamFixture.assertNoConflictMarkers(team.remote);
    }

    @Test
    void statusTellsOwnUnsentWorkAndColleaguesNewWork() throws Exception {
        TeamFixture team = new TeamFixture(temp);
        Path ana = team.clone("ana");
        Path ben = team.clone("ben");
        team.tag(ben, "ben", D[2]);
        TeamFixture.sync(ben);
        team.tag(ana, "ana", D[3]);
        try (TeamRepository repository = TeamRepository.open(ana)) {
            TeamStatus status = TeamStatus.of(repository, true);
            assertEquals(List.of("annotations/ana/" + D[3] + ".xmi"), status.ownChanges());
            assertEquals(List.of("annotations/ben/" + D[2] + ".xmi"), status.colleaguesNew());
            assertNull(status.remoteProblem());
        }
        TeamFixture.sync(ana);
        try (TeamRepository repository = TeamRepository.open(ana)) {
            TeamStatus status = TeamStatus.of(repository, true);
            assertEquals(List.of(), status.ownChanges());
            assertEquals(List.of(), status.unsent());
            assertEquals(List.of(), status.colleaguesNew());
        }
    }

    @Test
    void logListsWhoChangedWhichSetWhen() throws Exception {
        TeamFixture team = new TeamFixture(temp);
        Path ana = team.clone("ana");
        Path ben = team.clone("ben");
        team.tag(ana, "ana", D[0], D[1]);
        TeamFixture.sync(ana);
        team.tag(ben, "ben", D[1]);
        TeamFixture.sync(ben);
        try (TeamRepository repository = TeamRepository.open(ben)) {
            List<TeamLog.Entry> forOne = TeamLog.of(repository, D[1]);
            assertEquals(List.of("ben", "ana", "marginalia"), forOne.stream().map(TeamLog.Entry::author).toList());
            assertEquals(List.of("annotations/ben/" + D[1] + ".xmi"), forOne.get(0).paths());
            assertEquals(List.of("annotations/ana/" + D[1] + ".xmi"), forOne.get(1).paths());
            assertEquals(List.of("documents/" + D[1] + ".txt"), forOne.get(2).paths(), "the text came with the corpus");
        }
    }

    @Test
    void aCloneKeepsItsAnalystInItsOwnConfigurationOnly() throws Exception {
        TeamFixture team = new TeamFixture(temp);
        Path ana = team.clone("ana");
        try (Git git = Git.open(ana.toFile())) {
            assertEquals("ana", git.getRepository().getConfig().getString("marginalia", null, "analyst"));
        }
        assertTrue(TeamFixture.files(ana).values().stream().noneMatch(content -> content.contains("marginalia.analyst")));
        assertTrue(Files.readString(ana.resolve(".gitignore")).contains(".marginalia.lock"));
        CorpusException notEmpty = assertThrows(CorpusException.class, () -> team.clone("ana"));
        assertTrue(notEmpty.getMessage().contains("not empty"), notEmpty.getMessage());
    }
}
