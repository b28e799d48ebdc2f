package org.marginalia.core.edit;

import java.util.Optional;

import org.marginalia.core.text.Graphemes;

/**
 * How a selection becomes an annotation's span: snapped outwards to whole words, with surrounding white
 * space dropped; a caret inside a word takes the word. A selection's ends grow through letters and digits
 * and through the separators inside numbers ("12,000", "1.5"), but stop at an apostrophe or hyphen, so
 * "North Korea" selected in "North Korea's" stays as selected. A caret takes the whole token, inner
 * punctuation included ("Kyiv's", "U.S", "military-technical"). Quotation marks and final punctuation stay
 * outside unless selected. Characters are judged as code points (so 𠮷, two UTF-16 units, is a letter), and
 * both ends finally move out to grapheme-cluster boundaries ({@link Graphemes}), so a span never splits a surrogate pair, an
 * accent from its letter or an emoji sequence. Scripts written without spaces (Chinese, Japanese, Thai...) have no
 * word boundary to snap to: there a selection stays as selected, and a caret takes the run of its own script
 * (a katakana name, a run of kanji).
 */
public final class SpanRules {

    private SpanRules() {
    }

    public static Optional<Span> snap(String text, int begin, int end) {
        int b = Math.max(0, Math.min(begin, end));
        int e = Math.min(text.length(), Math.max(begin, end));
        if (b == e) {
            return wordAt(text, b).map(span -> toGraphemes(text, span));
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
        while (b > 0 && joins(text, b - 1, b)) {
            b--;
        }
        while (e < text.length() && joins(text, e - 1, e)) {
            e++;
        }
        return Optional.of(toGraphemes(text, new Span(b, e)));
    }

    /** Widens a span to the user-perceived characters it touches. */
    private static Span toGraphemes(String text, Span span) {
        return new Span(Graphemes.start(text, span.begin()), Graphemes.end(text, span.end()));
    }

    /** The code point that the UTF-16 unit at {@code i} belongs to (either half of a pair gives the whole). */
    private static int codePointAt(String text, int i) {
        char c = text.charAt(i);
        if (Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(text.charAt(i - 1))) {
            return text.codePointAt(i - 1);
        }
        return Character.isHighSurrogate(c) ? text.codePointAt(i) : c;
    }

    private static boolean isLetterOrDigit(String text, int i) {
        return i >= 0 && i < text.length() && Character.isLetterOrDigit(codePointAt(text, i));
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
        if (writtenWithoutSpaces(text, at)) {
            Character.UnicodeScript script = Character.UnicodeScript.of(codePointAt(text, at));
            while (b > 0 && Character.UnicodeScript.of(codePointAt(text, b - 1)) == script) {
                b--;
            }
            while (e < text.length() && Character.UnicodeScript.of(codePointAt(text, e)) == script) {
                e++;
            }
            return Optional.of(new Span(b, e));
        }
        while (b > 0 && isWordChar(text, b - 1) && !writtenWithoutSpaces(text, b - 1)) {
            b--;
        }
        while (e < text.length() && isWordChar(text, e) && !writtenWithoutSpaces(text, e)) {
            e++;
        }
        return Optional.of(new Span(b, e));
    }

    /** Whether the characters at {@code left} and {@code right} belong to one word for a selection's end. */
    private static boolean joins(String text, int left, int right) {
        return isSelectionWordChar(text, left) && isSelectionWordChar(text, right)
                && !writtenWithoutSpaces(text, left) && !writtenWithoutSpaces(text, right);
    }

    /** Letters of a script whose words are not separated by spaces, so that a run of letters is not one word. */
    private static boolean writtenWithoutSpaces(String text, int i) {
        return switch (Character.UnicodeScript.of(codePointAt(text, i))) {
            case HAN, HIRAGANA, KATAKANA, THAI, LAO, KHMER, MYANMAR, TIBETAN -> true;
            default -> false;
        };
    }

    /** Letters and digits, and the separators inside a number. */
    private static boolean isSelectionWordChar(String text, int i) {
        char c = text.charAt(i);
        if (isLetterOrDigit(text, i)) {
            return true;
        }
        return (c == ',' || c == '.') && i > 0 && i + 1 < text.length()
                && Character.isDigit(text.charAt(i - 1)) && Character.isDigit(text.charAt(i + 1));
    }

    /** Letters and digits, and joining punctuation between two of them. */
    static boolean isWordChar(String text, int i) {
        char c = text.charAt(i);
        if (isLetterOrDigit(text, i)) {
            return true;
        }
        if (",.'\u2019-\u2010\u2011".indexOf(c) < 0) {
            return false;
        }
        return isLetterOrDigit(text, i - 1) && isLetterOrDigit(text, i + 1);
    }
}
