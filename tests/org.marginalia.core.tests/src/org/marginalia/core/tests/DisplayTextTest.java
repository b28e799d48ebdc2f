package org.marginalia.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.marginalia.core.edit.Span;
import org.marginalia.core.text.DisplayText;
import org.marginalia.core.text.SpanIndex;
import org.marginalia.core.text.TextSearch;

/** Long lines shown broken without moving a single document offset; spans found by range; Find. */
class DisplayTextTest {

    private static String words(int length) {
        StringBuilder text = new StringBuilder();
        while (text.length() < length) {
            text.append("Kyiv welcomed the minister ");
        }
        return text.substring(0, length);
    }

    private static int longestLine(String text) {
        int longest = 0;
        for (String line : text.split("\n", -1)) {
            longest = Math.max(longest, line.length());
        }
        return longest;
    }

    @Test
    void aTextWithShortLinesIsShownAsItIs() {
        String text = "One line.\nAnother line.\n";
        DisplayText display = DisplayText.of(text);
        assertEquals(text, display.display());
        assertFalse(display.shiftsOffsets());
    }

    @Test
    void aOneLineArticleIsBrokenAtSpacesAndEveryOffsetStaysTheSame() {
        String text = words(100_000);
        DisplayText display = DisplayText.of(text);
        assertFalse(display.shiftsOffsets(), "only spaces were swapped for line breaks");
        assertEquals(text.length(), display.display().length());
        assertTrue(longestLine(display.display()) <= DisplayText.MAX_LINE, "no line longer than the limit");
        assertEquals(text, display.display().replace('\n', ' '));
        assertEquals(text.substring(990, 1020), display.documentText(990, 1020), "copy gives spaces, not the display breaks");
    }

    @Test
    void aTextWithoutSpacesGetsInsertedBreaksAndTheOffsetsMapBothWays() {
        StringBuilder builder = new StringBuilder();
        while (builder.length() < 5_000) {
            builder.append("\u5916\u76f8\u306f\u30ad\u30fc\u30a6\u3092\u8a2a\u308c\u305f\uD83D\uDE00\u3002");
        }
        String text = builder.toString();
        DisplayText display = DisplayText.of(text);
        assertTrue(display.shiftsOffsets());
        assertTrue(longestLine(display.display()) <= DisplayText.MAX_LINE);
        assertEquals(text, display.display().replace("\n", ""), "only line breaks were added");
        for (int offset = 0; offset <= text.length(); offset++) {
            int shown = display.toDisplay(offset);
            assertEquals(offset, display.toDocument(shown), "offset " + offset + " comes back");
            if (offset < text.length()) {
                assertEquals(text.charAt(offset), display.display().charAt(shown), "offset " + offset + " shows its own character");
            }
        }
        assertEquals(text.substring(900, 1100), display.documentText(display.toDisplay(900), display.toDisplay(1100)));
        for (int i = 1; i < display.display().length(); i++) {
            boolean breakHere = display.display().charAt(i) == '\n';
            assertFalse(breakHere && Character.isLowSurrogate(display.display().charAt(i + 1)), "no break inside an emoji");
        }
    }

    @Test
    void theIndexFindsExactlyTheSpansOverlappingARange() {
        List<Span> spans = List.of(new Span(0, 5), new Span(4_000, 4_010), new Span(100, 9_000), new Span(8_990, 9_000), new Span(50, 50));
        SpanIndex<Span> index = new SpanIndex<>(spans, Span::begin, Span::end);
        assertEquals(List.of(new Span(4_000, 4_010), new Span(100, 9_000)), sorted(index.overlapping(4_005, 4_006)));
        assertEquals(List.of(new Span(8_990, 9_000), new Span(100, 9_000)), sorted(index.overlapping(8_999, 10_000)));
        assertTrue(index.overlapping(9_000, 9_500).isEmpty(), "spans end before their end offset");
        index.remove(spans.get(2));
        index.add(new Span(4_008, 4_020));
        assertEquals(List.of(new Span(4_000, 4_010), new Span(4_008, 4_020)), sorted(index.overlapping(4_009, 4_010)));
    }

    private static List<Span> sorted(List<Span> spans) {
        return spans.stream().sorted((a, b) -> a.end() - a.begin() - (b.end() - b.begin())).toList();
    }

    @Test
    void findIsLiteralAndKnowsCaseAndWholeWords() {
        String text = "Sybiha met Iwaya. SYBIHA said (Sybiha's words) that Sybihaov is not a name.";
        assertEquals(4, new TextSearch("sybiha", false, false).findAll(text).size());
        assertEquals(3, new TextSearch("Sybiha", true, false).findAll(text).size(), "not SYBIHA");
        assertEquals(3, new TextSearch("sybiha", false, true).findAll(text).size(), "not inside Sybihaov");
        assertEquals(1, new TextSearch("(Sybiha's", false, false).findAll(text).size(), "pattern characters are literal");
        List<Span> matches = new TextSearch("sybiha", false, true).findAll(text);
        assertEquals(matches.get(1), TextSearch.next(matches, matches.get(0).end(), true));
        assertEquals(matches.get(0), TextSearch.next(matches, text.length(), true), "wraps around");
        assertEquals(matches.get(2), TextSearch.next(matches, matches.get(0).begin(), false), "backwards wraps to the last");
    }
}
