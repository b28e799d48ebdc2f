package org.marginalia.team.ui.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.IWorkbenchCommandConstants;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marginalia.core.corpus.AnnotationStore;
import org.marginalia.core.corpus.CorpusImporter;
import org.marginalia.core.corpus.CorpusStore;
import org.marginalia.core.corpus.LoadedCorpus;
import org.marginalia.model.Annotation;
import org.marginalia.model.AnnotationSet;
import org.marginalia.model.Document;
import org.marginalia.model.MarginaliaPackage;
import org.marginalia.core.edit.AnnotationEdits;
import org.marginalia.team.TeamMember;
import org.marginalia.team.TeamRepository;
import org.marginalia.team.TeamSync;
import org.marginalia.ui.corpus.CorpusAnnotations;
import org.marginalia.ui.corpus.CorpusSession;
import org.marginalia.ui.editor.ReadOnlySetInput;
import org.marginalia.ui.preferences.MarginaliaPreferences;
import org.marginalia.ui.tests.support.DemoCorpus;
import org.marginalia.ui.tests.support.DialogPage;
import org.marginalia.ui.tests.support.DocumentEditorPage;
import org.marginalia.ui.tests.support.ReviewEditorPage;
import org.marginalia.ui.tests.support.UI;
import org.marginalia.ui.tests.support.WorkbenchPage;

/**
 * Show Set History... from a document's review: Ana committed her set twice (the second time with one
 * annotation fewer); the history lists both commits, and the older opens in the document editor with the
 * annotations it had, read only: tagging, deleting, the Properties view and Save change nothing, and her working
 * set stays as it is, in memory and on disk.
 */
class SetHistoryWorkbenchTest {

    private static final String COMMAND = "org.marginalia.team.ui.commands.showSetHistory";
    private static final String DOCUMENT = "003_8fdbe4dfb0182242";
    private static final String SET = "annotations/ana/" + DOCUMENT + ".xmi";

    @TempDir
    Path temp;

    private final WorkbenchPage workbench = new WorkbenchPage();
    private Path clone;
    private int olderCount;

    @BeforeEach
    void anaCommitsHerSetTwice() throws Exception {
        Path first = temp.resolve("first");
        CorpusImporter.importCorpus(DemoCorpus.seeds(), first);
        Path demoSets = temp.resolve("demo-sets");
        Files.move(first.resolve("annotations"), demoSets);
        Path remote = temp.resolve("team.git");
        TeamRepository.init(first, remote.toString(), null).repository().close();
        clone = temp.resolve("ana");
        TeamRepository.cloneFrom(remote.toString(), clone, new TeamMember("ana", false)).close();
        Files.createDirectories(clone.resolve("annotations/ana"));
        Files.copy(demoSets.resolve("ana").resolve(DOCUMENT + ".xmi"), clone.resolve(SET), StandardCopyOption.REPLACE_EXISTING);
        sync();
        LoadedCorpus onDisk = CorpusStore.load(clone);
        AnnotationSet set = AnnotationStore.loadAll(onDisk).analystSet("ana", DOCUMENT).orElseThrow();
        olderCount = set.getAnnotations().size();
        set.getAnnotations().remove(0);
        AnnotationStore.save(onDisk, set);
        sync();
        UI.run(() -> MarginaliaPreferences.setAnalyst("ana"));
    }

    @AfterEach
    void closeTheCorpus() {
        DialogPage.closeAll();
        workbench.closeAllEditors();
        CorpusSession.getDefault().corpora().forEach(CorpusSession.getDefault()::close);
    }

    @Test
    void theOlderCommitShowsItsAnnotationsReadOnlyAndTheWorkingSetIsUntouched() throws Exception {
        LoadedCorpus corpus = CorpusSession.getDefault().open(clone);
        Document document = corpus.document(DOCUMENT);
        byte[] workingFile = Files.readAllBytes(clone.resolve(SET));
        CorpusAnnotations annotations = CorpusSession.getDefault().annotations(corpus);
        AnnotationSet working = UI.call(() -> annotations.setFor(document, "ana"));
        assertEquals(olderCount - 1, working.getAnnotations().size());

        ReviewEditorPage.open(corpus, document);
        runCommandForDialog(COMMAND, "Set History");
        DialogPage history = DialogPage.waitFor("Set History");
        List<List<String>> rows = history.tableRows();
        assertEquals(2, rows.size(), "the two commits of Ana's set: " + rows);
        for (List<String> row : rows) {
            assertEquals("ana's set of " + DOCUMENT, row.get(0));
            assertEquals("ana", row.get(2));
            assertTrue(row.get(3).startsWith("ana: "), row.toString());
        }
        chooseRow("Set History", 1); // the older
        history.click("Open Read Only");

        DocumentEditorPage editor = workbench.activeDocumentEditor();
        assertTrue(UI.call(() -> editor.editor().getEditorInput() instanceof ReadOnlySetInput), "the version opens read only");
        assertEquals(olderCount, editor.annotations().size(), "the older commit shows the annotation removed since");
        assertTrue(editor.title().contains("@ "), editor.title());

        Annotation first = editor.annotations().get(0);
        List<String> before = kindsAndNotes(editor.annotations());
        editor.select(first.getBegin(), first.getEnd());
        editor.press(SWT.DEL);
        editor.press(first.eClass() == MarginaliaPackage.eINSTANCE.getQuote() ? 'f' : 'q');
        editor.setProperty("Note", "changed in the past");
        editor.select(0, 5);
        editor.press('q');
        assertEquals(before, kindsAndNotes(editor.annotations()), "nothing of the old version changed");
        assertTrue(UI.call(() -> editor.editor().lastMessage()).contains("read only"), UI.call(() -> editor.editor().lastMessage()));
        assertFalse(editor.isDirty());
        editor.pressCtrl('s');

        assertEquals(olderCount - 1, working.getAnnotations().size(), "the working set is as it was");
        assertFalse(UI.call(() -> annotations.editing().isModified(working)));
        assertArrayEquals(workingFile, Files.readAllBytes(clone.resolve(SET)), "the working set's file is untouched");
        // a change made in another part is on the corpus's one command stack: Undo in the old version must not take it back
        Annotation removedElsewhere = UI.call(() -> working.getAnnotations().get(0));
        UI.run(() -> annotations.editing().execute(AnnotationEdits.delete(annotations.editing().domain(), removedElsewhere)));
        assertFalse(UI.call(() -> PlatformUI.getWorkbench().getService(ICommandService.class).getCommand(IWorkbenchCommandConstants.EDIT_UNDO).isEnabled()),
                "no Undo while the old version is the active editor");
        editor.pressCtrl('z');
        UI.sleep(500); // the posted keys are handled meanwhile: nothing may come of them
        assertFalse(UI.call(() -> working.getAnnotations().contains(removedElsewhere)), "Undo in the old version left the change made elsewhere");
        UI.run(() -> annotations.editing().stack().undo());
        assertEquals(olderCount - 1, working.getAnnotations().size());
        UI.run(() -> WorkbenchPage.page().closeEditor(editor.editor(), true));
        assertEquals(olderCount - 1, UI.call(() -> annotations.setFor(document, "ana")).getAnnotations().size(), "closing it reverted nothing");
        assertArrayEquals(workingFile, Files.readAllBytes(clone.resolve(SET)));
    }

    private void sync() throws Exception {
        try (TeamRepository team = TeamRepository.open(clone)) {
            TeamSync.sync(team);
        }
    }

    private static List<String> kindsAndNotes(List<Annotation> annotations) {
        return UI.call(() -> annotations.stream().map(a -> a.eClass().getName() + " " + a.getBegin() + "-" + a.getEnd() + " " + a.getNote()).toList());
    }

    /**
     * Runs the command as its menu item would, after this returns (it opens a modal dialog the test then answers),
     * and waits for the dialog titled {@code title}, or fails with the command's own failure.
     */
    private static void runCommandForDialog(String commandId, String title) {
        AtomicReference<Exception> failure = new AtomicReference<>();
        UI.display().asyncExec(() -> {
            try {
                PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand(commandId, null);
            } catch (Exception e) {
                failure.set(e);
            }
        });
        UI.waitUntil("the dialog '" + title + "'", () -> failure.get() != null || shellTitled(title) != null);
        if (failure.get() != null) {
            throw new AssertionError(commandId + " failed", failure.get());
        }
    }

    private static Shell shellTitled(String title) {
        for (Shell shell : UI.display().getShells()) {
            if (!shell.isDisposed() && shell.isVisible() && title.equals(shell.getText())) {
                return shell;
            }
        }
        return null;
    }

    /** Selects a row of the dialog's table as a click would. */
    private static void chooseRow(String title, int index) {
        UI.run(() -> {
            Table table = tableIn(shellTitled(title));
            table.setSelection(index);
            table.notifyListeners(SWT.Selection, new Event());
        });
    }

    private static Table tableIn(Control control) {
        if (control instanceof Table table) {
            return table;
        }
        if (control instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                Table found = tableIn(child);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
