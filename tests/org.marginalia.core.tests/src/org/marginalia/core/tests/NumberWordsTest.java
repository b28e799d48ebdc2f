package org.marginalia.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.marginalia.core.assist.NumberWords;

/** Numbers in words and digits as news write them, and their values. */
class NumberWordsTest {

    @Test
    void wordsAndDigitsAreValuedWithTheirScales() {
        assertValue("42", "forty-two");
        assertValue("25", "Twenty five");
        assertValue("300", "three hundred");
        assertValue("150", "a hundred and fifty");
        assertValue("24", "two dozen");
        assertValue("12", "a dozen");
        assertValue("1000", "a thousand");
        assertValue("2000000", "two million");
        assertValue("250000", "a quarter of a million");
        assertValue("500000", "half a million");
        assertValue("12000", "12,000");
        assertValue("1500000", "1.5 million");
        assertValue("1500000000", "1.5bn");
        assertValue("5000000", "5m");
        assertValue("-5", "-5");
        assertEquals(Optional.empty(), NumberWords.value("forty winks"));
    }

    @Test
    void thePatternsTakeWholeNumbersAndLeaveOneAloneAndOrdinals() {
        Pattern words = Pattern.compile(NumberWords.WORDS);
        assertTrue(words.matcher("forty-two").matches());
        assertTrue(words.matcher("a quarter of a million").matches());
        assertTrue(words.matcher("one hundred").matches());
        assertTrue(!words.matcher("one").matches(), "one alone counts nothing");
        assertTrue(!words.matcher("twenty-first").lookingAt(), "an ordinal is no count");
        Pattern digits = Pattern.compile(NumberWords.DIGITS);
        assertTrue(digits.matcher("12,000").matches());
        assertTrue(digits.matcher("1.5 million").matches());
        assertTrue(!digits.matcher("3rd").lookingAt(), "an ordinal is no count");
    }

    private static void assertValue(String expected, String number) {
        assertEquals(expected, NumberWords.value(number).map(NumberWords::plain).orElse(null), number);
    }
}
