package org.marginalia.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.marginalia.core.assist.Finding;
import org.marginalia.core.assist.ReferenceAnnotations;
import org.marginalia.core.compare.SideBySide;
import org.marginalia.core.compare.Token;
import org.marginalia.core.compare.SourceComparison;
import org.marginalia.core.compare.Statements;
import org.marginalia.core.compare.Timeline;
import org.marginalia.core.compare.TimelineSvg;
import org.marginalia.core.corpus.AnnotationStore;
import org.marginalia.core.corpus.CorpusStore;
import org.marginalia.core.corpus.LoadedCorpus;
import org.marginalia.model.Document;
import org.marginalia.model.MarginaliaFactory;

/** The five demo articles compared from their raw text: what a careful reader finds is found, where they agree stays quiet. */
class SourceComparisonTest {

    private static SourceComparison.Result result;

    @BeforeAll
    static void compareTheSeeds() throws Exception {
        result = SourceComparison.of(CorpusStore.load(Seeds.folder()).corpus().getDocuments());
    }

    private static List<Finding> candidates(Finding.Type type, Predicate<Finding> matching) {
        return result.candidates().stream().filter(f -> f.type() == type && matching.test(f)).toList();
    }

    /** Whether the finding's source in {@code document} says (or, for {@code inText}, has in its span) the words. */
    private static boolean says(Finding finding, String document, String words) {
        return finding.sources().stream().anyMatch(s -> s.documentId().startsWith(document) && s.says().contains(words));
    }

    private static boolean has(Finding finding, String document, String words) {
        return finding.sources().stream().anyMatch(s -> s.documentId().startsWith(document) && s.text().contains(words));
    }

    @Test
    void oneChangedWordInSybihasQuotationIsFound() {
        assertFalse(candidates(Finding.Type.QUOTE_WORDING, f -> says(f, "001", "poses") && says(f, "003", "represents")).isEmpty(), result.candidates().toString());
    }

    @Test
    void nextYearWrittenInNovember2024AgainstIn2024IsADateConflict() {
        assertFalse(candidates(Finding.Type.DATE, f -> says(f, "001", "2025") && says(f, "003", "2024")).isEmpty(), result.candidates().toString());
    }

    @Test
    void theTroopFiguresAreComparedAsRangesThatOverlap() {
        List<Finding> troops = candidates(Finding.Type.FIGURE, f -> has(f, "000", "approximately 12,000") && has(f, "003", "as many as 12,000"));
        assertFalse(troops.isEmpty(), result.candidates().toString());
        assertTrue(troops.get(0).explanation().contains("overlap"), troops.get(0).toString());
        assertTrue(troops.get(0).explanation().matches(".*000_\\w+, 001_\\w+ say \u201capproximately 12,000\u201d.*"), "which sources agree with which: " + troops.get(0));
        assertTrue(has(troops.get(0), "003", "thousands of") && says(troops.get(0), "003", "2,000 to 19,999"), troops.get(0).toString());
        assertTrue(says(troops.get(0), "003", "at most 12,000") && says(troops.get(0), "000", "10,800 to 13,200"), troops.get(0).toString());
    }

    @Test
    void whoTheTroopFigureIsCreditedToDiffers() {
        List<Finding> credited = candidates(Finding.Type.ATTRIBUTION, f -> says(f, "000", "credits Ukraine") && says(f, "003", "credits US, South Korean"));
        assertFalse(credited.isEmpty(), result.candidates().toString());
        assertFalse(credited.stream().anyMatch(f -> f.sources().size() == 2 && f.sources().stream().noneMatch(s -> s.documentId().startsWith("000"))),
                "001 and 003 credit the same three intelligence services, worded differently: " + credited);
    }

    @Test
    void theElectionAndTrumpsReturnAreDescribedDifferently() {
        assertFalse(candidates(Finding.Type.DESCRIPTION, f -> says(f, "000", "mid-term") && says(f, "004", "presidential")).isEmpty(),
                result.candidates().toString());
        assertFalse(candidates(Finding.Type.DESCRIPTION, f -> says(f, "000", "prominence") && says(f, "004", "White House")).isEmpty(),
                result.candidates().toString());
    }

    @Test
    void sybihasTitleAndTheHedgesAreFound() {
        assertFalse(candidates(Finding.Type.DESCRIPTION, f -> says(f, "003", "Deputy")).isEmpty(), result.candidates().toString());
        assertFalse(candidates(Finding.Type.MODALITY, f -> says(f, "004", "in principle") && has(f, "002", "information security treaty")).isEmpty(),
                result.candidates().toString());
        assertFalse(candidates(Finding.Type.QUOTE_WORDING, f -> says(f, "004", "only \u201ca basis\u201d")).isEmpty(), result.candidates().toString());
    }

    @Test
    void whereTheSourcesAgreeNothingIsFlagged() {
        assertTrue(candidates(Finding.Type.DATE, f -> f.sources().stream().anyMatch(s -> s.text().contains("Saturday") || s.text().contains("November 16"))).isEmpty(),
                "a Saturday and 16 November 2024 are one day: " + result.candidates());
        assertTrue(candidates(Finding.Type.DATE, f -> f.sources().stream().anyMatch(s -> s.text().contains("March"))).isEmpty(),
                "March 2023 and March last year (written in 2024) agree: " + result.candidates());
        assertTrue(result.candidates().stream().noneMatch(f -> f.sources().stream().allMatch(s -> s.says().matches("(?s).*Zelenskyy?\\b.*"))
                && f.type() == Finding.Type.DESCRIPTION && f.subject().matches("Zelenskyy?")), "Zelensky and Zelenskyy are one name: " + result.candidates());
        assertTrue(candidates(Finding.Type.QUOTE_WORDING, f -> f.subject().contains("Japan will continue")).isEmpty(),
                "the same quotation in the same words: " + result.candidates());
    }

    @Test
    void twoDocumentsSideBySideKeepEveryStatementOnceAlignTheSameAndShowTheChangedWords() throws Exception {
        List<Document> documents = CorpusStore.load(Seeds.folder()).corpus().getDocuments();
        Document left = documents.get(1);
        Document right = documents.get(3);

        List<SideBySide.Row> rows = SideBySide.of(left, right);

        assertEquals(Statements.of(left).stream().filter(s -> !s.quoted()).count(), rows.stream().filter(r -> r.cell(0) != null).count(), "every left statement once");
        assertEquals(Statements.of(right).stream().filter(s -> !s.quoted()).count(), rows.stream().filter(r -> r.cell(1) != null).count(), "every right statement once");
        SideBySide.Row sybiha = rows.stream().filter(r -> r.cell(0) != null && r.cell(1) != null && r.cell(0).text().contains("poses a direct threat"))
                .findFirst().orElseThrow(() -> new AssertionError("the quotation's sentences are aligned"));
        assertTrue(words(sybiha, 0).contains("poses") && words(sybiha, 1).contains("represents"), sybiha.changed().toString());
        assertTrue(rows.stream().anyMatch(r -> r.cell(0) == null) && rows.stream().anyMatch(r -> r.cell(1) == null), "each side has statements the other lacks");
        assertInOrder(rows, 0);
    }

    @Test
    void fiveDocumentsSideBySideKeepEachOnesStatementsOnceTheFirstOnesInOrderWithOneStatementOfEachPerRow() throws Exception {
        List<Document> documents = CorpusStore.load(Seeds.folder()).corpus().getDocuments();

        List<SideBySide.Row> rows = SideBySide.of(documents);

        for (int d = 0; d < documents.size(); d++) {
            int document = d;
            assertEquals(Statements.of(documents.get(d)).stream().filter(s -> !s.quoted()).count(), rows.stream().filter(r -> r.cell(document) != null).count(),
                    "every statement of " + documents.get(d).getId() + " once");
        }
        assertInOrder(rows, 0);
        assertTrue(rows.stream().allMatch(r -> r.cells().size() == 5));
        SideBySide.Row arrival = rows.stream().filter(r -> r.cell(3) != null && r.cell(3).text().contains("arrived in Kyiv on November 16")).findFirst().orElseThrow();
        long sources = arrival.cells().stream().filter(cell -> cell != null).count();
        assertTrue(sources >= 2, "the arrival is told by more than one source: " + arrival.cells());
        assertTrue(rows.stream().anyMatch(r -> r.cells().stream().filter(cell -> cell != null).count() >= 3), "some statement is reported by three sources or more");
    }

    /** Another event than the demo's: one quotation that three outlets give to different people in different settings. */
    @Test
    void aQuotationGivenToAnotherSpeakerOrSaidElsewhereIsACandidateAndTheSameSpeakerSpelledOtherwiseIsNot() {
        String quote = "We will not return to work until the port authority listens to the crews";
        Document a = article("rotterdam-a", "Dock workers in Rotterdam stayed out for a third day. \u201c" + quote + ",\u201d union leader Marit Jansen told reporters on Monday.");
        Document b = article("rotterdam-b", "The strike closed two terminals. \"" + quote + ",\" said Pieter de Vries, a union spokesman, in an interview with NOS radio.");
        Document c = article("rotterdam-c", "Speaking at a press conference, Marit Janssen said: \"" + quote + ".\" The port authority did not comment.");

        List<Finding> candidates = SourceComparison.of(List.of(a, b, c)).candidates();

        Finding speaker = candidates.stream().filter(f -> f.type() == Finding.Type.QUOTE_SPEAKER).findFirst()
                .orElseThrow(() -> new AssertionError("the quotation's speakers differ: " + candidates));
        assertEquals(List.of("Marit Jansen", "Pieter"), speaker.sources().stream().map(Finding.Source::says).toList(),
                "Jansen and Janssen are one speaker, de Vries another: " + speaker);
        Finding setting = candidates.stream().filter(f -> f.type() == Finding.Type.SETTING).findFirst()
                .orElseThrow(() -> new AssertionError("the settings differ: " + candidates));
        assertEquals(List.of("told reporters", "interview with NOS", "press conference"), setting.sources().stream().map(Finding.Source::says).toList(),
                setting.toString());
        assertTrue(candidates.stream().noneMatch(f -> f.type() == Finding.Type.QUOTE_WORDING), "the same words: " + candidates);
    }

    private static Document article(String id, String text) {
        Document document = MarginaliaFactory.eINSTANCE.createDocument();
        document.setId(id);
        document.setText(text);
        document.setPublicationDate("2026-03-02");
        return document;
    }

    private static void assertInOrder(List<SideBySide.Row> rows, int document) {
        int last = -1;
        for (SideBySide.Row row : rows) {
            if (row.cell(document) != null) {
                assertTrue(row.cell(document).begin() > last, "the order of document " + document + " is kept");
                last = row.cell(document).begin();
            }
        }
    }

    private static List<String> words(SideBySide.Row row, int document) {
        return row.changed().get(document).stream().map(Token::text).toList();
    }

    @Test
    void theTimelinePutsEveryResolvedDateOnOneAxisAndMarksTheConflict() throws Exception {
        List<Document> documents = CorpusStore.load(Seeds.folder()).corpus().getDocuments();

        Timeline timeline = Timeline.of(documents);

        Timeline.Entry nextYear = timeline.entries().stream().filter(e -> e.document().getId().startsWith("001") && e.text().equals("next year"))
                .findFirst().orElseThrow(() -> new AssertionError(timeline.entries().toString()));
        assertEquals(LocalDate.of(2025, 1, 1), nextYear.from());
        assertEquals(LocalDate.of(2025, 12, 31), nextYear.to());
        assertTrue(nextYear.conflict(), "the date another source contradicts is marked");
        Timeline.Entry saturday = timeline.entries().stream().filter(e -> e.document().getId().startsWith("004") && e.text().contains("Saturday"))
                .findFirst().orElseThrow();
        assertEquals(LocalDate.of(2024, 11, 16), saturday.from());
        assertFalse(saturday.conflict());
        assertEquals(0.0, timeline.x(timeline.first(), 1000), 1e-9);

        String svg = TimelineSvg.of(timeline, 1200);
        assertTrue(svg.startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\"") && svg.contains("fill=\"#d62728\"") && svg.contains(">next year<"), svg);
        DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void theTimelineHasTheAnalystsEventsAndDatedFiguresWithWhatTheyDateAndTheirConflicts() throws Exception {
        LoadedCorpus corpus = CorpusStore.load(Seeds.folder());

        Timeline timeline = Timeline.of(corpus.corpus().getDocuments(), ReferenceAnnotations.of(corpus, AnnotationStore.loadAll(corpus)));

        List<Timeline.Entry> annotated = timeline.entries().stream().filter(Timeline.Entry::annotated).toList();
        Timeline.Entry arrival = annotated.stream().filter(e -> e.label().equals("Event: arrival in Kyiv")).findFirst()
                .orElseThrow(() -> new AssertionError(annotated.toString()));
        assertEquals(LocalDate.of(2024, 11, 16), arrival.from());
        assertFalse(arrival.conflict(), "every source puts the arrival on 16 November");
        List<Timeline.Entry> warEnd = annotated.stream().filter(e -> e.label().equals("Event: end of the war")).toList();
        assertTrue(warEnd.stream().anyMatch(e -> e.resolved().equals("2025") && e.conflict()) && warEnd.stream().anyMatch(e -> e.resolved().equals("2024") && e.conflict()),
                "the analysts' 2025 and 2024 for the end of the war are marked: " + warEnd);
        assertTrue(annotated.stream().anyMatch(e -> !e.label().startsWith("Event: ") && e.resolved().equals("2022-02")), "a dated figure, labelled with what it counts: " + annotated);
        assertTrue(timeline.entries().stream().anyMatch(e -> !e.annotated() && e.text().equals("next year")), "the text's own dates are still there");

        String svg = TimelineSvg.of(timeline, 1200);
        assertTrue(svg.contains("fill=\"" + TimelineSvg.ANNOTATED + "\"") && svg.contains(">Event: arrival in Kyiv<"), svg);
    }
}
