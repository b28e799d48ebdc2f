package org.marginalia.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.marginalia.core.edit.Span;
import org.marginalia.core.edit.SpanRules;

class SpanRulesTest {

    private static final String TEXT = "the dispatch of approximately 12,000 North Korean soldiers to Russian soil. Kyiv's U.S. \u201cally\u201d";

    private static String snapped(int begin, int end) {
        return SpanRules.snap(TEXT, begin, end).map(s -> s.of(TEXT)).orElse(null);
    }

    private static int at(String word) {
        return TEXT.indexOf(word);
    }

    @Test
    void aSelectionGrowsToWholeWords() {
        int begin = at("approximately") + 3;
        int end = at("soldiers") + 4;
        assertEquals("approximately 12,000 North Korean soldiers", snapped(begin, end));
    }

    @Test
    void surroundingSpaceIsDroppedAndAnExactSelectionIsKept() {
        int begin = at("approximately");
        int end = at("soldiers") + "soldiers".length();
        assertEquals("approximately 12,000 North Korean soldiers", snapped(begin - 1, end + 1));
        assertEquals("approximately 12,000 North Korean soldiers", snapped(begin, end));
    }

    @Test
    void aCaretInsideAWordTakesTheWordWithItsInnerPunctuation() {
        assertEquals("12,000", snapped(at("12,000") + 3, at("12,000") + 3));
        assertEquals("Kyiv's", snapped(at("Kyiv") + 1, at("Kyiv") + 1));
        assertEquals("U.S", snapped(at("U.S.") + 1, at("U.S.") + 1), "a final full stop ends the sentence, not the word");
        assertEquals("Russian", snapped(at("Russian") + "Russian".length(), at("Russian") + "Russian".length()), "a caret just after a word");
    }

    @Test
    void aSelectionEndingBeforeAPossessiveStaysAsSelectedButANumberIsCompleted() {
        String text = "North Korea's troops: 12,000 of them";
        assertEquals("North Korea", SpanRules.snap(text, 0, 11).orElseThrow().of(text));
        assertEquals("12,000", SpanRules.snap(text, text.indexOf("12"), text.indexOf("12") + 2).orElseThrow().of(text));
    }

    @Test
    void quotationMarksStayOutsideUnlessSelected() {
        assertEquals("ally", snapped(at("ally") + 1, at("ally") + 2));
        assertEquals("\u201cally\u201d", snapped(at("ally") - 1, at("ally") + 5));
    }

    @Test
    void nothingToTagBetweenWords() {
        assertTrue(SpanRules.snap(TEXT, at(". Kyiv") + 1, at(". Kyiv") + 2).isEmpty(), "a selected space alone");
        assertEquals(new Span(0, 3), SpanRules.snap(TEXT, 0, 0).orElseThrow());
    }
}
