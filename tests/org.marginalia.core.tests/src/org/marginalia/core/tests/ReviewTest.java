package org.marginalia.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marginalia.core.corpus.AnnotationStore;
import org.marginalia.core.corpus.CorpusStore;
import org.marginalia.core.corpus.LoadedAnnotations;
import org.marginalia.core.corpus.LoadedCorpus;
import org.marginalia.core.review.AgreementStudies;
import org.marginalia.core.review.AnalystAnnotation;
import org.marginalia.core.review.Curation;
import org.marginalia.core.review.DocumentDiff;
import org.marginalia.core.review.MergePlan;
import org.marginalia.core.review.MergeStrategy;
import org.marginalia.core.review.PositionDiff;
import org.marginalia.core.review.SpanMatch;
import org.marginalia.model.Annotation;
import org.marginalia.model.AnnotationSet;
import org.marginalia.model.Origin;
import org.marginalia.model.Quote;
import org.marginalia.model.Role;

class ReviewTest {

    @TempDir
    Path temp;

    private static List<AnnotationSet> setsOf(LoadedAnnotations annotations, String documentId) {
        return annotations.sets().stream().filter(s -> s.getDocument().getId().equals(documentId)).toList();
    }

    private static PositionDiff at(DocumentDiff diff, String kind, String text) {
        String documentText = diff.document().getText();
        return diff.positions().stream()
                .filter(p -> p.kind().equals(kind) && documentText.substring(p.begin(), p.end()).replace("\"", "").startsWith(text))
                .findFirst().orElseThrow(() -> new AssertionError("no " + kind + " position at '" + text + "'"));
    }

    @Test
    void theDiffFindsAgreementsAndTheDemosDisagreements() throws Exception {
        LoadedAnnotations annotations = AnnotationStore.loadAll(CorpusStore.load(Seeds.folder()));
        DocumentDiff diff = DocumentDiff.of(setsOf(annotations, DemoCorpus.DOC_000), 0);
        assertEquals(Set.of("ana", "ben", "chloe"), diff.analysts());

        PositionDiff shmyhal = at(diff, "Role", "Ukrainian Prime Minister Denys Shmyhal");
        assertTrue(shmyhal.isAgreed() && shmyhal.isComplete() && !shmyhal.isStacked(), shmyhal.toString());

        PositionDiff quote = at(diff, "Quote", "Japan will continue");
        assertFalse(quote.isAgreed(), "ben heard another speaker");
        assertTrue(quote.isComplete());
        assertEquals(2, quote.configurations().size());
        assertEquals(2, quote.configurations().get(0).size(), "ana and chloe, first");

        PositionDiff february = at(diff, "Figure", "February 2022");
        assertTrue(february.isAgreed() && !february.isComplete(), "chloe missed it");
    }

    @Test
    void aToleranceLinesUpSpansThatDifferByAQuotationMark() throws Exception {
        LoadedAnnotations annotations = AnnotationStore.loadAll(CorpusStore.load(Seeds.folder()));
        long strictBasis = DocumentDiff.of(setsOf(annotations, DemoCorpus.DOC_000), 0).positions().stream()
                .filter(p -> p.kind().equals("Quote")).count();
        long tolerant = DocumentDiff.of(setsOf(annotations, DemoCorpus.DOC_000), 1).positions().stream()
                .filter(p -> p.kind().equals("Quote")).count();
        assertEquals(strictBasis - 1, tolerant, "ben's quote with its quotation marks joins the others'");
    }

    @Test
    void strategiesTakeWhatTheyShouldAndLeaveTheRest() throws Exception {
        LoadedAnnotations annotations = AnnotationStore.loadAll(CorpusStore.load(Seeds.folder()));
        DocumentDiff diff = DocumentDiff.of(setsOf(annotations, DemoCorpus.DOC_000), 0);
        MergePlan all = MergePlan.of(diff, MergeStrategy.parse("all-agree"));
        MergePlan present = MergePlan.of(diff, MergeStrategy.parse("present-agree"));
        MergePlan majority = MergePlan.of(diff, MergeStrategy.parse("majority:0.66"));

        assertEquals(diff.positions().size(), all.taken().size() + all.left().size());
        assertTrue(all.taken().size() < present.taken().size(), "present-agree also takes what only some annotated");
        assertTrue(all.taken().stream().allMatch(t -> t.position().isComplete() && t.position().isAgreed()));
        PositionDiff quote = at(diff, "Quote", "Japan will continue");
        assertTrue(present.left().contains(quote) && all.left().contains(quote));
        MergePlan.Taken byMajority = majority.taken().stream().filter(t -> t.position() == quote).findFirst().orElseThrow();
        assertEquals("person.takeshi-iwaya", ((Quote) byMajority.configuration().get(0).annotation()).getSpeaker().getId(), "two of three");
        PositionDiff sybiha = at(diff, "Role", "Foreign Minister Andrii Sybiha");
        MergePlan.Taken title = majority.taken().stream().filter(t -> t.position() == sybiha).findFirst().orElseThrow();
        assertEquals("Foreign Minister", ((Role) title.configuration().get(0).annotation()).getTitle());
    }

    @Test
    void curationCopiesTheTakenAnnotationsUndoablyAndAcceptsAVersion() throws Exception {
        LoadedCorpus corpus = DemoCorpus.copyInto(temp.resolve("demo"));
        LoadedAnnotations annotations = AnnotationStore.loadAll(corpus);
        DocumentDiff diff = DocumentDiff.of(setsOf(annotations, DemoCorpus.DOC_000), 0);
        AnnotationSet curated = AnnotationStore.createCurated(corpus, corpus.document(DemoCorpus.DOC_000));
        BasicCommandStack stack = new BasicCommandStack();
        EditingDomain domain = new AdapterFactoryEditingDomain(new ReflectiveItemProviderAdapterFactory(), stack);
        MergePlan plan = MergePlan.of(diff, MergeStrategy.parse("all-agree"));

        stack.execute(Curation.apply(domain, plan, curated));
        assertEquals(plan.taken().size(), curated.getAnnotations().size());
        assertTrue(curated.getAnnotations().stream().allMatch(a -> a.getOrigin() == Origin.MERGED));
        PositionDiff quote = at(diff, "Quote", "Japan will continue");
        AnalystAnnotation bens = quote.configurations().get(1).get(0);
        stack.execute(Curation.accept(domain, bens, curated));
        Annotation accepted = curated.getAnnotations().get(curated.getAnnotations().size() - 1);
        assertEquals("person.denys-shmyhal", ((Quote) accepted).getSpeaker().getId());
        stack.undo();
        stack.undo();
        assertTrue(curated.getAnnotations().isEmpty());
        stack.redo();
        AnnotationStore.save(corpus, curated);
        LoadedAnnotations reread = AnnotationStore.loadAll(CorpusStore.load(corpus.layout().root()));
        assertEquals(plan.taken().size(), reread.curatedSet(DemoCorpus.DOC_000).orElseThrow().getAnnotations().size());
        assertEquals(List.of(), reread.problems());
    }

    @Test
    void precisionRecallAndF1StrictAndOverlapping() throws Exception {
        LoadedAnnotations annotations = AnnotationStore.loadAll(CorpusStore.load(Seeds.folder()));
        AgreementStudies figures = new AgreementStudies(setsOf(annotations, DemoCorpus.DOC_000), "Figure");
        int ana = figures.analysts().indexOf("ana");
        int ben = figures.analysts().indexOf("ben");
        SpanMatch strict = figures.match(ana, ben, true);
        SpanMatch overlap = figures.match(ana, ben, false);
        assertEquals(3, strict.reference(), "February 2022, the troops, the Saturday arrival");
        assertEquals(2, strict.candidate());
        assertEquals(1, strict.matched(), "ben's troop figure is one word shorter");
        assertEquals(2, overlap.matched());
        assertEquals(0.5, strict.precision(), 1e-12);
        assertEquals(1.0 / 3, strict.recall(), 1e-12);
        assertEquals(0.4, strict.f1(), 1e-12);
        assertEquals(0.8, overlap.f1(), 1e-12);
    }
}
