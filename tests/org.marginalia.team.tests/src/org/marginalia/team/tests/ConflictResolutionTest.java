package org.marginalia.team.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.ecore.EPackage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marginalia.core.corpus.CorpusException;
import org.marginalia.core.corpus.CorpusStore;
import org.marginalia.core.schema.CorpusSchema;
import org.marginalia.model.Document;
import org.marginalia.model.Entity;
import org.marginalia.team.ConflictResolution;
import org.marginalia.team.ConflictResolution.Side;
import org.marginalia.team.ConflictSubject;
import org.marginalia.team.OpenConflicts;
import org.marginalia.team.SyncResult;
import org.marginalia.team.TeamMember;
import org.marginalia.team.TeamRepository;

/**
 * Open conflicts are remembered in the clone that merged (not committed, still there when the clone is opened
 * again) until the analyst keeps one side; the choice is written into the corpus, the next sync sends it, and a
 * choice that would leave something unreadable is refused with the reason.
 */
class ConflictResolutionTest {

    private static final String[] D = TeamFixture.DOCUMENTS;

    @TempDir
    Path temp;

    private static List<OpenConflicts.Open> open(Path clone) throws CorpusException {
        try (TeamRepository team = TeamRepository.open(clone)) {
            return OpenConflicts.of(team);
        }
    }

    private static String resolve(Path clone, int number, Side keep) throws CorpusException {
        try (TeamRepository team = TeamRepository.open(clone)) {
            return ConflictResolution.resolve(team, number, keep);
        }
    }

    @Test
    void keepingTheirNameRenamesTheEntityDropsTheAliasAndTheNextSyncSendsIt() throws Exception {
        TeamFixture team = new TeamFixture(temp);
        Path ana = team.clone("ana");
        Path ben = team.clone("ben");
        TeamFixture.renameSybihaTwoWays(ana, ben);
        TeamFixture.sync(ana);
        TeamFixture.sync(ben);

        List<OpenConflicts.Open> conflicts = open(ben);
        assertEquals(1, conflicts.size(), conflicts.toString());
        assertEquals(ConflictSubject.Kind.VALUE, conflicts.get(0).conflict().subject().kind());
        assertTrue(open(ana).isEmpty(), "only the clone that merged has the conflict to settle");
        assertTrue(TeamFixture.files(ben).values().stream().noneMatch(text -> text.contains("[conflict")),
                "open conflicts are kept in the clone's Git folder, not among the corpus's files");

        String done = resolve(ben, conflicts.get(0).number(), Side.THEIRS);

        assertTrue(done.contains("Andriy Sybiha"), done);
        Entity entity = TeamFixture.entity(ben, "person.andrii-sybiha");
        assertEquals("Andriy Sybiha", entity.getName());
        assertFalse(entity.getAliases().contains("Andriy Sybiha"), "the alias that kept their name is dropped");
        assertEquals(List.of(), open(ben), "the conflict is closed");
        SyncResult sent = TeamFixture.sync(ben);
        assertEquals(List.of("corpus.marginalia"), sent.committed());
        TeamFixture.sync(ana);
        assertEquals("Andriy Sybiha", TeamFixture.entity(ana, "person.andrii-sybiha").getName());
        TeamFixture.assertSameFiles(ana, ben);
    }

    @Test
    void oneTextUnderTwoIdsKeepsOneDocumentUnlessSetsAnnotateTheOther() throws Exception {
        TeamFixture team = new TeamFixture(temp);
        Path ana = team.clone("ana");
        Path ben = team.clone("ben");
        team.addOneTextUnderTwoIds(ana, ben);
        TeamFixture.sync(ana);
        TeamFixture.sync(ben);
        OpenConflicts.Open conflict = open(ben).stream().filter(o -> o.conflict().subject().kind() == ConflictSubject.Kind.TEXT_UNDER_TWO_IDS)
                .findFirst().orElseThrow();
        Path bensSet = Files.createDirectories(ben.resolve("annotations/ben")).resolve("sunday.xmi");
        Files.copy(team.demoSets.resolve("ben/" + D[0] + ".xmi"), bensSet);

        CorpusException refused = assertThrows(CorpusException.class, () -> resolve(ben, conflict.number(), Side.THEIRS));

        assertTrue(refused.getMessage().contains("annotations/ben/sunday.xmi"), "the refusal names the set: " + refused.getMessage());
        assertNotNull(document(ben, "sunday"), "nothing was removed");
        assertEquals(1, open(ben).size(), "the conflict stays open");

        Files.delete(bensSet);
        resolve(ben, conflict.number(), Side.THEIRS);
        assertNull(document(ben, "sunday"), "ben's id of the text is removed");
        assertFalse(Files.exists(ben.resolve("documents/sunday.txt")));
        assertNotNull(document(ben, "late_report"));
        assertTrue(CorpusStore.load(ben).problems().isEmpty());
        assertEquals(List.of(), open(ben));
    }

    @Test
    void aSchemaRemovalIsAppliedOnlyOnceNoSetUsesIt() throws Exception {
        TeamFixture team = new TeamFixture(temp);
        Path ana = team.clone("ana");
        Path ben = team.clone("ben");
        TeamFixture.changeSchema(ana, schema -> schema.getEClassifiers().remove(schema.getEClassifier("Claim")));
        TeamFixture.sync(ana);
        team.tag(ben, "ben", D[0], D[1]);
        TeamFixture.sync(ben);
        OpenConflicts.Open removal = open(ben).get(0);
        assertEquals("kind Claim", removal.conflict().element());

        CorpusException refused = assertThrows(CorpusException.class, () -> resolve(ben, removal.number(), Side.THEIRS));
        assertTrue(refused.getMessage().contains("kind Claim") && refused.getMessage().contains(D[0]), refused.getMessage());
        assertNotNull(schema(ben).getEClassifier("Claim"));

        Files.delete(ben.resolve("annotations/ben/" + D[0] + ".xmi")); // ben drops the set that tags Claims
        String done = resolve(ben, removal.number(), Side.THEIRS);

        assertTrue(done.contains("removed kind Claim"), done);
        assertNull(schema(ben).getEClassifier("Claim"));
        TeamFixture.assertEverythingReadable(ben);
        SyncResult sent = TeamFixture.sync(ben);
        assertTrue(sent.committed().contains("schema.ecore"), sent.committed().toString());
        assertEquals(List.of(), open(ben));
    }

    @Test
    void aSetDeletedInOneCloneAndChangedInAnotherComesBackAndKeepingYoursDeletesItAgain() throws Exception {
        TeamFixture team = new TeamFixture(temp);
        Path laptop = team.clone("ana");
        team.tag(laptop, "ana", D[0]);
        TeamFixture.sync(laptop);
        Path desktop = temp.resolve("ana-desktop");
        TeamRepository.cloneFrom(team.remote.toString(), desktop, new TeamMember("ana", false)).close();
        String set = "annotations/ana/" + D[0] + ".xmi";
        TeamFixture.editNote(laptop, "ana", D[0], "changed on the laptop");
        TeamFixture.sync(laptop);
        Files.delete(desktop.resolve(set));

        TeamFixture.sync(desktop);
        assertTrue(Files.exists(desktop.resolve(set)), "the merge keeps the version the laptop changed");
        OpenConflicts.Open conflict = open(desktop).get(0);
        String done = resolve(desktop, conflict.number(), Side.YOURS);

        assertFalse(Files.exists(desktop.resolve(set)), done);
        assertEquals(List.of(), open(desktop));
        assertTrue(TeamFixture.sync(desktop).committed().contains(set), "the next sync sends the deletion");
    }

    @Test
    void keepingYoursClosesTheConflictAndAnUnknownNumberIsRefused() throws Exception {
        TeamFixture team = new TeamFixture(temp);
        Path ana = team.clone("ana");
        Path ben = team.clone("ben");
        TeamFixture.renameSybihaTwoWays(ana, ben);
        TeamFixture.sync(ana);
        TeamFixture.sync(ben);
        int number = open(ben).get(0).number();

        CorpusException unknown = assertThrows(CorpusException.class, () -> resolve(ben, number + 1, Side.YOURS));
        assertTrue(unknown.getMessage().contains("no open conflict " + (number + 1)), unknown.getMessage());

        resolve(ben, number, Side.YOURS);
        Entity entity = TeamFixture.entity(ben, "person.andrii-sybiha");
        assertEquals("Andrij Sybiha", entity.getName());
        assertFalse(entity.getAliases().contains("Andriy Sybiha"), "their name, kept as an alias until ben chose, goes");
        assertEquals(List.of(), open(ben));
    }

    private static EPackage schema(Path clone) throws Exception {
        return CorpusSchema.of(CorpusStore.load(clone)).customPackage().orElseThrow();
    }

    private static Document document(Path clone, String id) throws Exception {
        return CorpusStore.load(clone).corpus().getDocuments().stream().filter(d -> d.getId().equals(id)).findFirst().orElse(null);
    }
}
