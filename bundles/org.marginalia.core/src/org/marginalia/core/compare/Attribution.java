package org.marginalia.core.compare;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who a statement says its news comes from: "according to X", "X has reported", "assessments from X", "X
 * intelligence sources report". The origins are kept as short stems ("Ukraine" and "Ukrainian" are one, "US" and
 * "United States" too), so two sources crediting the same origins agree however they word it.
 */
final class Attribution {

    private static final String SAYS = "(?:has |have |had )?(?:reported|report|reports|said|says|told|claimed|claims|revealed|announced|indicated|estimated)";
    private static final Pattern ACCORDING = Pattern.compile("according to (?:the )?([^,.;]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern FROM = Pattern.compile("(?:assessments|estimates|reports|sources|data|figures) from (?:the )?((?:[A-Z][\\p{L}.]*,? (?:and )?)+)");
    private static final Pattern BEFORE_SOURCES = Pattern.compile("((?:[A-Z][\\p{L}.]*,? (?:and )?)+)(?:intelligence |military |government |defence |defense )?(?:sources|officials|agencies) "
            + SAYS + "\\b");
    private static final Pattern BEFORE_VERB = Pattern.compile("((?:[A-Z][\\p{L}.]* ){0,2}[A-Z][\\p{L}.]*) " + SAYS + "\\b");
    private static final Pattern NAME = Pattern.compile("[A-Z][\\p{L}.]*");
    /** A sentence's opening word is capitalised without being an origin: "Meanwhile, US ... sources report". */
    private static final Pattern LEADING = Pattern.compile("^(?:Meanwhile|However|Also|Still|Yet|But|Moreover|Furthermore|Earlier|Later|Separately|Instead|Now),?\\s+");
    private static final int STEM = 5;

    /** The origins credited: their words as the text gives them, and their stems to compare. */
    record Credit(String words, Set<String> stems) {
    }

    private Attribution() {
    }

    /** What a statement credits its news to, if it says. */
    static Optional<Credit> of(Statement statement) {
        String text = statement.text();
        for (Pattern pattern : new Pattern[] { ACCORDING, FROM, BEFORE_SOURCES, BEFORE_VERB }) {
            Matcher m = pattern.matcher(text);
            if (m.find()) {
                String words = LEADING.matcher(m.group(1).strip()).replaceFirst("").replaceAll(",$", "");
                Set<String> origins = stems(words);
                if (!origins.isEmpty()) {
                    return Optional.of(new Credit(words, origins));
                }
            }
        }
        return Optional.empty();
    }

    private static Set<String> stems(String words) {
        Set<String> stems = new TreeSet<>();
        Matcher name = NAME.matcher(words.replace("United States", "US").replace("U.S.", "US"));
        while (name.find()) {
            String word = name.group().replace(".", "").toLowerCase(Locale.ROOT);
            if (!word.equals("the") && !word.equals("and")) {
                stems.add(word.length() <= STEM ? word : word.substring(0, STEM));
            }
        }
        return stems;
    }
}
