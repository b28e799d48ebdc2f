package org.marginalia.core.text;

import java.util.ArrayList;
import java.util.List;

/**
 * The quotations of a text, found by pairing its quotation marks in order, whatever their length and style:
 * “…”, "…", «…», „…“, 「…」 and ‘…’ (a single mark opens only after a space, so an apostrophe never does). A
 * straight mark closes the one before it, so a short quotation ("a basis") never makes its closing mark open the
 * next one; a paragraph break closes whatever is open without a pair.
 */
public final class QuotationMarks {

    /** A quotation: its content, marks excluded. */
    public record Quotation(int begin, int end) {

        public int length() {
            return end - begin;
        }
    }

    private QuotationMarks() {
    }

    public static List<Quotation> of(String text) {
        List<Quotation> quotations = new ArrayList<>();
        int open = -1;
        char closing = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                open = -1; // a quotation does not cross a paragraph unclosed
            } else if (open >= 0 && c == closing) {
                quotations.add(new Quotation(open, i));
                open = -1;
            } else if (open < 0) {
                closing = closingOf(text, i);
                if (closing != 0) {
                    open = i + 1;
                }
            }
        }
        return quotations;
    }

    /** The mark that closes a quotation opened at {@code i}, or 0 when the character opens none. */
    private static char closingOf(String text, int i) {
        return switch (text.charAt(i)) {
            case '\u201c' -> '\u201d';
            case '"' -> '"';
            case '\u00ab' -> '\u00bb';
            case '\u201e' -> '\u201c';
            case '\u300c' -> '\u300d';
            case '\u2018' -> i == 0 || Character.isWhitespace(text.charAt(i - 1)) ? '\u2019' : 0;
            default -> 0;
        };
    }
}
