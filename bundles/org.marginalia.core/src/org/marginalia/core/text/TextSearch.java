package org.marginalia.core.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.marginalia.core.edit.Span;

/**
 * Finds a phrase in a document, as Find in the editor and "tag all matches" need it: literally (no pattern
 * syntax), optionally ignoring case in every script, optionally as a whole word (not inside a longer word;
 * letters and digits judged as code points).
 */
public record TextSearch(String phrase, boolean matchCase, boolean wholeWord) {

    private static final String WORD_CHAR = "[\\p{L}\\p{M}\\p{N}]";

    public List<Span> findAll(String text) {
        List<Span> found = new ArrayList<>();
        if (phrase.isEmpty()) {
            return found;
        }
        Matcher matcher = pattern().matcher(text);
        while (matcher.find()) {
            found.add(new Span(matcher.start(), matcher.end()));
        }
        return found;
    }

    private Pattern pattern() {
        String literal = Pattern.quote(phrase);
        String regex = wholeWord ? "(?<!" + WORD_CHAR + ")" + literal + "(?!" + WORD_CHAR + ")" : literal;
        return Pattern.compile(regex, matchCase ? 0 : Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** The first match at or after {@code from} (wrapping around to the start), or the last one before it going back. */
    public static Span next(List<Span> matches, int from, boolean forward) {
        if (matches.isEmpty()) {
            return null;
        }
        if (forward) {
            return matches.stream().filter(m -> m.begin() >= from).findFirst().orElse(matches.get(0));
        }
        for (int i = matches.size() - 1; i >= 0; i--) {
            if (matches.get(i).begin() < from) {
                return matches.get(i);
            }
        }
        return matches.get(matches.size() - 1);
    }
}
