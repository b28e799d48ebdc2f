package org.marginalia.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marginalia.core.assist.ConsistencyChecker;
import org.marginalia.core.assist.Finding;
import org.marginalia.core.assist.ReferenceAnnotations;
import org.marginalia.core.assist.Suggesters;
import org.marginalia.core.corpus.AnnotationStore;
import org.marginalia.core.corpus.LoadedAnnotations;
import org.marginalia.core.corpus.LoadedCorpus;
import org.marginalia.core.edit.AnnotationEdits;
import org.marginalia.core.edit.EntityDirectory;
import org.marginalia.core.review.Curation;
import org.marginalia.core.review.MergePlan;
import org.marginalia.core.review.MergeStrategy;
import org.marginalia.core.review.PositionDiff;
import org.marginalia.core.review.ReviewSession;
import org.marginalia.core.review.ReviewState;
import org.marginalia.model.Annotation;
import org.marginalia.model.AnnotationSet;
import org.marginalia.model.Document;

/** The review of one document as core keeps it: states, steps on a command stack, the log, one tolerance rule. */
class ReviewSessionTest {

    private static final MergeStrategy MAJORITY = MergeStrategy.parse("majority:0.66");

    @TempDir
    Path temp;

    private LoadedCorpus corpus;
    private LoadedAnnotations annotations;
    private Document document;
    private List<AnnotationSet> analystSets;
    private AnnotationSet curated;
    private BasicCommandStack stack;
    private EditingDomain domain;

    @BeforeEach
    void openTheReviewOfTheFirstSeed() throws Exception {
        corpus = DemoCorpus.copyInto(temp.resolve("demo"));
        annotations = AnnotationStore.loadAll(corpus);
        document = corpus.document(DemoCorpus.DOC_000);
        analystSets = annotations.sets().stream().filter(s -> !s.isCurated() && s.getDocument() == document).toList();
        curated = AnnotationStore.createCurated(corpus, document);
        stack = new BasicCommandStack();
        domain = new AdapterFactoryEditingDomain(new ReflectiveItemProviderAdapterFactory(), stack);
    }

    private ReviewSession session(int tolerance) {
        return new ReviewSession(document, analystSets, curated, tolerance);
    }

    private void execute(Command step) {
        assertTrue(step.canExecute(), "the step changes something: " + step.getLabel());
        stack.execute(step);
    }

    private static PositionDiff at(ReviewSession session, String kind, String words) {
        return session.positions().stream().filter(p -> p.kind().equals(kind) && session.excerpt(p).replace("\"", "").startsWith(words))
                .findFirst().orElseThrow(() -> new AssertionError("no " + kind + " position at '" + words + "'"));
    }

    @Test
    void positionsGoFromConflictToAcceptedToRejectedAndBackWithUndo() {
        ReviewSession session = session(0);
        PositionDiff quote = at(session, "Quote", "Japan will continue");
        assertEquals(ReviewState.CONFLICT, session.stateOf(quote), "ben heard another speaker");
        assertEquals(ReviewState.AGREED, session.stateOf(at(session, "Role", "Ukrainian Prime Minister Denys Shmyhal")));
        assertEquals(ReviewState.INCOMPLETE, session.stateOf(at(session, "Figure", "February 2022")), "chloe missed it");
        long open = session.toDecide();

        execute(session.accept(domain, quote, 2));
        assertEquals(ReviewState.ACCEPTED, session.stateOf(quote));
        assertEquals(1, session.acceptedVersion(quote).getAsInt(), "ben's version, the second");
        assertEquals(open - 1, session.toDecide());
        assertFalse(session.accept(domain, quote, 2).canExecute(), "accepting what is accepted changes nothing");
        assertFalse(session.accept(domain, quote, 9).canExecute(), "there is no ninth version");

        execute(session.reject(domain, quote));
        assertEquals(ReviewState.REJECTED, session.stateOf(quote));
        assertTrue(session.curatedAt(quote).isEmpty(), "a rejection takes the accepted version away");
        assertTrue(session.stateOf(quote).isDecided());
        assertFalse(session.reject(domain, quote).canExecute(), "rejected twice is rejected once");

        execute(session.accept(domain, quote, 1));
        assertEquals(0, session.acceptedVersion(quote).getAsInt());
        stack.undo();
        assertEquals(ReviewState.REJECTED, session.stateOf(quote), "undo brings the rejection back");
        stack.undo();
        assertEquals(ReviewState.ACCEPTED, session.stateOf(quote));
        assertEquals(1, session.acceptedVersion(quote).getAsInt());
        stack.undo();
        assertEquals(ReviewState.CONFLICT, session.stateOf(quote));
        assertEquals(open, session.toDecide());
    }

    @Test
    void undoRemovesAStepsLogEntryAndRedoBringsItBackEvenOnASharedStack() {
        ReviewSession session = session(0);
        PositionDiff quote = at(session, "Quote", "Japan will continue");
        execute(session.autoMerge(domain, MAJORITY));
        execute(session.reject(domain, quote));
        List<String> log = session.log();
        assertEquals(2, log.size(), log.toString());
        assertTrue(log.get(0).startsWith("Rejected Quote at \u201cJapan will continue"), log.toString());
        assertTrue(log.get(1).startsWith("Auto-merge (majority:0.66, tolerance 0): took "), log.toString());

        // another editor's edit on the same stack, between the review's steps
        AnnotationSet anas = analystSets.stream().filter(s -> s.getAnalystId().equals(DemoCorpus.ANA)).findFirst().orElseThrow();
        stack.execute(AnnotationEdits.delete(domain, anas.getAnnotations().get(0)));
        stack.undo();
        assertEquals(log, session.log(), "undoing someone else's edit leaves the review's log alone");

        stack.undo();
        assertEquals(log.subList(1, 2), session.log(), "the rejection's entry goes with the rejection");
        assertEquals(ReviewState.ACCEPTED, session.stateOf(quote), "the majority took ana's and chloe's quote");
        stack.undo();
        assertEquals(List.of(), session.log());
        assertTrue(curated.getAnnotations().isEmpty());
        stack.redo();
        stack.redo();
        assertEquals(log, session.log(), "redo brings the entries back, in order");
        assertEquals(ReviewState.REJECTED, session.stateOf(quote));
    }

    @Test
    void autoMergeSkipsRejectedPositionsAndASecondRunChangesNothing() {
        ReviewSession session = session(0);
        PositionDiff shmyhal = at(session, "Role", "Ukrainian Prime Minister Denys Shmyhal");
        execute(session.reject(domain, shmyhal));
        MergePlan plan = session.plan(MAJORITY);
        assertEquals(plan.taken().size(), session.autoMergeChanges(MAJORITY));
        assertTrue(plan.taken().stream().noneMatch(t -> t.position() == shmyhal), "what the reviewer rejected stays out");
        execute(session.autoMerge(domain, MAJORITY));
        assertEquals(ReviewState.REJECTED, session.stateOf(shmyhal));
        assertEquals(0, session.autoMergeChanges(MAJORITY));
        assertFalse(session.autoMerge(domain, MAJORITY).canExecute(), "a second auto-merge is no step at all");
    }

    @Test
    void curationAndTheReviewApplyTheToleranceOneWay() {
        // ana's span of an agreed role starts one character early: at tolerance 1 the position is hers (the
        // earliest), while the merge copies the span the other two chose
        PositionDiff role = at(session(0), "Role", "Ukrainian Prime Minister Denys Shmyhal");
        Annotation anas = role.configurations().get(0).stream().filter(a -> a.analyst().equals(DemoCorpus.ANA)).findFirst().orElseThrow().annotation();
        anas.setBegin(anas.getBegin() - 1);
        ReviewSession session = session(1);
        PositionDiff shifted = session.positions().stream().filter(p -> p.covers(anas)).findFirst().orElseThrow();
        assertEquals(3, shifted.analysts().size());
        MergePlan plan = session.plan(MAJORITY);
        stack.execute(Curation.apply(domain, plan, curated));
        int merged = curated.getAnnotations().size();
        assertEquals(plan.taken().size(), merged);
        assertEquals(role.begin(), session.curatedAt(shifted).orElseThrow().getBegin(), "the majority's span");

        for (PositionDiff position : session.positions()) {
            boolean taken = plan.taken().stream().anyMatch(t -> t.position() == position);
            assertEquals(taken, session.curatedAt(position).isPresent(), "the review sees curated exactly what curation added: " + position);
        }
        assertEquals(List.of(), Curation.notYetCurated(plan, curated));
        stack.execute(Curation.apply(domain, plan, curated));
        assertEquals(merged, curated.getAnnotations().size(), "a second merge at tolerance 1 adds no duplicates");
    }

    @Test
    void annotationsOutsideTheTextBreakNeitherTheReviewNorTheCrossSourceCheck() {
        int length = document.getText().length();
        analystSets.forEach(set -> set.getAnnotations().forEach(a -> {
            a.setBegin(a.getBegin() + length);
            a.setEnd(a.getEnd() + length);
        }));
        ReviewSession session = session(0);
        PositionDiff outside = session.positions().get(0);
        assertFalse(session.inText(outside));
        assertEquals("(outside the text)", session.excerpt(outside));
        execute(session.accept(domain, outside, 1));
        assertTrue(session.log().get(0).endsWith("(outside the text)\u201d"), session.log().toString());

        List<Finding> findings = ConsistencyChecker.check(ReferenceAnnotations.of(corpus, annotations));
        assertFalse(findings.isEmpty(), "the other sources are still compared");
        assertTrue(findings.stream().flatMap(f -> f.sources().stream()).noneMatch(s -> s.documentId().equals(DemoCorpus.DOC_000)), findings.toString());
    }

    @Test
    void anUnreadTextBreaksNeitherTheReviewNorTheSuggestersNorTheCrossSourceCheck() {
        document.setText(null);
        ReviewSession session = session(0);
        assertTrue(session.positions().stream().noneMatch(session::inText));
        assertEquals("(text not read)", session.excerpt(session.positions().get(0)));
        execute(session.autoMerge(domain, MAJORITY));
        assertEquals(ReviewState.ACCEPTED, session.stateOf(session.plan(MAJORITY).taken().get(0).position()));

        assertEquals(List.of(), Suggesters.suggest(document, new EntityDirectory(corpus.corpus(), annotations.sets())));
        List<Finding> findings = ConsistencyChecker.check(ReferenceAnnotations.of(corpus, annotations));
        assertTrue(findings.stream().flatMap(f -> f.sources().stream()).noneMatch(s -> s.documentId().equals(DemoCorpus.DOC_000)), findings.toString());
    }
}
