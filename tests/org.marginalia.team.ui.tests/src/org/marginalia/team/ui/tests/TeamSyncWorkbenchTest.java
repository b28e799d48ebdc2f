package org.marginalia.team.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.ui.IEditorReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marginalia.core.corpus.CorpusImporter;
import org.marginalia.core.corpus.LoadedCorpus;
import org.marginalia.model.Document;
import org.marginalia.model.MarginaliaPackage;
import org.marginalia.team.SyncResult;
import org.marginalia.team.TeamMember;
import org.marginalia.team.TeamPaths;
import org.marginalia.team.TeamRepository;
import org.marginalia.team.TeamStatus;
import org.marginalia.team.TeamSync;
import org.marginalia.team.ui.SyncCorpusJob;
import org.marginalia.team.ui.TeamDecorator;
import org.marginalia.ui.corpus.CorpusOpener;
import org.marginalia.ui.corpus.CorpusSession;
import org.marginalia.ui.preferences.MarginaliaPreferences;
import org.marginalia.ui.review.ReviewEditor;
import org.marginalia.ui.tests.support.CorpusNavigatorPage;
import org.marginalia.ui.tests.support.DemoCorpus;
import org.marginalia.ui.tests.support.DialogPage;
import org.marginalia.ui.tests.support.DocumentEditorPage;
import org.marginalia.ui.tests.support.MenuBarPage;
import org.marginalia.ui.tests.support.ReviewEditorPage;
import org.marginalia.ui.tests.support.UI;
import org.marginalia.ui.tests.support.WorkbenchPage;

/**
 * Ana works in the workbench on her clone of a team's corpus while Ben syncs from his (through the same core
 * the CLI uses, real Git in temporary folders): the Corpus view marks what Ben sent and what Ana has not, as
 * {@code team status} says; Team > Sync Corpus sends her work and brings his, and her open review shows his set.
 */
class TeamSyncWorkbenchTest {

    private static final String DOC_000 = "000_3ffbc56c78e89f21";
    private static final String DOC_003 = "003_8fdbe4dfb0182242";
    private static final Duration SYNC_TIME = Duration.ofSeconds(60);

    @TempDir
    Path temp;

    private final WorkbenchPage workbench = new WorkbenchPage();
    private final MenuBarPage menus = new MenuBarPage();
    private Path remote;
    private Path anaClone;
    private Path benClone;
    private Path demoSets;
    private LoadedCorpus corpus;

    @BeforeEach
    void aTeamOfAnaAndBen() throws Exception {
        Path first = temp.resolve("first");
        CorpusImporter.importCorpus(DemoCorpus.seeds(), first);
        demoSets = temp.resolve("demo-sets");
        Files.move(first.resolve("annotations"), demoSets);
        remote = temp.resolve("team.git");
        TeamRepository.init(first, remote.toString(), null).repository().close();
        anaClone = temp.resolve("ana");
        benClone = temp.resolve("ben");
        TeamRepository.cloneFrom(remote.toString(), anaClone, new TeamMember("ana", false)).close();
        TeamRepository.cloneFrom(remote.toString(), benClone, new TeamMember("ben", false)).close();
        tag(anaClone, "ana", DOC_003);
        sync(anaClone);
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
    void theCorpusViewMarksTheTeamsWorkAndSyncBringsItIntoAnOpenReview() throws Exception {
        tag(benClone, "ben", DOC_003);
        SyncResult bens = sync(benClone);
        assertTrue(bens.pushed(), bens.toString());

        ReviewEditorPage review = ReviewEditorPage.open(corpus, document(corpus, DOC_003));
        assertEquals(Set.of("ana"), review.session().diff().analysts(), "Ana's clone has only her own set of 003 yet");

        CorpusNavigatorPage navigator = workbench.corpusNavigator();
        navigator.waitForDocuments(corpus.corpus().getName(), 5);
        navigator.selectCorpus(corpus.corpus().getName());
        menus.click("Team", "Check Team Status");
        UI.waitUntil("003 marked with Ben's work", SYNC_TIME, () -> label(navigator, DOC_003).startsWith(TeamDecorator.COLLEAGUES_NEW_ARROW + " "));
        assertTrue(label(navigator, DOC_003).endsWith("  " + TeamDecorator.COLLEAGUES_NEW), label(navigator, DOC_003));
        assertEquals(marksOf(statusOf(anaClone)), marksShown(navigator), "the Corpus view says what 'team status' says");

        DocumentEditorPage editor = workbench.openDocument(corpus, document(corpus, DOC_000));
        editor.selectPhrase("Japan will continue to stand together with Ukraine for its efforts in realizing a just and lasting peace.", 0);
        editor.press('q');
        UI.waitUntil("a quote tagged", () -> editor.count(MarginaliaPackage.eINSTANCE.getQuote()) == 1);
        editor.pressCtrl('s');
        UI.waitUntil("000 marked as Ana's unsent work", SYNC_TIME, () -> label(navigator, DOC_000).startsWith(TeamDecorator.UNSENT_ARROW + " "));
        assertEquals(marksOf(statusOf(anaClone)), marksShown(navigator));

        navigator.selectCorpus(corpus.corpus().getName());
        menus.click("Team", "Sync Corpus");
        UI.waitUntil("the sync to end", SYNC_TIME, () -> Job.getJobManager().find(SyncCorpusJob.class).length == 0 && reopenedReview() != null);

        ReviewEditor reopened = reopenedReview();
        assertEquals(Set.of("ana", "ben"), reopened.getSession().diff().analysts(), "the open review shows the set Ben's work brought");
        LoadedCorpus reloaded = CorpusSession.getDefault().corpora().get(0);
        assertNotEquals(corpus, reloaded, "the corpus was read again");
        UI.waitUntil("the marks cleared", SYNC_TIME, () -> marksShown(navigator).isEmpty());
        assertEquals(Map.of(), marksOf(statusOf(anaClone)));
        assertTrue(Files.exists(anaClone.resolve("annotations/ben/" + DOC_003 + ".xmi")));

        assertEquals(Files.readString(anaClone.resolve("annotations/ana/" + DOC_000 + ".xmi")), inBensCloneAfterHisSync(),
                "Ben's next sync brings Ana's quote byte for byte");
    }

    @Test
    void openingAnAnalystsCloneWorksAsThatAnalystAndTheCorpusViewSaysWho() throws Exception {
        CorpusSession.getDefault().close(corpus);
        CorpusNavigatorPage navigator = workbench.corpusNavigator();
        UI.run(() -> CorpusOpener.open(benClone));
        UI.waitUntil("working as ben, whose clone it is", SYNC_TIME, () -> "ben".equals(UI.call(MarginaliaPreferences::analyst)));
        UI.waitUntil("ben's clone shown", () -> navigator.corpora().size() == 1);
        UI.waitUntil("the corpus marked as ben's", () -> navigator.corpora().get(0).contains("ben"));

        // a clone from a stranger whose configuration names an analyst that is no folder name
        Path anotherClone = temp.resolve("stranger");
        TeamRepository.cloneFrom(remote.toString(), anotherClone, new TeamMember("cara", false)).close();
        Path config = anotherClone.resolve(".git/config");
        Files.writeString(config, Files.readString(config).replace("analyst = cara", "analyst = ../ana"));
        UI.run(() -> CorpusOpener.open(anotherClone));
        UI.waitUntil("the stranger's clone shown", () -> navigator.corpora().size() == 2);
        UI.sleep(500);
        assertEquals("ben", UI.call(MarginaliaPreferences::analyst), "a clone naming no folder's analyst leaves the analyst as it was");
    }

    @Test
    void aCorpusNoTeamSharesIsNotMarkedAndSyncSaysWhatToDo() throws Exception {
        CorpusSession.getDefault().close(corpus);
        LoadedCorpus alone = DemoCorpus.openCopy(temp.resolve("alone").resolve("demo"));
        CorpusNavigatorPage navigator = workbench.corpusNavigator();
        UI.waitUntil("only the lone corpus shown", () -> navigator.corpora().size() == 1);
        String label = navigator.corpora().get(0);
        assertTrue(label.startsWith(alone.corpus().getName()), label);
        assertFalse(label.contains("["), "no team marks: " + label);
        navigator.selectCorpus(label);
        menus.click("Team", "Sync Corpus");
        DialogPage dialog = DialogPage.waitFor("Sync Corpus");
        assertTrue(dialog.text().contains("not shared with a team"), dialog.text());
        assertTrue(dialog.text().contains("marginalia team init"), dialog.text());
        dialog.click("OK");
        assertFalse(Files.exists(alone.layout().root().resolve(".git")), "nothing was made a repository");
    }

    /** The analyst's set of the document as the demo corpus's analyst of that name made it, saved in the clone. */
    private void tag(Path clone, String analyst, String documentId) throws Exception {
        Path folder = Files.createDirectories(clone.resolve("annotations").resolve(analyst));
        Files.copy(demoSets.resolve(analyst).resolve(documentId + ".xmi"), folder.resolve(documentId + ".xmi"), StandardCopyOption.REPLACE_EXISTING);
    }

    private static SyncResult sync(Path clone) throws Exception {
        try (TeamRepository team = TeamRepository.open(clone)) {
            return TeamSync.sync(team);
        }
    }

    private String inBensCloneAfterHisSync() throws Exception {
        sync(benClone);
        return Files.readString(benClone.resolve("annotations/ana/" + DOC_000 + ".xmi"));
    }

    private static TeamStatus statusOf(Path clone) throws Exception {
        try (TeamRepository team = TeamRepository.open(clone)) {
            return TeamStatus.of(team, false);
        }
    }

    /** The marked labels 'team status' implies (arrows, title, what they mean), by document id. */
    private static Map<String, String> marksOf(TeamStatus status) {
        Set<String> documents = new TreeSet<>();
        for (List<String> paths : List.of(status.ownChanges(), status.unsent(), status.colleaguesNew())) {
            paths.stream().map(TeamPaths::documentOf).filter(id -> id != null).forEach(documents::add);
        }
        LoadedCorpus shown = CorpusSession.getDefault().corpora().get(0);
        Map<String, String> marks = new TreeMap<>();
        documents.forEach(id -> marks.put(id,
                TeamDecorator.arrows(status, id) + " " + title(document(shown, id)) + "  " + TeamDecorator.words(status, id)));
        return marks;
    }

    /** The labels the Corpus view shows that are more than a title, by document id. */
    private Map<String, String> marksShown(CorpusNavigatorPage navigator) {
        LoadedCorpus shown = CorpusSession.getDefault().corpora().get(0);
        Map<String, String> marks = new TreeMap<>();
        for (Document document : shown.corpus().getDocuments()) {
            String label = label(navigator, document.getId());
            if (!label.equals(title(document))) {
                marks.put(document.getId(), label);
            }
        }
        return marks;
    }

    private static String label(CorpusNavigatorPage navigator, String documentId) {
        LoadedCorpus shown = CorpusSession.getDefault().corpora().get(0);
        String title = title(document(shown, documentId));
        return navigator.documents(shown.corpus().getName()).stream().filter(l -> l.contains(title)).findFirst().orElse("");
    }

    private static String title(Document document) {
        return document.getTitle() == null || document.getTitle().isBlank() ? document.getId() : document.getTitle();
    }

    private static Document document(LoadedCorpus corpus, String id) {
        return corpus.corpus().getDocuments().stream().filter(d -> d.getId().equals(id)).findFirst().orElseThrow();
    }

    private static ReviewEditor reopenedReview() {
        return UI.call(() -> {
            for (IEditorReference reference : WorkbenchPage.page().getEditorReferences()) {
                if (ReviewEditor.ID.equals(reference.getId()) && reference.getEditor(false) instanceof ReviewEditor editor
                        && editor.getSession() != null && editor.getSession().diff().analysts().contains("ben")) {
                    return editor;
                }
            }
            return null;
        });
    }
}
