package org.marginalia.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.marginalia.core.assist.MentionSuggester;
import org.marginalia.core.assist.Suggesters;
import org.marginalia.core.assist.Suggestion;
import org.marginalia.core.corpus.AnnotationStore;
import org.marginalia.core.corpus.CorpusStore;
import org.marginalia.core.corpus.LoadedCorpus;
import org.marginalia.core.text.QuotationMarks;
import org.marginalia.core.edit.EntityDirectory;
import org.marginalia.model.Annotation;
import org.marginalia.model.Document;
import org.marginalia.model.Figure;
import org.marginalia.model.Origin;
import org.marginalia.model.Quote;
import org.marginalia.model.QuoteMode;
import org.marginalia.model.Role;

class SuggestionTest {

    private static List<String> describe(Document document, List<Figure> figures) {
        return figures.stream().map(f -> document.getText().substring(f.getBegin(), f.getEnd()) + "=" + f.getValue()).toList();
    }

    private static String text(Document document, Suggestion suggestion) {
        return document.getText().substring(suggestion.begin(), suggestion.end());
    }

    @Test
    void theBuiltInSuggestersAreContributedThroughTheExtensionPoint() {
        assertEquals(List.of("quotes", "figures", "roles", "mentions", "repeats", "learned"), Suggesters.all().stream().map(s -> s.name()).toList());
    }

    @Test
    void anEntitysFirstMentionInEachParagraphRanksAboveItsRepetitions() throws Exception {
        LoadedCorpus corpus = CorpusStore.load(Seeds.folder());
        EntityDirectory entities = new EntityDirectory(corpus.corpus(), AnnotationStore.loadAll(corpus).sets());
        Document document = org.marginalia.model.MarginaliaFactory.eINSTANCE.createDocument();
        document.setText("Takeshi Iwaya reached Kyiv. Takeshi Iwaya met the press.\nLater Takeshi Iwaya left Kyiv.");

        List<Double> iwaya = new MentionSuggester().suggest(document, entities).stream().filter(s -> text(document, s).equals("Takeshi Iwaya"))
                .map(Suggestion::confidence).toList();

        assertEquals(List.of(0.8, 0.5, 0.8), iwaya, "first in its paragraph, repeated, first in the next paragraph");
    }

    @Test
    void shortQuotationsReportedSpeechNumberWordsAndBareDatesAreProposed() throws Exception {
        LoadedCorpus corpus = CorpusStore.load(Seeds.folder());
        EntityDirectory entities = new EntityDirectory(corpus.corpus(), AnnotationStore.loadAll(corpus).sets());
        Document kyodo = corpus.document("004_06a76a727e4f1559");

        List<String> quotes = Suggesters.suggest(kyodo, entities).stream().filter(s -> s.proposal() instanceof Quote).map(s -> text(kyodo, s)).toList();

        assertTrue(quotes.contains("a basis"), "the short quotation is a quotation: " + quotes);
        assertTrue(quotes.stream().anyMatch(q -> q.startsWith("Japan will continue to stand together")), quotes.toString());
        assertTrue(quotes.stream().noneMatch(q -> q.contains("\"")), "no narrative between two quotations: " + quotes);

        Document caliber = corpus.document(DemoCorpus.DOC_003);
        Quote reported = Suggesters.suggest(caliber, entities).stream().filter(s -> s.proposal() instanceof Quote q && q.getMode() == QuoteMode.REPORTED)
                .map(s -> (Quote) s.proposal()).filter(q -> caliber.getText().substring(q.getBegin(), q.getEnd()).startsWith("Ukraine\u2019s intelligence agencies believe"))
                .findFirst().orElseThrow(() -> new AssertionError("reported speech with its speaker"));
        assertEquals("person.andrii-sybiha", reported.getSpeaker().getId());
        assertEquals("told reporters", reported.getCue());

        Document outlook = corpus.document("002_e11c02aa0c6797d3");
        List<Figure> figures = Suggesters.suggest(outlook, entities).stream().filter(s -> s.proposal() instanceof Figure).map(s -> (Figure) s.proposal()).toList();
        assertTrue(figures.stream().anyMatch(f -> "7".equals(f.getValue()) && "telephone conversations between".equals(f.getCounts())
                || "7".equals(f.getValue()) && f.getCounts().startsWith("telephone conversations")), "a number in words: " + describe(outlook, figures));
        assertTrue(figures.stream().anyMatch(f -> "2014".equals(f.getValue()) && "date".equals(f.getUnit())), "a bare year: " + describe(outlook, figures));
        assertTrue(figures.stream().anyMatch(f -> "2024-09".equals(f.getValue()) && outlook.getText().substring(f.getBegin(), f.getEnd()).equals("September")),
                "a month on its own, in the months before publication: " + describe(outlook, figures));
        assertTrue(figures.stream().noneMatch(f -> outlook.getText().substring(f.getBegin(), f.getEnd()).startsWith("two countries")), "the two countries refers back");

        String styles = "He said \u300c\u65e5\u672c\u306f\u652f\u63f4\u3092\u7d9a\u3051\u308b \u3068\u8ff0\u3079\u305f\u300d and \u00abnous resterons unis\u00bb; it's Iwaya's \u2018view of the talks\u2019.";
        assertEquals(List.of("\u65e5\u672c\u306f\u652f\u63f4\u3092\u7d9a\u3051\u308b \u3068\u8ff0\u3079\u305f", "nous resterons unis", "view of the talks"),
                QuotationMarks.of(styles).stream().map(q -> styles.substring(q.begin(), q.end())).toList(), "apostrophes open nothing");
    }

    @Test
    void suggestionsOnASeedFindQuotesFiguresRolesAndMentions() throws Exception {
        LoadedCorpus corpus = CorpusStore.load(Seeds.folder());
        EntityDirectory entities = new EntityDirectory(corpus.corpus(), AnnotationStore.loadAll(corpus).sets());
        Document document = corpus.document(DemoCorpus.DOC_000);
        List<Suggestion> suggestions = Suggesters.suggest(document, entities);

        Suggestion quote = suggestions.stream().filter(s -> s.proposal() instanceof Quote && text(document, s).startsWith("Japan will continue"))
                .findFirst().orElseThrow(() -> new AssertionError("no quote suggested"));
        assertEquals("stated", ((Quote) quote.proposal()).getCue());
        assertTrue(text(document, quote).endsWith("lasting peace."), "the quotation marks stay outside: " + text(document, quote));

        Suggestion troops = suggestions.stream().filter(s -> s.proposal() instanceof Figure && text(document, s).equals("approximately 12,000 North Korean troops"))
                .findFirst().orElseThrow(() -> new AssertionError("no troop figure suggested"));
        Figure figure = (Figure) troops.proposal();
        assertEquals("12000", figure.getValue());
        assertTrue(figure.isApproximate());
        assertEquals("North Korean troops", figure.getCounts());
        assertTrue(suggestions.stream().anyMatch(s -> s.proposal() instanceof Figure f && text(document, s).equals("February 2022") && "2022-02".equals(f.getValue())));

        Document kyodo = corpus.document("004_06a76a727e4f1559");
        Suggestion saturday = Suggesters.suggest(kyodo, entities).stream()
                .filter(s -> s.proposal() instanceof Figure && text(kyodo, s).equals("early Saturday")).findFirst()
                .orElseThrow(() -> new AssertionError("no relative date suggested"));
        assertEquals("2024-11-16", ((Figure) saturday.proposal()).getValue(), "the Saturday of the publication day");

        Suggestion iwaya = suggestions.stream().filter(s -> s.proposal() instanceof Role && text(document, s).equals("Japanese Foreign Minister Takeshi Iwaya"))
                .findFirst().orElseThrow(() -> new AssertionError("no role suggested"));
        Role role = (Role) iwaya.proposal();
        assertEquals("Foreign Minister", role.getTitle());
        assertEquals("person.takeshi-iwaya", role.getPerson().getId());
        assertEquals("place.japan", role.getAffiliation().getId());

        assertTrue(suggestions.stream().anyMatch(s -> text(document, s).equals("Kyiv")), "mentions of known entities");
        Annotation accepted = quote.accept("dana");
        assertEquals(Origin.SUGGESTED, accepted.getOrigin());
        assertTrue(accepted.getId().startsWith("dana-"));
    }
}
