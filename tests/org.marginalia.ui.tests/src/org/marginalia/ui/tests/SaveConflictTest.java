package org.marginalia.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marginalia.core.corpus.AnnotationStore;
import org.marginalia.core.corpus.CorpusStore;
import org.marginalia.core.corpus.LoadedCorpus;
import org.marginalia.model.AnnotationSet;
import org.marginalia.ui.corpus.CorpusSession;
import org.marginalia.ui.editor.SaveConflictDialog;
import org.marginalia.ui.preferences.MarginaliaPreferences;
import org.marginalia.ui.tests.support.DemoCorpus;
import org.marginalia.ui.tests.support.DocumentEditorPage;
import org.marginalia.ui.tests.support.MessageDialogPage;
import org.marginalia.ui.tests.support.UI;
import org.marginalia.ui.tests.support.WorkbenchPage;

/**
 * Someone else saves the file an analyst is editing (a second window, a colleague on a shared drive, a Git
 * pull): Ctrl+S asks instead of overwriting, and each answer keeps one whole version.
 */
class SaveConflictTest {

    private static final String DOC_000 = "000_3ffbc56c78e89f21";
    private static final String PHRASE = "bolster cooperation";

    @TempDir
    Path temp;

    private final WorkbenchPage workbench = new WorkbenchPage();
    private LoadedCorpus corpus;

    @BeforeEach
    void openACopyOfTheDemoCorpus() throws Exception {
        corpus = DemoCorpus.openCopy(temp.resolve("demo"));
        UI.run(() -> MarginaliaPreferences.setAnalyst("ana"));
    }

    @AfterEach
    void closeEverything() {
        workbench.closeAllEditors();
        CorpusSession.getDefault().close(corpus);
    }

    /** Another program changes ana's file: the first annotation gets a note. */
    private void someoneElseSaves(String note) throws Exception {
        LoadedCorpus other = CorpusStore.load(corpus.layout().root());
        AnnotationSet set = AnnotationStore.loadAll(other).analystSet("ana", DOC_000).orElseThrow();
        set.getAnnotations().get(0).setNote(note);
        AnnotationStore.save(other, set);
    }

    private AnnotationSet onDisk() throws Exception {
        return AnnotationStore.loadAll(CorpusStore.load(corpus.layout().root())).analystSet("ana", DOC_000).orElseThrow();
    }

    private DocumentEditorPage tagAPhraseAfterSomeoneElseSaved() throws Exception {
        DocumentEditorPage editor = workbench.openDocument(corpus, corpus.document(DOC_000));
        int before = editor.annotations().size();
        editor.selectPhrase(PHRASE, 0);
        editor.press('e');
        UI.waitUntil("the new mention", () -> editor.annotations().size() == before + 1);
        someoneElseSaves("theirs");
        return editor;
    }

    @Test
    void overwritingReplacesTheirVersionWithMine() throws Exception {
        DocumentEditorPage editor = tagAPhraseAfterSomeoneElseSaved();
        int mine = editor.annotations().size();
        editor.pressCtrl('s');
        MessageDialogPage dialog = MessageDialogPage.waitFor(SaveConflictDialog.TITLE);
        assertEquals(List.of("Reload Theirs", "Overwrite with Mine", "Save Mine as a Copy...", "Cancel"), dialog.buttons());
        dialog.click("Overwrite with Mine");
        UI.waitUntil("the save", () -> !editor.isDirty());
        assertEquals(mine, onDisk().getAnnotations().size());
    }

    @Test
    void reloadingShowsTheirVersionAndDropsMine() throws Exception {
        DocumentEditorPage editor = tagAPhraseAfterSomeoneElseSaved();
        int theirs = onDisk().getAnnotations().size();
        editor.pressCtrl('s');
        MessageDialogPage.waitFor(SaveConflictDialog.TITLE).click("Reload Theirs");
        UI.waitUntil("their version", () -> !editor.isDirty() && editor.annotations().size() == theirs);
        assertEquals("theirs", editor.annotations().get(0).getNote(), "their change is shown; my unsaved mention is gone");
    }

    @Test
    void cancellingWritesNothingAndKeepsMyChanges() throws Exception {
        DocumentEditorPage editor = tagAPhraseAfterSomeoneElseSaved();
        editor.pressCtrl('s');
        MessageDialogPage.waitFor(SaveConflictDialog.TITLE).click("Cancel");
        assertTrue(editor.isDirty());
        assertEquals("theirs", onDisk().getAnnotations().get(0).getNote());
        assertFalse(onDisk().getAnnotations().size() == editor.annotations().size());
    }
}
