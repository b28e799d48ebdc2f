package org.marginalia.core.compare;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who a sentence gives a quotation to and where it was said, read from the sentence around the quotation marks:
 * "Sybiha remarked", ", said Sybiha", "during a joint press conference", "in an interview with Ukrainian Radio",
 * "told reporters". Each comes with a key to compare by (the speaker's last name, the setting's kind), so that
 * "press conference" and "news conference" agree; last names one letter apart ("Zelensky" and "Zelenskyy") are one
 * speaker.
 */
final class QuoteContext {

    private static final String VERB = "(?:said|says|stated|stating|remarked|told|tells|added|noted|warned|hinted|explained|stressed|emphasi[sz]ed|declared|"
            + "announced|outlined|insisted|argued|wrote|posted)";
    private static final String NAME = "(?:[A-Z][\\p{L}'’.\\-]+ ){0,2}[A-Z][\\p{L}'’.\\-]+";
    private static final Pattern NAME_THEN_VERB = Pattern.compile("(" + NAME + "),? (?:also |later |then |had |has )?" + VERB + "\\b");
    private static final Pattern VERB_THEN_NAME = Pattern.compile("\\b" + VERB + " (?:(?:the |a )?[a-z]+ )?(" + NAME + ")");
    private static final Pattern OCCASION = Pattern.compile("\\b(?:during|at|in|on) (?:a|an|the|their|his|her|its) ((?:[a-z]+ ){0,2}"
            + "(conference|interview|briefing|speech|address|summit|meeting|statement|post|broadcast|hearing|session|call))(?: with ((?:[A-Z][\\p{L}]+ ?)+))?");
    private static final Pattern TOLD = Pattern.compile("\\btold (reporters|journalists|the press|(?:[A-Z][\\p{L}]+ ?)+)");
    /** Sentence openers that are capitalised without being anyone: "Meanwhile, Sybiha said". */
    private static final Pattern OPENER = Pattern.compile("^(?:Meanwhile|However|Also|Still|Yet|But|Later|Earlier|Then|He|She|They|It|This|That)$");

    /** What a sentence says of a quotation: its words as the text gives them, and the key they are compared by. */
    record Said(String words, String key) {
    }

    private QuoteContext() {
    }

    /** Who {@code sentence} gives {@code quote} to, looking only at its words outside the quotation. */
    static Optional<Said> speaker(Statement sentence, Statement quote) {
        String outside = outside(sentence, quote);
        for (Pattern pattern : new Pattern[] { NAME_THEN_VERB, VERB_THEN_NAME }) {
            Matcher m = pattern.matcher(outside);
            while (m.find()) {
                String name = m.group(1).strip();
                String last = name.substring(name.lastIndexOf(' ') + 1);
                if (!OPENER.matcher(last).matches()) {
                    return Optional.of(new Said(name, last.replaceAll("[^\\p{L}]", "").toLowerCase(Locale.ROOT)));
                }
            }
        }
        return Optional.empty();
    }

    /** Where {@code sentence} says the quotation was said: an occasion, or whom it was told. */
    static Optional<Said> setting(Statement sentence, Statement quote) {
        String outside = outside(sentence, quote);
        Matcher occasion = OCCASION.matcher(outside);
        if (occasion.find()) {
            String with = occasion.group(3) == null ? "" : " with " + occasion.group(3).strip();
            return Optional.of(new Said(occasion.group(1) + with, occasion.group(2) + with.toLowerCase(Locale.ROOT)));
        }
        Matcher told = TOLD.matcher(outside);
        if (told.find()) {
            String whom = told.group(1).strip();
            String key = whom.equals("journalists") || whom.equals("the press") ? "reporters" : whom.toLowerCase(Locale.ROOT);
            return Optional.of(new Said("told " + whom, "told " + key));
        }
        return Optional.empty();
    }

    /** The sentence's text with the quotation blanked out, so that words inside the quotation name nobody. */
    private static String outside(Statement sentence, Statement quote) {
        String text = sentence.text();
        int from = Math.max(0, quote.begin() - sentence.begin());
        int to = Math.min(text.length(), quote.end() - sentence.begin());
        return from >= to ? text : text.substring(0, from) + " \u2026 " + text.substring(to);
    }

    /** Whether two speakers' keys (last names) are one name spelled two ways: "Zelensky" and "Zelenskyy", "Jansen" and "Janssen". */
    static boolean sameSpeaker(String a, String b) {
        return a.equals(b) || Math.min(a.length(), b.length()) >= 4 && editDistance(a, b) <= 1;
    }

    private static int editDistance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] row = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            row[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                row[j] = Math.min(Math.min(row[j - 1], previous[j]) + 1, previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1));
            }
            int[] swap = previous;
            previous = row;
            row = swap;
        }
        return previous[b.length()];
    }
}
