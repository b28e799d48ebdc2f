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

    @Test
    void aCharacterOutsideTheBasicPlaneIsALetterAndIsNeverCutInHalf() {
        String text = "The shop \uD842\uDFB7野家 opened";
        int rare = text.indexOf("\uD842");
        assertEquals("\uD842\uDFB7野家", SpanRules.snap(text, rare + 1, rare + 1).orElseThrow().of(text), "a caret on its low half takes the word");
        Span selected = SpanRules.snap(text, rare + 1, rare + 3).orElseThrow();
        assertEquals(rare, selected.begin(), "a selection starting between the halves starts before the pair");
    }

    @Test
    void anEmojiSequenceOrAnAccentStaysWhole() {
        String family = "Team \uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67 wins";
        int emoji = family.indexOf("\uD83D");
        Span span = SpanRules.snap(family, emoji + 1, emoji + 4).orElseThrow();
        assertEquals("\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67", span.of(family), "the whole family emoji, never half of it");

        String accent = "caf" + "e\u0301 open";
        assertEquals("cafe\u0301", SpanRules.snap(accent, 1, 1).orElseThrow().of(accent), "the combining accent stays with its letter");
    }

    @Test
    void japaneseHasNoSpacesSoASelectionStaysAsSelectedAndACaretTakesItsScriptsRun() {
        String text = "岩屋外務大臣はウクライナを訪問し、防衛協力を約束した😀。";
        int begin = text.indexOf("防衛協力");
        assertEquals(new Span(begin, begin + 4), SpanRules.snap(text, begin, begin + 4).orElseThrow(),
                "not the whole run of letters up to the emoji");
        int katakana = text.indexOf("ウクライナ");
        assertEquals(new Span(katakana, katakana + 5), SpanRules.snap(text, katakana + 2, katakana + 2).orElseThrow(),
                "a caret in a katakana name takes the name");
        String english = "Iwaya met 岩屋 in Kyiv";
        assertEquals(new Span(0, 5), SpanRules.snap(english, 1, 3).orElseThrow(), "latin words still snap");
    }
}
