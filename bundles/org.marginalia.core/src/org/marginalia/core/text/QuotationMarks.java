package org.marginalia.core.text;

import java.util.ArrayList;
import java.util.List;

/**
 * The quotations of a text, found by pairing its quotation marks whatever their length and style: “…”, "…",
 * «…», „…“, 「…」, 『…』, ‘…’ and '…', and the mixed pairs real copy has (“…" and "…”). Only the outermost
 * quotation is returned; one nested in it ('safe for a century' inside "…") is skipped with it.
 * <p>
 * An opening mark without its closing mark in the paragraph is passed over, so it never hides the quotations
 * after it; a paragraph break ends every quotation, and a second opening mark of the same style before the
 * closing one means the first was never closed. Straight marks and single marks go both ways, so their side
 * is read from their neighbours: an opening mark follows the start, a space or punctuation and is followed by
 * the quotation (a letter for a single mark, so that the '90s opens nothing); a closing mark follows the
 * quotation and is followed by a space, punctuation or the end. An apostrophe (didn't, the minister's) is
 * neither; a plural possessive (the ports' boats) may look like a closing mark, but closes only a quotation
 * that is open.
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
        int i = 0;
        while (i < text.length()) {
            int closing = opens(text, i) ? closingOf(text, i) : -1;
            if (closing >= 0) {
                quotations.add(new Quotation(i + 1, closing));
                i = closing + 1;
            } else {
                i++; // not an opening mark, or one never closed: the marks after it may still pair
            }
        }
        return quotations;
    }

    /** Where the quotation opened at {@code open} closes, skipping the quotations nested in it; -1 if it does not. */
    private static int closingOf(String text, int open) {
        char opening = text.charAt(open);
        for (int i = open + 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                return -1;
            }
            if (i > open + 1 && closes(text, i, opening)) {
                return i;
            }
            if (opens(text, i)) {
                if (c == opening) {
                    return -1; // the same style opens again: the first one was never closed
                }
                int nested = closingOf(text, i);
                if (nested >= 0) {
                    i = nested;
                }
            }
        }
        return -1;
    }

    private static boolean opens(String text, int i) {
        return switch (text.charAt(i)) {
            case '\u201c', '\u00ab', '\u201e', '\u300c', '\u300e' -> true;
            case '"' -> afterBoundary(text, i) && i + 1 < text.length() && !Character.isWhitespace(text.charAt(i + 1));
            case '\'', '\u2018' -> afterBoundary(text, i) && i + 1 < text.length() && Character.isLetter(text.charAt(i + 1));
            default -> false;
        };
    }

    /** Whether the mark at {@code i} closes a quotation opened with {@code opening}. */
    private static boolean closes(String text, int i, char opening) {
        char c = text.charAt(i);
        return switch (opening) {
            case '\u201c', '"' -> c == '\u201d' || c == '"' && beforeBoundary(text, i);
            case '\u00ab' -> c == '\u00bb';
            case '\u201e' -> c == '\u201c' || c == '\u201d';
            case '\u300c' -> c == '\u300d';
            case '\u300e' -> c == '\u300f';
            case '\'', '\u2018' -> (c == '\'' || c == '\u2019') && beforeBoundary(text, i);
            default -> false;
        };
    }

    /** The text start, a space or punctuation before the mark: not a letter or digit it would be glued to. */
    private static boolean afterBoundary(String text, int i) {
        return i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1));
    }

    /** Something quoted before the mark, and a space, punctuation or the text end after it. */
    private static boolean beforeBoundary(String text, int i) {
        return !Character.isWhitespace(text.charAt(i - 1)) && (i + 1 == text.length() || !Character.isLetterOrDigit(text.charAt(i + 1)));
    }
}
