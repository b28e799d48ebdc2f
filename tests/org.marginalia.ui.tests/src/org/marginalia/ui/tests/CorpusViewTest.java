package org.marginalia.ui.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marginalia.core.corpus.AnnotationStore;
import org.marginalia.core.corpus.LoadedCorpus;
import org.marginalia.ui.corpus.CorpusSession;
import org.marginalia.ui.preferences.MarginaliaPreferences;
import org.marginalia.ui.tests.support.CorpusNavigatorPage;
import org.marginalia.ui.tests.support.DemoCorpus;
import org.marginalia.ui.tests.support.DialogPage;
import org.marginalia.ui.tests.support.DocumentEditorPage;
import org.marginalia.ui.tests.support.MenuBarPage;
import org.marginalia.ui.tests.support.MessageDialogPage;
import org.marginalia.ui.tests.support.UI;
import org.marginalia.ui.tests.support.WorkbenchPage;

/**
 * Two copies of the demo corpus open at once, as when an analyst compares a colleague's folder with their
 * own: the Corpus view tells them apart, shows what it cuts off in a tool tip, and closes one of them.
 */
class CorpusViewTest {

    private static final String DOC_000 = "000_3ffbc56c78e89f21";
    private static final String SAVE_DIALOG = "Save Resource";

    @TempDir
    Path temp;

    private final WorkbenchPage workbench = new WorkbenchPage();
    private final MenuBarPage menus = new MenuBarPage();
    private LoadedCorpus mine;
    private LoadedCorpus theirs;
    private CorpusNavigatorPage navigator;

    @BeforeEach
    void openTwoCopiesOfTheDemo() throws Exception {
        mine = DemoCorpus.openCopy(temp.resolve("a").resolve("demo"));
        theirs = DemoCorpus.openCopy(temp.resolve("b").resolve("demo"));
        UI.run(() -> MarginaliaPreferences.setAnalyst("ana"));
        navigator = workbench.corpusNavigator();
        UI.waitUntil("both copies in the Corpus view", () -> labelOf(mine) != null && labelOf(theirs) != null);
    }

    @AfterEach
    void closeBoth() {
        DialogPage.closeAll();
        workbench.closeAllEditors();
        CorpusSession.getDefault().close(mine);
        CorpusSession.getDefault().close(theirs);
    }

    private String labelOf(LoadedCorpus corpus) {
        String folder = corpus.layout().root().getParent().getFileName() + "/demo";
        return navigator.corpora().stream().filter(label -> label.startsWith(corpus.corpus().getName()) && label.endsWith("/" + folder))
                .findFirst().orElse(null);
    }

    @Test
    void corporaOfTheSameNameAreToldApartByTheirFolders() {
        String a = labelOf(mine);
        String b = labelOf(theirs);
        assertNotEquals(a, b);
        assertTrue(a.startsWith(mine.corpus().getName() + "  (5 documents)  \u2026/"), a);
        assertTrue(navigator.hoverCorpus(a).contains(mine.layout().root().toString()), "the tool tip gives the whole path");
        assertTrue(navigator.hoverCorpus(b).contains(theirs.layout().root().toString()));
    }

    @Test
    void aTitleCutOffByTheViewIsWholeInItsToolTip() {
        String title = mine.corpus().getDocuments().stream().map(d -> d.getTitle()).max(Comparator.comparingInt(String::length)).orElseThrow();
        String corpus = labelOf(mine);
        assertTrue(navigator.isCutOff(corpus, title), "the view is narrower than the title '" + title + "'");
        String tip = navigator.hoverDocument(corpus, title);
        assertTrue(tip.startsWith(title + "\n"), tip);
    }

    @Test
    void closeCorpusIsOfferedOnlyWhileACorpusIsSelected() {
        workbench.openDocument(mine, mine.document(DOC_000));
        assertFalse(menus.isEnabled("Marginalia", "Close Corpus"), "an editor has the selection");
        navigator.selectCorpus(labelOf(mine));
        assertTrue(menus.isEnabled("Marginalia", "Close Corpus"));
        assertTrue(menus.items("Marginalia").indexOf("Close Corpus") == menus.items("Marginalia").indexOf("Open Corpus...") + 1,
                menus.items("Marginalia").toString());
    }

    @Test
    void closingACorpusClosesItsEditorsAndLeavesTheOtherOpen() {
        workbench.openDocument(mine, mine.document(DOC_000));
        workbench.openDocument(theirs, theirs.document(DOC_000));
        navigator.selectDocument(labelOf(mine), mine.document(DOC_000).getTitle());

        menus.click("Marginalia", "Close Corpus");

        UI.waitUntil("my copy to close", () -> !CorpusSession.getDefault().corpora().contains(mine));
        UI.waitUntil("my copy to leave the Corpus view", () -> labelOf(mine) == null);
        assertEquals(1, workbench.openEditorCount(), "their editor stays");
        assertTrue(CorpusSession.getDefault().corpora().contains(theirs));
    }

    @Test
    void closingACorpusWithUnsavedChangesAsksFirstAndCancelKeepsEverything() throws Exception {
        Path file = AnnotationStore.analystFile(mine.layout(), "ana", DOC_000);
        byte[] before = Files.readAllBytes(file);
        DocumentEditorPage editor = tagAPhrase();
        navigator.selectCorpus(labelOf(mine));

        menus.click("Marginalia", "Close Corpus");
        MessageDialogPage question = MessageDialogPage.waitFor(SAVE_DIALOG);
        assertEquals(Set.of("Save", "Don't Save", "Cancel"), Set.copyOf(question.buttons()));
        question.click("Cancel");
        assertTrue(CorpusSession.getDefault().corpora().contains(mine), "cancelled: the corpus stays open");
        assertTrue(editor.isDirty(), "and the change stays unsaved in its editor");

        navigator.selectCorpus(labelOf(mine));
        menus.click("Marginalia", "Close Corpus");
        MessageDialogPage.waitFor(SAVE_DIALOG).click("Don't Save");
        UI.waitUntil("my copy to close", () -> !CorpusSession.getDefault().corpora().contains(mine));
        assertEquals(0, workbench.openEditorCount());
        assertArrayEquals(before, Files.readAllBytes(file), "not saved");
    }

    @Test
    void closingACorpusCanSaveItsChangesFirst() throws Exception {
        DocumentEditorPage editor = tagAPhrase();
        int annotations = editor.annotations().size();
        navigator.selectCorpus(labelOf(mine));

        menus.click("Marginalia", "Close Corpus");
        MessageDialogPage.waitFor(SAVE_DIALOG).click("Save");

        UI.waitUntil("my copy to close", () -> !CorpusSession.getDefault().corpora().contains(mine));
        LoadedCorpus reopened = CorpusSession.getDefault().open(mine.layout().root());
        try {
            assertEquals(annotations, CorpusSession.getDefault().annotations(reopened).sets().stream()
                    .filter(s -> "ana".equals(s.getAnalystId()) && DOC_000.equals(s.getDocument().getId())).findFirst().orElseThrow()
                    .getAnnotations().size());
        } finally {
            CorpusSession.getDefault().close(reopened);
        }
    }

    private DocumentEditorPage tagAPhrase() {
        DocumentEditorPage editor = workbench.openDocument(mine, mine.document(DOC_000));
        int before = editor.annotations().size();
        editor.selectPhrase("bolster cooperation", 0);
        editor.press('e');
        UI.waitUntil("the new mention", () -> editor.annotations().size() == before + 1);
        assertTrue(editor.isDirty());
        return editor;
    }
}
