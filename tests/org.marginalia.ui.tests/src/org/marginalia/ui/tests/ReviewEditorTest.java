package org.marginalia.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.ui.PartInitException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marginalia.core.corpus.AnnotationStore;
import org.marginalia.core.corpus.CorpusStore;
import org.marginalia.core.corpus.LoadedAnnotations;
import org.marginalia.core.corpus.LoadedCorpus;
import org.marginalia.core.review.AnalystAnnotation;
import org.marginalia.core.review.DocumentDiff;
import org.marginalia.core.review.MergePlan;
import org.marginalia.core.review.MergeStrategy;
import org.marginalia.core.review.PositionDiff;
import org.marginalia.model.Annotation;
import org.marginalia.model.AnnotationSet;
import org.marginalia.ui.corpus.CorpusSession;
import org.marginalia.ui.review.ReviewEditor;
import org.marginalia.ui.review.ReviewEditorInput;
import org.marginalia.ui.review.ReviewState;
import org.marginalia.ui.tests.support.DemoCorpus;
import org.marginalia.ui.tests.support.Keyboard;
import org.marginalia.ui.tests.support.UI;
import org.marginalia.ui.tests.support.WorkbenchPage;

/** The reviewer's minute: auto-merge, decide one conflict by keyboard, save the curated file. */
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

    private ReviewEditor openReview() {
        return UI.call(() -> {
            try {
                return (ReviewEditor) WorkbenchPage.page().openEditor(new ReviewEditorInput(corpus, corpus.document(DOC_000)), ReviewEditor.ID);
            } catch (PartInitException e) {
                throw new AssertionError(e);
            }
        });
    }

    private static String key(Annotation a) {
        return a.eClass().getName() + "@" + a.getBegin() + "-" + a.getEnd();
    }

    @Test
    void autoMergeThenAKeyboardDecisionThenSaveWriteExactlyTheExpectedAnnotations() throws Exception {
        ReviewEditor review = openReview();
        List<AnnotationSet> analystSets = AnnotationStore.loadAll(CorpusStore.load(corpus.layout().root())).sets().stream()
                .filter(s -> s.getDocument().getId().equals(DOC_000) && !s.isCurated()).toList();
        MergePlan expectedPlan = MergePlan.of(DocumentDiff.of(analystSets, 0), MergeStrategy.parse("majority:0.66"));

        Keyboard.press(UI.call(review::getPositionsTable), 'a', false);
        UI.waitUntil("the auto-merge", () -> review.getCuratedSet().getAnnotations().size() == expectedPlan.taken().size());
        assertTrue(review.getLog().get(0).startsWith("Auto-merge (majority:0.66"), review.getLog().toString());
        assertTrue(UI.call(review::isDirty));

        Keyboard.press(UI.call(review::getPositionsTable), 'n', false);
        UI.waitUntil("a position to decide", () -> review.getSelectedPosition() != null);
        PositionDiff decided = UI.call(review::getSelectedPosition);
        assertTrue(UI.call(() -> review.stateOf(decided)) != ReviewState.ACCEPTED, "N goes to a position still to decide");
        AnalystAnnotation version = decided.configurations().get(0).get(0);
        Keyboard.press(UI.call(review::getPositionsTable), '1', false);
        UI.waitUntil("the accepted version", () -> review.stateOf(decided) == ReviewState.ACCEPTED);

        Keyboard.press(UI.call(review::getPositionsTable), 's', true);
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
    void autoMergeIsUndoneAndRejectLeavesAPositionOut() {
        ReviewEditor review = openReview();
        UI.run(() -> review.setStrategy("present-agree"));
        MergePlan plan = UI.call(review::autoMerge);
        assertEquals(plan.taken().size(), UI.call(() -> review.getCuratedSet().getAnnotations().size()));
        UI.run(() -> review.getEditorSite().getActionBars().getGlobalActionHandler("undo").run());
        assertEquals(0, UI.call(() -> review.getCuratedSet().getAnnotations().size()), "undo takes the whole auto-merge back");

        UI.run(() -> review.selectNextConflict(true));
        PositionDiff position = UI.call(review::getSelectedPosition);
        assertNotNull(position);
        UI.run(review::rejectSelected);
        assertEquals(ReviewState.REJECTED, UI.call(() -> review.stateOf(position)));
        assertTrue(review.agreementCsv().startsWith("kind,analyst_a,analyst_b,cohen_kappa"));
        assertTrue(review.agreementCsv().contains("all,ana,ben,"), review.agreementCsv());
        assertFalse(UI.call(() -> review.getCuratedSet().getAnnotations().stream().anyMatch(a -> a.getBegin() == position.begin()
                && a.getEnd() == position.end() && a.eClass().getName().equals(position.kind()))));
    }
}
