package org.marginalia.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.marginalia.core.edit.FigureValues;

class FigureValuesTest {

    private static String value(String input) {
        FigureValues.Result result = FigureValues.normalise(input);
        assertTrue(result.isValid(), input + ": " + result.error());
        return result.value();
    }

    @Test
    void numbersLoseTheirSeparatorsAndScaleWords() {
        assertEquals("12000", value("12,000"));
        assertEquals("12000", value(" 12000 "));
        assertEquals("1500000", value("1.5 million"));
        assertEquals("7", value("7"));
        assertEquals("0.25", value("0.25"));
    }

    @Test
    void datesBecomeIso8601AtTheirPrecision() {
        assertEquals("2022-02", value("February 2022"));
        assertEquals("2024-11-16", value("November 16, 2024"));
        assertEquals("2024-11-05", value("Nov. 5, 2024"));
        assertEquals("2024-09-23", value("23 September 2024"));
        assertEquals("2024-11-16", value("2024-11-16"));
        assertEquals("2024", value("2024"));
    }

    @Test
    void rangesKeepBothEndsLowFirst() {
        assertEquals("10000..12000", value("between 10,000 and 12,000"));
        assertEquals("10000..12000", value("10,000 to 12,000"));
        assertEquals("10000..12000", value("10-12 thousand"));
        assertEquals("1500000..2000000", value("1.5 million\u20132 million"));
        assertEquals("3..5", value("3..5"));
        FigureValues.Result backwards = FigureValues.normalise("12,000 to 10,000");
        assertFalse(backwards.isValid());
        assertTrue(backwards.error().contains("not a range"), backwards.error());
    }

    @Test
    void anythingElseIsRefusedWithAMessage() {
        FigureValues.Result words = FigureValues.normalise("about twelve thousand");
        assertFalse(words.isValid());
        assertTrue(words.error().contains("neither a number"), words.error());
        FigureValues.Result badDay = FigureValues.normalise("2024-02-30");
        assertFalse(badDay.isValid());
        assertTrue(badDay.error().contains("not a real date"), badDay.error());
        assertFalse(FigureValues.normalise("Smarch 2024").isValid());
    }

    @Test
    void anEmptyValueClearsIt() {
        FigureValues.Result empty = FigureValues.normalise("  ");
        assertTrue(empty.isValid());
        assertEquals(null, empty.value());
    }
}
