package org.marginalia.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.PartInitException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marginalia.core.corpus.LoadedCorpus;
import org.marginalia.ui.corpus.CorpusSession;
import org.marginalia.ui.tests.support.DemoCorpus;
import org.marginalia.ui.tests.support.DocumentEditorPage;
import org.marginalia.ui.tests.support.UI;
import org.marginalia.ui.tests.support.WorkbenchPage;
import org.marginalia.ui.views.CrossSourceView;

/** The Cross-source view lists where the demo's sources disagree and opens the spans. */
class CrossSourceViewTest {

    @TempDir
    Path temp;

    private final WorkbenchPage workbench = new WorkbenchPage();
    private LoadedCorpus corpus;

    @BeforeEach
    void openTheDemoCorpus() throws Exception {
        corpus = DemoCorpus.openCopy(temp.resolve("demo"));
    }

    @AfterEach
    void closeEverything() {
        workbench.closeAllEditors();
        CorpusSession.getDefault().close(corpus);
    }

    @Test
    void theSybihaTitleConflictIsListedWithItsSourcesAndOpens() throws Exception {
        CrossSourceView view = UI.call(() -> {
            try {
                return (CrossSourceView) WorkbenchPage.page().showView(CrossSourceView.ID);
            } catch (PartInitException e) {
                throw new AssertionError(e);
            }
        });
        UI.call(view::check);
        Job.getJobManager().join(CrossSourceView.FAMILY, null);
        UI.waitUntil("the findings", () -> rows(view.getFindingsTable()).stream().anyMatch(r -> r.startsWith("role title | Andrii Sybiha")));
        List<String> findings = rows(view.getFindingsTable());
        assertTrue(findings.stream().anyMatch(r -> r.startsWith("figure | North Korean troops deployed to Russia")), findings.toString());
        IMarker[] markers = ResourcesPlugin.getWorkspace().getRoot().findMarkers(CrossSourceView.MARKER, false, IResource.DEPTH_ZERO);
        assertEquals(findings.size(), markers.length, "each finding is also in the Problems view");

        int title = findings.indexOf(findings.stream().filter(r -> r.startsWith("role title | Andrii Sybiha")).findFirst().orElseThrow());
        UI.run(() -> click(view.getFindingsTable(), title, SWT.Selection));
        List<String> sources = rows(view.getSourcesTable());
        int deputy = sources.indexOf(sources.stream().filter(r -> r.contains("Deputy Foreign Minister")).findFirst().orElseThrow());
        UI.run(() -> click(view.getSourcesTable(), deputy, SWT.DefaultSelection));

        DocumentEditorPage editor = workbench.activeDocumentEditor();
        assertEquals("003_8fdbe4dfb0182242", editor.documentId());
        String selected = editor.selectedText();
        assertEquals("Ukrainian Deputy Foreign Minister Andrii Sybiha", selected);
    }

    private static void click(Table table, int row, int type) {
        table.setSelection(row);
        Event event = new Event();
        event.item = table.getItem(row);
        table.notifyListeners(type, event);
    }

    private static List<String> rows(Table table) {
        return UI.call(() -> {
            List<String> rows = new ArrayList<>();
            for (TableItem item : table.getItems()) {
                rows.add(item.getText(0) + " | " + item.getText(1) + " | " + item.getText(2));
            }
            return rows;
        });
    }
}
