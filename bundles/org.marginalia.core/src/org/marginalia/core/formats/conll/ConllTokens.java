package org.marginalia.core.formats.conll;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntPredicate;

/**
 * A text cut into sentences of tokens for CoNLL columns: words and punctuation as {@link BreakIterator} finds
 * them, whitespace dropped, from the text alone (so that every analyst's file has the same tokens, line by
 * line), and no sentence ending inside a span (a BIO sequence cannot cross a blank line).
 */
final class ConllTokens {

    /** A token: its UTF-16 offsets in the text. */
    record Token(int begin, int end) {
    }

    private ConllTokens() {
    }

    /** @param inside whether an offset lies strictly inside a span */
    static List<List<Token>> sentences(String text, IntPredicate inside) {
        List<List<Token>> sentences = new ArrayList<>();
        BreakIterator sentenceBreaks = BreakIterator.getSentenceInstance(Locale.ROOT);
        sentenceBreaks.setText(text);
        int start = 0;
        for (int end = sentenceBreaks.next(); end != BreakIterator.DONE; end = sentenceBreaks.next()) {
            if (end < text.length() && inside.test(end)) {
                continue;
            }
            List<Token> tokens = tokens(text, start, end);
            if (!tokens.isEmpty()) {
                sentences.add(tokens);
            }
            start = end;
        }
        return sentences;
    }

    private static List<Token> tokens(String text, int from, int to) {
        List<Token> tokens = new ArrayList<>();
        BreakIterator words = BreakIterator.getWordInstance(Locale.ROOT);
        words.setText(text.substring(from, to));
        int start = words.first();
        for (int end = words.next(); end != BreakIterator.DONE; start = end, end = words.next()) {
            addWithoutSpace(text, from + start, from + end, tokens);
        }
        return tokens;
    }

    /** Adds the piece [begin, end) with leading and trailing whitespace removed, unless nothing is left. */
    private static void addWithoutSpace(String text, int begin, int end, List<Token> tokens) {
        while (begin < end && isSpace(text.charAt(begin))) {
            begin++;
        }
        while (end > begin && isSpace(text.charAt(end - 1))) {
            end--;
        }
        if (end > begin) {
            tokens.add(new Token(begin, end));
        }
    }

    /** Whitespace, no-break spaces included: a CoNLL column cannot hold them. */
    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }
}
