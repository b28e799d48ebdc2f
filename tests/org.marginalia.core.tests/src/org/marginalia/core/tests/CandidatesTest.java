package org.marginalia.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marginalia.core.assist.ConsistencyChecker;
import org.marginalia.core.assist.Finding;
import org.marginalia.core.assist.RejectedSuggestions;
import org.marginalia.core.assist.Suggesters;
import org.marginalia.core.assist.Suggestion;
import org.marginalia.core.compare.CandidateAnnotations;
import org.marginalia.core.compare.DismissedCandidates;
import org.marginalia.core.compare.SourceComparison;
import org.marginalia.core.corpus.LoadedCorpus;
import org.marginalia.core.edit.EntityDirectory;
import org.marginalia.model.Annotation;
import org.marginalia.model.Document;
import org.marginalia.model.Figure;
import org.marginalia.model.Quote;

/** What an analyst does with a candidate from the raw texts: makes it into annotations, or dismisses it for good. */
class CandidatesTest {

    @TempDir
    Path temp;

    private static Finding first(List<Finding> candidates, Finding.Type type) {
        return candidates.stream().filter(f -> f.type() == type).findFirst().orElseThrow(() -> new AssertionError(candidates.toString()));
    }

    @Test
    void quotationsFiguresAndDatesBecomeAnnotationsDescriptionsDoNot() throws Exception {
        LoadedCorpus demo = DemoCorpus.copyInto(temp.resolve("demo"));
        List<Finding> candidates = SourceComparison.of(demo.corpus().getDocuments()).candidates();

        List<CandidateAnnotations.Planned> quotes = CandidateAnnotations.of(first(candidates, Finding.Type.QUOTE_WORDING));
        assertTrue(quotes.size() >= 2 && quotes.stream().allMatch(p -> p.annotation() instanceof Quote), quotes.toString());

        List<CandidateAnnotations.Planned> figures = CandidateAnnotations.of(first(candidates, Finding.Type.FIGURE));
        Figure approximately = figures.stream().map(p -> (Figure) p.annotation()).filter(f -> "12000".equals(f.getValue())).findFirst().orElseThrow();
        assertTrue(approximately.isApproximate(), "approximately 12,000 is approximate");

        List<CandidateAnnotations.Planned> dates = CandidateAnnotations.of(first(candidates, Finding.Type.DATE));
        assertTrue(dates.stream().map(p -> (Figure) p.annotation()).allMatch(f -> "date".equals(f.getUnit())), dates.toString());
        assertTrue(dates.stream().map(p -> ((Figure) p.annotation()).getValue()).toList().containsAll(List.of("2025", "2024")), dates.toString());

        assertTrue(CandidateAnnotations.whyNot(first(candidates, Finding.Type.DESCRIPTION)).isPresent());
    }

    @Test
    void aDismissalIsKeptInTheAnalystsFolderAndSurvivesAnotherRun() throws Exception {
        LoadedCorpus demo = DemoCorpus.copyInto(temp.resolve("demo"));
        List<Finding> candidates = SourceComparison.of(demo.corpus().getDocuments()).candidates();
        Finding hedge = first(candidates, Finding.Type.MODALITY);

        DismissedCandidates.of(demo.layout(), "ben").dismiss(hedge);

        Path file = demo.layout().annotations().resolve("ben").resolve(DismissedCandidates.FILE);
        Files.writeString(file, Files.readString(file) + "not a dismissal\n");
        List<Finding> again = SourceComparison.of(demo.corpus().getDocuments()).candidates();
        List<Finding> forBen = DismissedCandidates.of(demo.layout(), "ben").without(again);
        assertEquals(again.size() - 1, forBen.size(), "the same candidate, found again, stays dismissed; a bad line is skipped");
        assertFalse(forBen.contains(hedge));
        assertEquals(again.size(), DismissedCandidates.of(demo.layout(), "ana").without(again).size(), "another analyst's list is their own");
    }

    @Test
    void whatTheAnalystTaggedAlreadyIsNotAddedAgain() throws Exception {
        LoadedCorpus demo = DemoCorpus.copyInto(temp.resolve("demo"));
        Finding quote = first(SourceComparison.of(demo.corpus().getDocuments()).candidates(), Finding.Type.QUOTE_WORDING);
        List<CandidateAnnotations.Planned> all = CandidateAnnotations.of(quote);

        List<CandidateAnnotations.Planned> missing = CandidateAnnotations.missing(quote,
                documentId -> documentId.equals(all.get(0).documentId()) ? List.of(all.get(0).annotation()) : List.of());

        assertEquals(all.size() - 1, missing.size(), "the source the analyst tagged already is left alone");
        assertTrue(CandidateAnnotations.missing(quote, documentId -> all.stream().filter(p -> p.documentId().equals(documentId))
                .map(CandidateAnnotations.Planned::annotation).toList()).isEmpty(), "accepting twice adds nothing");
    }

    @Test
    void acceptedQuotationsFiguresAndDatesAreComparedAsAnyAnnotationsAreAndBecomeTheAnalystsFindings() throws Exception {
        LoadedCorpus demo = DemoCorpus.copyInto(temp.resolve("demo"));
        List<Finding> candidates = SourceComparison.of(demo.corpus().getDocuments()).candidates();
        Map<Document, List<Annotation>> dora = new LinkedHashMap<>();
        for (Finding.Type type : List.of(Finding.Type.QUOTE_WORDING, Finding.Type.FIGURE, Finding.Type.DATE)) {
            Finding candidate = candidates.stream().filter(f -> f.type() == type && CandidateAnnotations.whyNot(f).isEmpty()
                    && f.sources().stream().map(Finding.Source::documentId).distinct().count() > 1).findFirst().orElseThrow();
            for (CandidateAnnotations.Planned planned : CandidateAnnotations.of(candidate)) {
                dora.computeIfAbsent(demo.document(planned.documentId()), d -> new ArrayList<>()).add(planned.annotation());
            }
        }

        List<Finding> findings = ConsistencyChecker.check(dora);

        for (Finding.Type type : List.of(Finding.Type.QUOTE_WORDING, Finding.Type.FIGURE, Finding.Type.DATE)) {
            assertTrue(findings.stream().anyMatch(f -> f.type() == type), "the accepted " + type.label() + " is a finding: " + findings);
        }
        Finding date = findings.stream().filter(f -> f.type() == Finding.Type.DATE).findFirst().orElseThrow();
        assertTrue(date.explanation().matches(".*; \\d{3}[^;]*: \\d{4}.*; \\d{3}[^;]*: \\d{4}.*"), "which sources give which date: " + date.explanation());
    }

    @Test
    void aRejectedSuggestionIsRememberedForItsAnalystAndComesBackOnlyIfTheTextChanges() throws Exception {
        LoadedCorpus demo = DemoCorpus.copyInto(temp.resolve("demo"));
        Document document = demo.document(DemoCorpus.DOC_000);
        List<Suggestion> suggestions = Suggesters.suggest(document,
                new EntityDirectory(demo.corpus(), List.of()));
        Suggestion first = suggestions.get(0);

        RejectedSuggestions.of(demo.layout(), "ben").reject(document, first);

        List<Suggestion> again = RejectedSuggestions.of(demo.layout(), "ben").without(document, suggestions);
        assertEquals(suggestions.size() - 1, again.size());
        assertFalse(again.contains(first));
        assertEquals(suggestions.size(), RejectedSuggestions.of(demo.layout(), "ana").without(document, suggestions).size(),
                "another analyst's rejections are their own");
        assertTrue(Files.exists(demo.layout().annotations().resolve("ben").resolve(RejectedSuggestions.FILE)));
    }
}
