package org.marginalia.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EClass;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marginalia.core.corpus.AnnotationStore;
import org.marginalia.core.corpus.CorpusException;
import org.marginalia.core.corpus.CorpusStore;
import org.marginalia.core.corpus.LoadedAnnotations;
import org.marginalia.core.corpus.LoadedCorpus;
import org.marginalia.core.schema.CorpusSchema;
import org.marginalia.core.edit.AnnotationEdits;
import org.marginalia.core.review.AnalystAnnotation;
import org.marginalia.core.review.DocumentDiff;
import org.marginalia.core.review.KindAgreement;
import org.marginalia.core.review.MergePlan;
import org.marginalia.core.review.MergeStrategy;
import org.marginalia.core.review.PositionDiff;
import org.marginalia.core.review.ReviewState;
import org.marginalia.model.Annotation;
import org.marginalia.model.AnnotationSet;
import org.marginalia.ui.corpus.CorpusSession;
import org.marginalia.ui.tests.support.DemoCorpus;
import org.marginalia.ui.tests.support.MessageDialogPage;
import org.marginalia.ui.tests.support.ReviewEditorPage;
import org.marginalia.ui.tests.support.UI;
import org.marginalia.ui.tests.support.WorkbenchPage;

/** The reviewer's minute: auto-merge after a question, decide by keyboard, read the panes, save the curated file. */
class ReviewEditorTest {

    private static final String DOC_000 = "000_3ffbc56c78e89f21";

    @TempDir
    Path temp;

    private final WorkbenchPage workbench = new WorkbenchPage();
    private LoadedCorpus corpus;

    @BeforeEach
    void openACopyOfTheDemoCorpus() throws Exception {
        corpus = DemoCorpus.openCopy(temp.resolve("demo"));
    }

    @AfterEach
    void closeEverything() {
        workbench.closeAllEditors();
        CorpusSession.getDefault().close(corpus);
    }

    private ReviewEditorPage openReview() {
        return ReviewEditorPage.open(corpus, corpus.document(DOC_000));
    }

    private List<AnnotationSet> analystSetsOnDisk() throws CorpusException {
        return AnnotationStore.loadAll(CorpusStore.load(corpus.layout().root())).sets().stream()
                .filter(s -> s.getDocument().getId().equals(DOC_000) && !s.isCurated()).toList();
    }

    private MergePlan majorityPlan() throws CorpusException {
        return MergePlan.of(DocumentDiff.of(analystSetsOnDisk(), 0), MergeStrategy.parse("majority:0.66"));
    }

    private static String key(Annotation a) {
        return a.eClass().getName() + "@" + a.getBegin() + "-" + a.getEnd();
    }

    @Test
    void autoMergeThenAKeyboardDecisionThenSaveWriteExactlyTheExpectedAnnotations() throws Exception {
        ReviewEditorPage review = openReview();
        MergePlan expectedPlan = majorityPlan();

        review.pressAutoMerge();
        review.answerAutoMerge("Merge " + expectedPlan.taken().size() + " Positions");
        UI.waitUntil("the auto-merge", () -> review.curatedCount() == expectedPlan.taken().size());
        assertTrue(review.log().get(0).startsWith("Auto-merge (majority:0.66"), review.log().toString());
        assertTrue(review.isDirty());

        PositionDiff decided = review.selectNextToDecide();
        assertTrue(review.stateOf(decided).isOpen(), "N goes to a position still to decide");
        AnalystAnnotation version = decided.configurations().get(0).get(0);
        review.press('1');
        UI.waitUntil("the accepted version", () -> review.stateOf(decided) == ReviewState.ACCEPTED);

        review.pressCtrl('s');
        UI.waitUntil("the save", () -> !review.isDirty());

        List<String> expected = new ArrayList<>();
        expectedPlan.taken().forEach(t -> expected.add(t.position().kind() + "@" + t.position().begin() + "-" + t.position().end()));
        expected.add(key(version.annotation()));
        expected.sort(null);
        LoadedAnnotations reread = AnnotationStore.loadAll(CorpusStore.load(corpus.layout().root()));
        List<String> saved = new ArrayList<>(reread.curatedSet(DOC_000).orElseThrow().getAnnotations().stream().map(ReviewEditorTest::key).toList());
        saved.sort(null);
        assertEquals(expected, saved, "the curated file holds exactly the merged positions and the accepted version");
        assertTrue(AnnotationStore.curatedFile(corpus.layout(), DOC_000).toFile().isFile());
    }

    @Test
    void autoMergeByKeyAsksWithTheNumberOfPositionsAndNeverRunsTwice() throws Exception {
        ReviewEditorPage review = openReview();
        int taken = majorityPlan().taken().size();

        String question = review.pressAutoMerge();
        assertTrue(question.contains("adds " + taken + " positions"), question);
        assertTrue(question.contains("Ctrl+Z"), "the question says how to take it back: " + question);
        review.answerAutoMerge("Cancel");
        assertEquals(0, review.curatedCount(), "a stray A changes nothing once the question is cancelled");
        assertEquals(List.of(), review.log());
        assertFalse(review.isDirty());

        review.pressAutoMerge();
        review.answerAutoMerge("Merge " + taken + " Positions");
        UI.waitUntil("the auto-merge", () -> review.curatedCount() == taken);

        review.press('a');
        MessageDialogPage nothing = MessageDialogPage.waitFor(ReviewEditorPage.AUTO_MERGE_DIALOG);
        assertEquals(List.of("OK"), nothing.buttons(), "a second auto-merge only says that there is nothing to add");
        nothing.click("OK");
        review.waitForTheWindow();
        assertEquals(taken, review.curatedCount());
        assertEquals(1, review.log().size(), review.log().toString());
    }

    @Test
    void undoTakesAStepsLogEntryAwayAndRedoBringsItBack() {
        ReviewEditorPage review = openReview();
        PositionDiff position = review.selectNextToDecide();
        review.press('x');
        review.waitForLog(1);
        assertEquals(ReviewState.REJECTED, review.stateOf(position));
        review.press('1');
        review.waitForLog(2);
        assertTrue(review.log().get(0).startsWith("Accepted "), review.log().toString());
        List<String> log = review.log();

        review.undo();
        review.waitForLog(1);
        assertEquals(log.subList(1, 2), review.log());
        assertEquals(ReviewState.REJECTED, review.stateOf(position));
        review.undo();
        review.waitForLog(0);
        assertTrue(review.stateOf(position).isOpen());
        review.redo();
        review.waitForLog(1);
        review.redo();
        review.waitForLog(2);
        assertEquals(log, review.log());
        assertEquals(ReviewState.ACCEPTED, review.stateOf(position));
    }

    @Test
    void theVersionsTableMarksTheAcceptedVersion() {
        ReviewEditorPage review = openReview();
        PositionDiff position = review.selectNextToDecide();
        while (position.configurations().size() < 2) {
            position = review.selectNextToDecide();
        }
        assertTrue(review.versions().stream().noneMatch(v -> v.contains("\u2713")), review.versions().toString());
        review.press('2');
        UI.waitUntil("version 2 marked", () -> review.versions().get(1).startsWith("2 | \u2713 accepted"));
        assertFalse(review.versions().get(0).contains("\u2713"), review.versions().toString());
        review.press('1');
        UI.waitUntil("version 1 marked", () -> review.versions().get(0).startsWith("1 | \u2713 accepted"));
        assertFalse(review.versions().get(1).contains("\u2713"), review.versions().toString());
    }

    @Test
    void headersLabelsAndTheLogCanBeRead() {
        ReviewEditorPage review = openReview();
        review.selectNextToDecide();
        review.press('x');
        review.waitForLog(1);
        assertEquals(List.of(), review.cutOffHeaders(), "column headers narrower than their words");
        assertEquals(List.of(), review.cutOffLabels(), "labels that do not show all their words");
        assertTrue(review.logScrolls(), "the log scrolls both ways");
        assertTrue(review.visibleLogRows() >= 3, "the log shows at least three entries at once, not " + review.visibleLogRows());
    }

    @Test
    void theAgreementPanelShowsEachKindsOwnCountsAndExplainsItsColours() throws Exception {
        ReviewEditorPage review = openReview();
        List<String> kinds = CorpusSchema.of(corpus).spanKinds().stream().map(EClass::getName).toList(); // the demo's events and claims too
        List<KindAgreement> expected = KindAgreement.allKinds(analystSetsOnDisk(), kinds);
        List<String> allRows = review.agreementRows();
        assertTrue(allRows.stream().anyMatch(r -> r.startsWith("    \u00b7 speaker | ")), "a row per attribute under its kind: " + allRows);
        List<String> rows = allRows.stream().filter(r -> !r.startsWith("    \u00b7 ")).toList();
        int units = review.agreementHeaders().indexOf("Units");
        assertEquals(expected.size(), rows.size(), rows.toString());
        for (int i = 0; i < rows.size(); i++) {
            String[] cells = rows.get(i).split(" \\| ");
            KindAgreement kind = expected.get(i);
            assertEquals(kind.kind() == null ? "all kinds" : AnnotationEdits.label(kind.kind()), cells[0], "kinds in words, as everywhere in the workbench");
            assertEquals(Integer.toString(expected.get(i).units()), cells[units], "the units of " + cells[0]);
            assertEquals("3", cells[review.agreementHeaders().indexOf("Raters")], "the raters each figure stands on");
        }
        Set<String> perKind = rows.stream().skip(1).map(r -> r.split(" \\| ")[units]).collect(Collectors.toSet());
        assertNotEquals(1, perKind.size(), "each kind has its own number of units: " + rows);

        assertTrue(review.agreementLegend().contains("below 0"), review.agreementLegend());
        assertTrue(review.agreementLegend().contains("less agreement than chance"), review.agreementLegend());
        assertTrue(review.agreementHeaderTip("Fleiss' kappa").contains("below 0 less than chance"));
    }

    @Test
    void rejectLeavesAPositionOutAndTheAgreementCopiesAsCsv() {
        ReviewEditorPage review = openReview();
        PositionDiff position = review.selectNextToDecide();
        review.press('x');
        UI.waitUntil("the rejection", () -> review.stateOf(position) == ReviewState.REJECTED);
        String csv = UI.call(review.editor()::agreementCsv);
        assertTrue(csv.startsWith("kind,analyst_a,analyst_b,cohen_kappa"));
        assertTrue(csv.contains("all,ana,ben,"), csv);
        assertFalse(UI.call(() -> review.session().curated().getAnnotations().stream().anyMatch(position::covers)));
    }
}
