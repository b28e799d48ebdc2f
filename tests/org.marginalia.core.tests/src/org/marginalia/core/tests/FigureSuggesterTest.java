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

    @Test
    void compoundNumberWordsAndScalesAreReadWhole() {
        Map<String, Figure> proposed = proposals("Forty-two soldiers and twenty-five boats came, then three hundred boats and two million sandbags. "
                + "A hundred homes, one hundred cars, a thousand pumps, a quarter of a million people, 1.5bn litres and half a million residents.", "2025-03-11");

        assertCounts(proposed, "Forty-two soldiers", "42", "soldiers", false);
        assertCounts(proposed, "twenty-five boats", "25", "boats", false);
        assertCounts(proposed, "three hundred boats", "300", "boats", false);
        assertCounts(proposed, "two million sandbags", "2000000", "sandbags", false);
        assertCounts(proposed, "A hundred homes", "100", "homes", false);
        assertCounts(proposed, "one hundred cars", "100", "cars", false);
        assertCounts(proposed, "a thousand pumps", "1000", "pumps", false);
        assertCounts(proposed, "a quarter of a million people", "250000", "people", false);
        assertCounts(proposed, "1.5bn litres", "1500000000", "litres", false);
        assertCounts(proposed, "half a million residents", "500000", "residents", false);
    }

    @Test
    void moneyIsValuedWithItsScaleAndGivenItsCurrencyAsUnit() {
        Map<String, Figure> proposed = proposals("Repairs cost \u00a35 million, the new barrier \u00a31.5bn. Insurers put losses between \u00a320 million and "
                + "\u00a325 million.", "2025-03-11");

        assertFigure(proposed, "\u00a35 million", "5000000", "GBP", false);
        assertFigure(proposed, "\u00a31.5bn", "1500000000", "GBP", false);
        assertFigure(proposed, "between \u00a320 million and \u00a325 million", "20000000..25000000", "GBP", true);
        assertTrue(proposed.keySet().stream().noneMatch(words -> words.equals("\u00a325 million")), "one range, not two figures: " + proposed.keySet());
    }

    @Test
    void aNumberGluedToLettersIsANameNotAFigure() {
        Map<String, Figure> proposed = proposals("COVID-19 cases rose again. Version 2.0 shipped. The B52s flew.", "2025-03-11");

        assertTrue(proposed.isEmpty(), "names, not figures: " + proposed.keySet());
        assertCounts(proposals("There were 300 COVID-19 cases.", null), "300 COVID-19 cases", "300", "COVID-19 cases", false);
    }

    @Test
    void dozensAndVagueAmountsAreApproximateAndFoundAtTheStartOfASentence() {
        Map<String, Figure> proposed = proposals("More than two dozen families were moved. A dozen shops shut. Dozens of homes flooded. "
                + "Hundreds were evacuated. Thousands fled the town, and hundreds of volunteers came.", "2025-03-11");

        assertCounts(proposed, "More than two dozen families", "24", "families", true);
        assertCounts(proposed, "A dozen shops", "12", "shops", false);
        assertCounts(proposed, "Dozens of homes", "12", "homes", true);
        assertCounts(proposed, "Hundreds", "100", null, true);
        assertCounts(proposed, "Thousands", "1000", null, true);
        assertCounts(proposed, "hundreds of volunteers", "100", "volunteers", true);
    }

    @Test
    void rangesInWordsAreOneFigureAsRangesInDigitsAre() {
        Map<String, Figure> proposed = proposals("Between ten and twelve schools closed, and ten to twelve roads. 1,200 to 1,500 people left.", "2025-03-11");

        assertCounts(proposed, "Between ten and twelve schools", "10..12", "schools", true);
        assertCounts(proposed, "ten to twelve roads", "10..12", "roads", true);
        assertCounts(proposed, "1,200 to 1,500 people", "1200..1500", "people", true);
    }

    @Test
    void everyTeenAndEveryTenIsANumberWord() {
        String[] words = { "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty", "sixty",
                "seventy", "eighty", "ninety" };
        int[] values = { 13, 14, 15, 16, 17, 18, 19, 20, 30, 40, 50, 60, 70, 80, 90 };
        for (int i = 0; i < words.length; i++) {
            assertCounts(proposals("They counted " + words[i] + " flood warnings.", null), words[i] + " flood warnings", Integer.toString(values[i]),
                    "flood warnings", false);
        }
    }

    @Test
    void percentagesAndHedgesBelowANumberAreRead() {
        Map<String, Figure> proposed = proposals("About 30% of homes, 30 per cent of farms and 40 percent of roads flooded. Fewer than 50 people, less than "
                + "40 villages, under 60 volunteers and at least 20 boats.", "2025-03-11");

        assertFigure(proposed, "About 30%", "30", "percent", true);
        assertFigure(proposed, "30 per cent", "30", "percent", false);
        assertFigure(proposed, "40 percent", "40", "percent", false);
        assertCounts(proposed, "Fewer than 50 people", "50", "people", true);
        assertCounts(proposed, "less than 40 villages", "40", "villages", true);
        assertCounts(proposed, "under 60 volunteers", "60", "volunteers", true);
        assertCounts(proposed, "at least 20 boats", "20", "boats", true);
    }

    @Test
    void oneInFiveIsAPercentageAndAMinusSignIsKept() {
        Map<String, Figure> proposed = proposals("One in five homes lost power as it fell to -5 degrees.", "2025-03-11");

        assertFigure(proposed, "One in five homes", "20", "percent", false);
        assertEquals("homes", proposed.get("One in five homes").getCounts());
        assertCounts(proposed, "-5 degrees", "-5", "degrees", false);
        assertTrue(proposed.keySet().stream().noneMatch(words -> words.startsWith("five")), "the proportion, not five homes: " + proposed.keySet());
    }

    @Test
    void theCountedPhraseStopsBeforeItsVerb() {
        Map<String, Figure> proposed = proposals("Nearly 400 people spent the night in the hall; 50 people stayed and 12 pumps arrived. "
                + "But 150 displaced families waited.", "2025-03-11");

        assertCounts(proposed, "Nearly 400 people", "400", "people", true);
        assertCounts(proposed, "50 people", "50", "people", false);
        assertCounts(proposed, "12 pumps", "12", "pumps", false);
        assertCounts(proposed, "150 displaced families", "150", "displaced families", false);
    }

    @Test
    void aWeekdayIsAheadWhenItsClauseSpeaksOfTheFuture() {
        Map<String, Figure> proposed = proposals("The bridge will stay closed until Friday. Sandbags are to be needed by Wednesday.", "2025-03-11");
        assertEquals("2025-03-14", proposed.get("Friday").getValue());
        assertEquals("2025-03-12", proposed.get("Wednesday").getValue());

        assertEquals("2025-03-10", proposals("On Monday the river rose.", "2025-03-11").get("On Monday").getValue());
        assertEquals("2025-03-07", proposals("The road was closed until Friday.", "2025-03-11").get("Friday").getValue());
        Map<String, Figure> reported = proposals("Officials said on Monday that the school would stay shut until Thursday.", "2025-03-11");
        assertEquals("2025-03-10", reported.get("on Monday").getValue(), "the day they said it is past");
        assertEquals("2025-03-13", reported.get("Thursday").getValue());
    }

    private static void assertCounts(Map<String, Figure> proposed, String words, String value, String counts, boolean approximate) {
        assertFigure(proposed, words, value, proposed.containsKey(words) ? proposed.get(words).getUnit() : null, approximate);
        assertEquals(counts, proposed.get(words).getCounts(), words);
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
