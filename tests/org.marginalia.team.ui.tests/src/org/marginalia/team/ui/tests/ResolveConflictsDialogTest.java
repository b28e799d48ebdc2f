package org.marginalia.team.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marginalia.core.corpus.CorpusImporter;
import org.marginalia.core.corpus.CorpusStore;
import org.marginalia.core.corpus.LoadedCorpus;
import org.marginalia.model.Entity;
import org.marginalia.team.ConflictResolution;
import org.marginalia.team.OpenConflicts;
import org.marginalia.team.SyncResult;
import org.marginalia.team.TeamMember;
import org.marginalia.team.TeamRepository;
import org.marginalia.team.TeamSync;
import org.marginalia.ui.corpus.CorpusSession;
import org.marginalia.ui.preferences.MarginaliaPreferences;
import org.marginalia.ui.tests.support.CorpusNavigatorPage;
import org.marginalia.ui.tests.support.DemoCorpus;
import org.marginalia.ui.tests.support.DialogPage;
import org.marginalia.ui.tests.support.MenuBarPage;
import org.marginalia.ui.tests.support.UI;
import org.marginalia.ui.tests.support.WorkbenchPage;

/**
 * Ana and Ben renamed one entity two ways; Ana's sync (through the core the CLI uses, real Git in temporary
 * folders) kept both names. In the workbench, Team > Resolve Conflicts... lists the conflict with both sides;
 * Keep Theirs writes Ben's name into Ana's corpus file, and the open corpus is read again with it.
 */
class ResolveConflictsDialogTest {

    private static final String SYBIHA = "person.andrii-sybiha";
    private static final Duration RELOAD_TIME = Duration.ofSeconds(60);

    @TempDir
    Path temp;

    private final WorkbenchPage workbench = new WorkbenchPage();
    private final MenuBarPage menus = new MenuBarPage();
    private Path anaClone;
    private LoadedCorpus corpus;

    @BeforeEach
    void anEntityRenamedTwoWays() throws Exception {
        Path first = temp.resolve("first");
        CorpusImporter.importCorpus(DemoCorpus.seeds(), first);
        Path remote = temp.resolve("team.git");
        TeamRepository.init(first, remote.toString(), null).repository().close();
        anaClone = temp.resolve("ana");
        Path benClone = temp.resolve("ben");
        TeamRepository.cloneFrom(remote.toString(), anaClone, new TeamMember("ana", false)).close();
        TeamRepository.cloneFrom(remote.toString(), benClone, new TeamMember("ben", false)).close();
        rename(benClone, "Andriy Sybiha");
        rename(anaClone, "Andrij Sybiha");
        sync(benClone);
        SyncResult anas = sync(anaClone);
        assertEquals(1, anas.conflicts().size(), anas.conflicts().toString());
        UI.run(() -> MarginaliaPreferences.setAnalyst("ana"));
        corpus = CorpusSession.getDefault().open(anaClone);
    }

    @AfterEach
    void closeTheCorpus() {
        DialogPage.closeAll();
        workbench.closeAllEditors();
        CorpusSession.getDefault().corpora().forEach(CorpusSession.getDefault()::close);
    }

    @Test
    void keepTheirsWritesTheirNameAndTheOpenCorpusIsReadAgain() throws Exception {
        CorpusNavigatorPage navigator = workbench.corpusNavigator();
        navigator.waitForDocuments(corpus.corpus().getName(), 5);
        navigator.selectCorpus(corpus.corpus().getName());
        menus.click("Team", "Resolve Conflicts...");
        DialogPage dialog = DialogPage.waitFor("Resolve Conflicts");

        List<List<String>> rows = dialog.tableRows();
        assertEquals(1, rows.size(), rows.toString());
        assertEquals(List.of("1", "corpus.marginalia (entity " + SYBIHA + ")", "name 'Andrij Sybiha'", "name 'Andriy Sybiha'"), rows.get(0).subList(0, 4),
                "both sides side by side");
        assertTrue(dialog.buttons().containsAll(List.of("Keep Yours", "Keep Theirs")), dialog.buttons().toString());

        dialog.click("Keep Theirs");
        dialog.waitUntilClosed();

        Entity written = entity(CorpusStore.load(anaClone));
        assertEquals("Andriy Sybiha", written.getName(), "the corpus file has their name");
        assertFalse(written.getAliases().contains("Andriy Sybiha"), "the alias that kept their name is gone");
        assertTrue(Files.readString(anaClone.resolve("corpus.marginalia")).contains("name=\"Andriy Sybiha\""));
        UI.waitUntil("the corpus read again", RELOAD_TIME, () -> CorpusSession.getDefault().corpora().size() == 1
                && CorpusSession.getDefault().corpora().get(0) != corpus);
        LoadedCorpus reloaded = CorpusSession.getDefault().corpora().get(0);
        assertNotEquals(corpus, reloaded);
        assertEquals("Andriy Sybiha", entity(reloaded).getName(), "the workbench's model shows the choice");
        try (TeamRepository team = TeamRepository.open(anaClone)) {
            assertEquals(List.of(), OpenConflicts.of(team), "the conflict is closed");
        }
    }

    @Test
    void aCloneWithoutOpenConflictsSaysSo() throws Exception {
        try (TeamRepository team = TeamRepository.open(anaClone)) {
            ConflictResolution.resolve(team, 1, ConflictResolution.Side.YOURS);
        }
        CorpusNavigatorPage navigator = workbench.corpusNavigator();
        navigator.waitForDocuments(corpus.corpus().getName(), 5);
        navigator.selectCorpus(corpus.corpus().getName());
        menus.click("Team", "Resolve Conflicts...");
        DialogPage dialog = DialogPage.waitFor("Resolve Conflicts");
        assertTrue(dialog.text().contains("no open conflicts"), dialog.text());
        dialog.click("OK");
        dialog.waitUntilClosed();
    }

    private static void rename(Path clone, String name) throws Exception {
        LoadedCorpus loaded = CorpusStore.load(clone);
        entity(loaded).setName(name);
        CorpusStore.writeDescription(loaded.corpus(), loaded.layout().description());
    }

    private static Entity entity(LoadedCorpus corpus) {
        return corpus.corpus().getEntities().stream().filter(e -> e.getId().equals(SYBIHA)).findFirst().orElseThrow();
    }

    private static SyncResult sync(Path clone) throws Exception {
        try (TeamRepository team = TeamRepository.open(clone)) {
            return TeamSync.sync(team);
        }
    }
}
