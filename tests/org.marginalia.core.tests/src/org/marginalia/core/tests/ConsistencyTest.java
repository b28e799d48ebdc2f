package org.marginalia.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.marginalia.core.assist.ConsistencyChecker;
import org.marginalia.core.assist.Finding;
import org.marginalia.core.assist.ReferenceAnnotations;
import org.marginalia.core.assist.RelativeDates;
import org.marginalia.core.corpus.AnnotationStore;
import org.marginalia.core.corpus.CorpusStore;
import org.marginalia.core.corpus.LoadedAnnotations;
import org.marginalia.core.corpus.LoadedCorpus;
import org.marginalia.model.Annotation;
import org.marginalia.model.Document;
import org.marginalia.model.MarginaliaFactory;
import org.marginalia.model.Quote;

class ConsistencyTest {

    @Test
    void theDemoCorpusDisagreesOnSybihasTitleAndTheTroopFigures() throws Exception {
        LoadedCorpus corpus = CorpusStore.load(Seeds.folder());
        List<Finding> findings = ConsistencyChecker.check(ReferenceAnnotations.of(corpus, AnnotationStore.loadAll(corpus)));

        Finding title = find(findings, Finding.Type.ROLE_TITLE, "Andrii Sybiha").orElseThrow(() -> new AssertionError(findings.toString()));
        assertTrue(title.sources().stream().anyMatch(s -> s.documentId().equals(DemoCorpus.DOC_003) && s.says().contains("Deputy Foreign Minister")));
        assertTrue(title.sources().stream().anyMatch(s -> !s.documentId().equals(DemoCorpus.DOC_003) && s.says().equals("title \u201cForeign Minister\u201d")));
        assertTrue(title.explanation().matches(".*; (\\d{3}_\\w+, )+\\d{3}_\\w+: title \u201cForeign Minister\u201d; " + DemoCorpus.DOC_003 + ": title \u201cDeputy Foreign Minister\u201d"),
                "which sources agree with which, each group once: " + title.explanation());

        Finding troops = find(findings, Finding.Type.FIGURE, "North Korean troops deployed to Russia").orElseThrow(() -> new AssertionError(findings.toString()));
        assertTrue(troops.sources().stream().anyMatch(s -> s.text().equals("thousands of North Korean troops")));
        assertTrue(troops.sources().stream().anyMatch(s -> s.text().equals("as many as 12,000 North Korean troops")));
        assertTrue(troops.confidence() < 0.9, "approximate figures are a less certain disagreement");
        assertTrue(troops.sources().stream().anyMatch(s -> s.says().equals("2,000 to 19,999")), "\"thousands of\" is a range, not about 1000: " + troops);
        assertTrue(troops.sources().stream().anyMatch(s -> s.says().equals("at most 12,000")), troops.toString());
        assertTrue(troops.explanation().contains("ranges overlap"), troops.toString());
        assertTrue(troops.explanation().contains("000_3ffbc56c78e89f21, 001_78016d3573fe0450: 10,800 to 13,200"),
                "which sources agree with which: " + troops.explanation());
    }

    /** The demo analysts' events and claims (the demo schema's kinds): their majority differs where the sources do, and only there. */
    @Test
    void theAnalystsEventsAndClaimsDifferWhereTheSourcesDoAndAgreeWhereOnlyTheWordsDiffer() throws Exception {
        LoadedCorpus corpus = CorpusStore.load(Seeds.folder());
        List<Finding> findings = ConsistencyChecker.check(ReferenceAnnotations.of(corpus, AnnotationStore.loadAll(corpus)));

        Finding election = find(findings, Finding.Type.ATTRIBUTE, "Event about Donald Trump").orElseThrow(() -> new AssertionError(findings.toString()));
        assertTrue(election.sources().stream().anyMatch(s -> s.says().equals("what U.S. mid-term elections")), election.toString());
        assertTrue(election.sources().stream().anyMatch(s -> s.says().equals("what U.S. presidential election")), election.toString());
        Finding warEnd = find(findings, Finding.Type.ATTRIBUTE, "Event about Volodymyr Zelenskyy").orElseThrow(() -> new AssertionError(findings.toString()));
        assertTrue(warEnd.sources().stream().anyMatch(s -> s.documentId().equals(DemoCorpus.DOC_001) && s.says().equals("date 2025")), warEnd.toString());
        assertTrue(warEnd.explanation().contains(DemoCorpus.DOC_003 + ": date 2024") && warEnd.explanation().matches(".*; [^;]*" + DemoCorpus.DOC_001 + "[^;]*: date 2025(;.*)?"),
                "which sources agree with which: " + warEnd.explanation());
        assertTrue(warEnd.sources().stream().anyMatch(s -> s.documentId().equals(DemoCorpus.DOC_003) && s.says().equals("date 2024")),
                "chloe's 2025 for \"in 2024\" is outvoted: " + warEnd);
        Finding claim = find(findings, Finding.Type.ATTRIBUTE, "Claim about Donald Trump").orElseThrow(() -> new AssertionError(findings.toString()));
        assertTrue(claim.sources().stream().anyMatch(s -> s.says().equals("certainty claimed")) && claim.sources().stream().anyMatch(s -> s.says().equals("certainty stated")),
                claim.toString());

        assertTrue(find(findings, Finding.Type.ATTRIBUTE, "Event about Takeshi Iwaya").isEmpty(),
                "early on Saturday, November 16 and early Saturday: one day, resolved alike by the analysts: " + findings);
        assertTrue(find(findings, Finding.Type.ATTRIBUTE, "Event about Fumio Kishida").isEmpty(),
                "March 2023 and March last year: one month (chloe's 2024-03 is outvoted): " + findings);
    }

    @Test
    void relativeDatesAreResolvedAndTheSaturdayArrivalIsNotAConflict() throws Exception {
        LoadedCorpus corpus = CorpusStore.load(Seeds.folder());
        LoadedAnnotations annotations = AnnotationStore.loadAll(corpus);
        Map<Document, List<Annotation>> anas = new LinkedHashMap<>();
        for (Document document : corpus.corpus().getDocuments()) {
            anas.put(document, List.copyOf(annotations.analystSet(DemoCorpus.ANA, document.getId()).orElseThrow().getAnnotations()));
        }
        List<Finding> findings = ConsistencyChecker.check(anas);

        Finding aim = find(findings, Finding.Type.DATE, "target for ending the war").orElseThrow(() -> new AssertionError(findings.toString()));
        assertTrue(aim.sources().stream().anyMatch(s -> s.text().equals("next year") && s.says().equals("date 2025")), aim.toString());
        assertTrue(aim.sources().stream().anyMatch(s -> s.text().equals("in 2024") && s.says().equals("date 2024")), aim.toString());
        assertTrue(find(findings, Finding.Type.DATE, "Iwaya's arrival in Kyiv").isEmpty(),
                "early Saturday (16 November 2024 was a Saturday) and November 16 are the same day: " + findings);

        assertEquals(Optional.of("2024-11-16"), RelativeDates.resolve("early Saturday", "2024-11-16"));
        assertEquals(Optional.of("2024-11-16"), RelativeDates.resolve("on November 16", "2024-11"));
        assertEquals(Optional.of("2025"), RelativeDates.resolve("next year", "2024-11"));
        assertEquals(Optional.of("2024-10"), RelativeDates.resolve("last month", "2024-11-16"));
        assertEquals(Optional.empty(), RelativeDates.resolve("early on Saturday", "2024-11"), "a weekday needs the publication day");
        assertEquals(Optional.empty(), RelativeDates.resolve("next year", null), "unknown publication date: not guessed");
    }

    /** Two quotations of one statement compared word by word: a changed word is a finding, case and punctuation are not. */
    @Test
    void quotationsAreComparedWordByWordAndOnlyWordsCount() {
        Document first = document("first", "She said: \"Iran poses a direct threat to Europe and to Japan.\" Then she left.");
        Document second = document("second", "\u201ciran represents a direct threat to europe and to japan\u201d, she said.");
        Document third = document("third", "\u201cIRAN POSES A DIRECT THREAT, to Europe and to Japan!\u201d she said.");
        Map<Document, List<Annotation>> quotes = new LinkedHashMap<>();
        quotes.put(first, List.of(quote(first, "Iran poses", "Japan.")));
        quotes.put(second, List.of(quote(second, "iran represents", "japan")));
        quotes.put(third, List.of(quote(third, "IRAN POSES", "Japan!")));

        List<Finding> findings = ConsistencyChecker.check(quotes);

        assertEquals(2, findings.size(), "the second against each other; the first and third differ only in case and punctuation: " + findings);
        for (Finding wording : findings) {
            assertEquals(Finding.Type.QUOTE_WORDING, wording.type());
            assertTrue(wording.explanation().startsWith("is quoted in different words (1 change"), wording.toString());
            assertTrue(wording.sources().stream().anyMatch(s -> s.documentId().equals("second") && s.says().equals("says \u201crepresents\u201d")), wording.toString());
            assertTrue(wording.sources().stream().anyMatch(s -> !s.documentId().equals("second") && s.says().equalsIgnoreCase("says \u201cposes\u201d")), wording.toString());
        }
    }

    private static Document document(String id, String text) {
        Document document = MarginaliaFactory.eINSTANCE.createDocument();
        document.setId(id);
        document.setText(text);
        return document;
    }

    private static Quote quote(Document document, String from, String through) {
        Quote quote = MarginaliaFactory.eINSTANCE.createQuote();
        quote.setBegin(document.getText().indexOf(from));
        quote.setEnd(document.getText().indexOf(through) + through.length());
        return quote;
    }

    private static Optional<Finding> find(List<Finding> findings, Finding.Type type, String subject) {
        return findings.stream().filter(f -> f.type() == type && f.subject().equals(subject)).findFirst();
    }
}
