package org.marginalia.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.marginalia.core.assist.FigureSuggester;
import org.marginalia.core.assist.Suggestion;
import org.marginalia.core.edit.EntityDirectory;
import org.marginalia.model.Corpus;
import org.marginalia.model.Document;
import org.marginalia.model.Figure;
import org.marginalia.model.MarginaliaFactory;

/** Figures as a report of another event than the demo's words them: hedged number words, ranges, relative months. */
class FigureSuggesterTest {

    private static final String REPORT = "After over three decades of disputes, the two ports signed a deal. Between 10,000 and 12,000 dockworkers "
            + "struck in January this year, and 3 to 5 ships waited. The ministers held seven telephone conversations between March and May. "
            + "Since 2014, about 1.5 million containers have passed through Route 9.";

    @Test
    void hedgedNumberWordsRangesAndMonthsOfARelativeYearAreProposedWithNormalisedValues() {
        Map<String, Figure> proposed = proposals(REPORT, "2025-06-02");

        assertFigure(proposed, "over three decades", "30", "years", true);
        assertFigure(proposed, "Between 10,000 and 12,000 dockworkers", "10000..12000", null, true);
        assertFigure(proposed, "3 to 5 ships", "3..5", null, true);
        assertFigure(proposed, "January this year", "2025-01", "date", false);
        assertFigure(proposed, "seven telephone conversations", "7", null, false);
        assertFigure(proposed, "2014", "2014", "date", false);
        assertFigure(proposed, "about 1.5 million containers", "1500000", null, true);
        assertTrue(proposed.keySet().stream().noneMatch(words -> words.contains("two ports") || words.contains("Route 9") || words.contains("this year,")),
                "'the two ports' refers back, a road number counts nothing: " + proposed.keySet());
    }

    @Test
    void aMonthOfLastOrNextYearIsResolvedAgainstThePublicationAndLeftOpenWithoutOne() {
        assertEquals("2024-03", proposals("Talks began in March last year.", "2025-06-02").get("March last year").getValue());
        assertEquals(null, proposals("Talks began in March last year.", null).get("March last year").getValue());
    }

    private static void assertFigure(Map<String, Figure> proposed, String words, String value, String unit, boolean approximate) {
        Figure figure = proposed.get(words);
        assertTrue(figure != null, "'" + words + "' is proposed as one figure: " + proposed.keySet());
        assertEquals(value, figure.getValue(), words);
        assertEquals(unit, figure.getUnit(), words);
        assertEquals(approximate, figure.isApproximate(), words);
    }

    private static Map<String, Figure> proposals(String text, String published) {
        Corpus corpus = MarginaliaFactory.eINSTANCE.createCorpus();
        Document document = MarginaliaFactory.eINSTANCE.createDocument();
        document.setId("report");
        document.setText(text);
        document.setPublicationDate(published);
        corpus.getDocuments().add(document);
        List<Suggestion> suggestions = new FigureSuggester().suggest(document, new EntityDirectory(corpus, List.of()));
        Map<String, Figure> byWords = new TreeMap<>();
        suggestions.forEach(s -> byWords.put(text.substring(s.begin(), s.end()), (Figure) s.proposal()));
        return byWords;
    }
}
