package org.marginalia.core.edit;

import java.util.Optional;

/**
 * How a selection becomes an annotation's span: snapped outwards to whole words, with surrounding white
 * space dropped; a caret inside a word takes the word. Inner punctuation of numbers and names ("12,000",
 * "U.S.", "Kyiv's", "military-technical") belongs to the word; quotation marks and trailing punctuation
 * stay outside unless selected.
 */
public final class SpanRules {

    private SpanRules() {
    }

    public static Optional<Span> snap(String text, int begin, int end) {
        int b = Math.max(0, Math.min(begin, end));
        int e = Math.min(text.length(), Math.max(begin, end));
        if (b == e) {
            return wordAt(text, b);
        }
        while (b < e && Character.isWhitespace(text.charAt(b))) {
            b++;
        }
        while (e > b && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        if (b == e) {
            return Optional.empty(); // only white space was selected
        }
        while (b > 0 && isWordChar(text, b - 1) && isWordChar(text, b)) {
            b--;
        }
        while (e < text.length() && isWordChar(text, e) && isWordChar(text, e - 1)) {
            e++;
        }
        return Optional.of(new Span(b, e));
    }

    /** The word at or just before the caret, if any. */
    private static Optional<Span> wordAt(String text, int caret) {
        int at = caret;
        if (at >= text.length() || !isWordChar(text, at)) {
            if (at > 0 && isWordChar(text, at - 1)) {
                at--;
            } else {
                return Optional.empty();
            }
        }
        int b = at;
        int e = at + 1;
        while (b > 0 && isWordChar(text, b - 1)) {
            b--;
        }
        while (e < text.length() && isWordChar(text, e)) {
            e++;
        }
        return Optional.of(new Span(b, e));
    }

    /** Letters and digits, and joining punctuation between two of them. */
    static boolean isWordChar(String text, int i) {
        char c = text.charAt(i);
        if (Character.isLetterOrDigit(c)) {
            return true;
        }
        if (",.'\u2019-\u2010\u2011".indexOf(c) < 0) {
            return false;
        }
        return i > 0 && i + 1 < text.length() && Character.isLetterOrDigit(text.charAt(i - 1)) && Character.isLetterOrDigit(text.charAt(i + 1));
    }
}
