package org.marginalia.core.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A word or number of a text with its UTF-16 offsets, and its normalised form for comparison: lower case,
 * curly apostrophes straightened, a possessive 's and a plural s taken off, so that "elections" meets
 * "election" and "Japan’s" meets "Japan".
 */
public record Token(String text, int begin, int end, String norm) {

    /** Words (letters with inner hyphens and apostrophes), numbers with their separators, and abbreviations like U.S. */
    private static final Pattern WORD = Pattern.compile("(?:\\p{L}\\.){2,}|\\d[\\d,.]*\\d|\\d|[\\p{L}\\p{M}]+(?:['’\\-][\\p{L}\\p{M}]+)*");

    private static final Set<String> STOP = Set.of("a", "an", "the", "and", "or", "but", "of", "to", "in", "on", "at", "by", "for", "with", "from",
            "as", "is", "was", "were", "be", "been", "are", "has", "have", "had", "that", "this", "these", "those", "which", "who", "its", "it",
            "his", "her", "their", "he", "she", "they", "we", "i", "not", "also", "will", "would", "could", "said", "say", "says", "into", "about",
            "after", "before", "during", "while", "than", "then", "there", "such", "more", "most", "both", "between", "over", "up", "out", "amid",
            "s", "do", "does", "did", "so", "if", "all", "any", "only", "own", "other", "can", "may", "what", "when", "where", "how", "him", "them");

    public static List<Token> of(String text, int from, int to) {
        List<Token> tokens = new ArrayList<>();
        Matcher m = WORD.matcher(text).region(from, to);
        while (m.find()) {
            String word = m.group();
            tokens.add(new Token(word, m.start(), m.end(), normalise(word)));
        }
        return tokens;
    }

    static String normalise(String word) {
        String norm = word.toLowerCase(Locale.ROOT).replace('’', '\'');
        if (norm.endsWith("'s")) {
            norm = norm.substring(0, norm.length() - 2);
        }
        if (Character.isDigit(norm.charAt(0))) {
            return norm.replace(",", "");
        }
        if (norm.length() > 4 && norm.endsWith("ies")) {
            return norm.substring(0, norm.length() - 3) + "y";
        }
        if (norm.length() > 3 && norm.endsWith("s") && !norm.endsWith("ss") && !norm.endsWith("us") && !norm.endsWith("is")) {
            return norm.substring(0, norm.length() - 1);
        }
        return norm;
    }

    /** Whether the token carries content (not a function word). */
    public boolean isContent() {
        return !STOP.contains(norm);
    }

    public boolean isNumber() {
        return Character.isDigit(text.charAt(0));
    }

    /** Capitalised: a name or title when it is not the first word of its sentence. */
    public boolean isCapitalised() {
        return Character.isUpperCase(text.charAt(0));
    }
}
