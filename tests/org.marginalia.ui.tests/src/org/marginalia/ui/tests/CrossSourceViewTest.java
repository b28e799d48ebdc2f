package org.marginalia.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marginalia.core.compare.DismissedCandidates;
import org.marginalia.core.corpus.AnnotationStore;
import org.marginalia.core.corpus.CorpusImporter;
import org.marginalia.core.corpus.LoadedCorpus;
import org.marginalia.model.AnnotationSet;
import org.marginalia.model.Figure;
import org.marginalia.model.Document;
import org.marginalia.ui.corpus.CorpusSession;
import org.marginalia.ui.preferences.MarginaliaPreferences;
import org.marginalia.ui.tests.support.CrossSourcePage;
import org.marginalia.ui.tests.support.DemoCorpus;
import org.marginalia.ui.tests.support.DocumentEditorPage;
import org.marginalia.ui.tests.support.Keyboard;
import org.marginalia.ui.tests.support.UI;
import org.marginalia.ui.tests.support.WorkbenchPage;
import org.marginalia.ui.views.CrossSourceView;

/** The Cross-source view lists where the demo's sources disagree, names the sources by title, and opens the spans. */
class CrossSourceViewTest {

    private static final String DOC_003 = "003_8fdbe4dfb0182242";

    @TempDir
    Path temp;

    private final WorkbenchPage workbench = new WorkbenchPage();
    private LoadedCorpus corpus;

    /** Corpora open before the test (the one the workbench started with): put aside, opened again afterwards. */
    private final List<Path> asideFolders = new ArrayList<>();

    @BeforeEach
    void openTheDemoCorpusAlone() throws Exception {
        // the view compares every open corpus: another one's findings and candidates would mix with this one's
        workbench.closeAllEditors();
        for (LoadedCorpus open : CorpusSession.getDefault().corpora()) {
            asideFolders.add(open.layout().root());
            CorpusSession.getDefault().close(open);
        }
        corpus = DemoCorpus.openCopy(temp.resolve("demo"));
    }

    @AfterEach
    void closeEverything() throws Exception {
        workbench.closeAllEditors();
        CorpusSession.getDefault().close(corpus);
        CrossSourcePage view = CrossSourcePage.show();
        UI.call(() -> view.view().setRawTexts(false)).join();
        for (Path folder : asideFolders) {
            if (CorpusImporter.isCorpus(folder)) { // a corpus left open by a test whose folder is gone stays closed
                CorpusSession.getDefault().open(folder);
            }
        }
    }

    @Test
    void theSybihaTitleConflictIsListedWithItsSourcesAndOpens() throws Exception {
        CrossSourcePage view = CrossSourcePage.show();
        List<String> findings = view.findings();
        assertTrue(findings.stream().anyMatch(r -> r.startsWith("figure | annotations | North Korean troops deployed to Russia")), findings.toString());
        IMarker[] markers = ResourcesPlugin.getWorkspace().getRoot().findMarkers(CrossSourceView.MARKER, false, IResource.DEPTH_ZERO);
        assertEquals(findings.size(), markers.length, "each finding is also in the Problems view");

        view.selectFinding("role title | annotations | Andrii Sybiha");
        view.openSource("Deputy Foreign Minister");
        DocumentEditorPage editor = workbench.activeDocumentEditor();
        assertEquals(DOC_003, editor.documentId());
        assertEquals("Ukrainian Deputy Foreign Minister Andrii Sybiha", editor.selectedText());
    }

    @Test
    void sourcesAreNamedByTitleAndTheCountIsSaidInWords() {
        CrossSourcePage view = CrossSourcePage.show();
        int count = view.findings().size();
        assertTrue(count > 1, view.findings().toString());
        assertEquals(count + " findings: where the sources disagree", view.description());

        List<String> sources = view.selectFinding("role title | annotations | Andrii Sybiha");
        String whole = UI.call(() -> {
            Table table = view.view().getFindingsTable();
            Rectangle cell = table.getItem(0).getBounds(4);
            Event hover = new Event();
            hover.x = cell.x + 2;
            hover.y = cell.y + 2;
            table.notifyListeners(SWT.MouseHover, hover);
            return table.getToolTipText();
        });
        assertEquals(UI.call(() -> view.view().getFindingsTable().getItem(0).getText(4)), whole, "hovering a cell shows all of its text");
        Document deputy = corpus.document(DOC_003);
        String row = sources.stream().filter(r -> r.contains("Deputy Foreign Minister")).findFirst().orElseThrow();
        assertTrue(row.startsWith(deputy.getTitle() + " | "), row);
        assertTrue(sources.stream().noneMatch(r -> r.matches("^\\d{3}_[0-9a-f]{16} \\|.*")), "no source is named by its id: " + sources);
    }

    @Test
    void theRawTextsGiveCandidatesMarkedAsSuchThatOpenAtTheirSpan() throws Exception {
        CrossSourcePage view = CrossSourcePage.show();
        int findings = view.findings().size();
        Job job = UI.call(() -> view.view().setRawTexts(true));
        job.join();
        UI.waitUntil("the candidates", () -> view.findings().size() > findings);

        List<String> rows = view.findings();
        assertTrue(rows.stream().anyMatch(r -> r.startsWith("quote wording | raw texts | ")), rows.toString());
        assertTrue(view.description().matches(findings + " findings: where the sources disagree; \\d+ candidates from the raw texts, to judge"), view.description());
        IMarker[] markers = ResourcesPlugin.getWorkspace().getRoot().findMarkers(CrossSourceView.MARKER, false, IResource.DEPTH_ZERO);
        assertEquals(findings, markers.length, "candidates are not findings: they stay out of the Problems view");

        view.selectFinding("quote wording | raw texts | \u201cThe deepening");
        view.openSource("represents a direct threat");
        DocumentEditorPage editor = workbench.activeDocumentEditor();
        assertEquals(DOC_003, editor.documentId());
        assertTrue(editor.selectedText().contains("represents a direct threat"), editor.selectedText());
    }

    @Test
    void aCandidateIsAcceptedAsTheAnalystsAnnotationsOrDismissedForGood() throws Exception {
        String before = MarginaliaPreferences.analyst();
        UI.run(() -> MarginaliaPreferences.setAnalyst("dora")); // a new analyst, who has tagged nothing the candidates point at
        try {
            acceptAndDismissAs("dora");
        } finally {
            UI.run(() -> MarginaliaPreferences.setAnalyst(before));
        }
    }

    private void acceptAndDismissAs(String analyst) throws Exception {
        CrossSourcePage view = CrossSourcePage.show();
        UI.call(() -> view.view().setRawTexts(true)).join();
        UI.waitUntil("the candidates", () -> view.findings().stream().anyMatch(r -> r.contains("| raw texts |")));
        assertTrue(view.findings().stream().noneMatch(r -> r.contains("| your annotations |")), "the analyst has tagged nothing: " + view.findings());

        String dates = view.findings().stream().filter(r -> r.startsWith("date | raw texts | ")).findFirst().orElseThrow();
        view.selectFinding(dates);
        Keyboard.press(view.view().getFindingsTable(), '\r', false);
        UI.waitUntil("the dates accepted", () -> view.description().startsWith("Accepted: 2 annotations of yours added and saved"));
        Job.getJobManager().join(CrossSourceView.FAMILY, null);
        List<AnnotationSet> sets = CorpusSession.getDefault().annotations(corpus).setsOf(analyst);
        List<Figure> figures = sets.stream().flatMap(s -> s.getAnnotations().stream()).filter(Figure.class::isInstance).map(Figure.class::cast).toList();
        assertEquals(2, figures.size(), "a date figure of the analyst's in each source");
        assertTrue(figures.stream().allMatch(f -> "date".equals(f.getUnit()) && f.getCounts() != null), figures.toString());
        for (AnnotationSet set : sets) {
            assertFalse(set.eResource().isModified(), "saved at once");
            assertTrue(Files.readString(AnnotationStore.analystFile(corpus.layout(), analyst, set.getDocument().getId())).contains("unit=\"date\""));
        }
        UI.waitUntil("the list again", () -> view.description().contains("finding"));
        assertFalse(view.findings().contains(dates), "accepted: off the list");
        assertTrue(view.findings().stream().anyMatch(r -> r.startsWith("date | your annotations | ")),
                "the accepted dates differ, which is now a finding of the analyst's: " + view.findings());

        List<String> before = view.findings();
        String hedge = before.stream().filter(r -> r.startsWith("modality | raw texts | ")).findFirst().orElseThrow();
        view.selectFinding(hedge);
        Keyboard.press(view.view().getFindingsTable(), (char) SWT.DEL, false);
        UI.waitUntil("the hedge dismissed", () -> !view.findings().contains(hedge));
        assertTrue(Files.readString(corpus.layout().annotations().resolve(analyst).resolve(DismissedCandidates.FILE)).contains("modality"));
        UI.call(() -> view.view().check()).join();
        UI.waitUntil("the list again", () -> view.findings().size() == before.size() - 1);
        assertFalse(view.findings().contains(hedge), "dismissed for good: " + view.findings());

        UI.run(() -> MarginaliaPreferences.setAnalyst("erin"));
        UI.waitUntil("the list for the other analyst", () -> view.findings().stream().noneMatch(r -> r.contains("| your annotations |"))
                && view.findings().contains(hedge));
    }
}
