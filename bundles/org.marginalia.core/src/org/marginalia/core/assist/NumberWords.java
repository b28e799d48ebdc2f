package org.marginalia.core.assist;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Numbers as English news write them, in digits or in words, and their values: "12,000", "1.5 million", "1.5bn",
 * "forty-two", "three hundred", "two dozen", "half a million", "a quarter of a million". {@link #DIGITS} and
 * {@link #WORDS} are regular expressions without capturing groups, to be used inside larger ones.
 */
public final class NumberWords {

    private static final List<String> UNITS = List.of("one", "two", "three", "four", "five", "six", "seven", "eight", "nine");
    private static final List<String> TEENS = List.of("ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
            "eighteen", "nineteen");
    private static final List<String> TENS = List.of("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety");
    private static final Map<String, Integer> SMALL_VALUES = smallValues();

    /** 1 to 99 in words: "seven", "fifteen", "forty-two", "twenty five". */
    public static final String SMALL = "(?:(?:" + String.join("|", TENS) + ")(?:[-\\s](?:" + String.join("|", UNITS) + "))?|"
            + String.join("|", TEENS) + "|" + String.join("|", UNITS) + ")";
    private static final String SCALE = "(?:thousand|million|billion)";
    private static final String HUNDREDS = "(?:hundred|dozen)(?:\\s+(?:and\\s+)?" + SMALL + ")?(?:\\s+" + SCALE + ")?";
    /**
     * A number in words, any case: "forty-two", "three hundred", "a dozen", "two million", "half a million", "a
     * quarter of a million". Never "one" alone ("one of them" counts nothing) nor the "twenty" of "twenty-first".
     */
    public static final String WORDS = "(?i:(?!one\\b(?!\\s+(?:hundred|dozen|thousand|million|billion)\\b))(?:"
            + "(?:an?\\s+)?(?:half|quarter)\\s+(?:of\\s+)?an?\\s+(?:dozen|hundred|" + SCALE + ")"
            + "|an?\\s+(?:" + HUNDREDS + "|" + SCALE + ")"
            + "|" + SMALL + "(?:\\s+" + HUNDREDS + "|\\s+" + SCALE + ")?"
            + ")\\b(?!-\\p{L}))";
    /** A number in digits with its scale: "12,000", "4.2", "1.5 million", "1.5bn", "5m" (which only money makes millions). */
    public static final String DIGITS = "(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?(?:bn|m|\\s+(?i:" + SCALE + "))?(?![\\p{L}\\p{N}])";

    private static final Pattern TOKEN = Pattern.compile("\\d+(?:\\.\\d+)?|\\p{L}+");
    private static final Pattern SCALED = Pattern.compile("(?i)(?:" + SCALE + "|(?<=\\d)(?:bn|m))$");

    private NumberWords() {
    }

    private static Map<String, Integer> smallValues() {
        Map<String, Integer> values = new HashMap<>();
        for (int i = 0; i < UNITS.size(); i++) {
            values.put(UNITS.get(i), i + 1);
        }
        for (int i = 0; i < TEENS.size(); i++) {
            values.put(TEENS.get(i), i + 10);
        }
        for (int i = 0; i < TENS.size(); i++) {
            values.put(TENS.get(i), 10 * (i + 2));
        }
        return values;
    }

    /** The value of a number {@link #DIGITS} or {@link #WORDS} match, a leading minus kept; empty if it is none. */
    public static Optional<BigDecimal> value(String number) {
        String text = number.strip().toLowerCase(Locale.ROOT).replaceAll("(?<=\\d),(?=\\d)", "");
        BigDecimal total = BigDecimal.ZERO;
        BigDecimal current = BigDecimal.ZERO;
        Matcher token = TOKEN.matcher(text);
        while (token.find()) {
            String word = token.group();
            if (Character.isDigit(word.charAt(0))) {
                current = current.add(new BigDecimal(word));
            } else if (SMALL_VALUES.containsKey(word)) {
                current = current.add(BigDecimal.valueOf(SMALL_VALUES.get(word)));
            } else {
                switch (word) {
                    // "a hundred" is one hundred, but the "a" of "half a million" adds nothing
                    case "a", "an" -> current = current.signum() == 0 ? BigDecimal.ONE : current;
                    case "and", "of" -> {
                    }
                    case "half" -> current = atLeastOne(current).multiply(new BigDecimal("0.5"));
                    case "quarter" -> current = atLeastOne(current).multiply(new BigDecimal("0.25"));
                    case "dozen" -> current = atLeastOne(current).multiply(BigDecimal.valueOf(12));
                    case "hundred" -> current = atLeastOne(current).multiply(BigDecimal.valueOf(100));
                    case "thousand", "million", "m", "billion", "bn" -> {
                        total = total.add(atLeastOne(current).multiply(scale(word)));
                        current = BigDecimal.ZERO;
                    }
                    default -> {
                        return Optional.empty();
                    }
                }
            }
        }
        BigDecimal value = total.add(current);
        return Optional.of(text.matches("^[-\u2212].*") ? value.negate() : value);
    }

    /** A value as figures give it: "12000", "1500000", "4.2". */
    public static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    /** The scale at the end of a number, "" if none: a range's first number may leave it to the last ("10-12 thousand"). */
    public static String scaleOf(String number) {
        Matcher scale = SCALED.matcher(number.strip());
        return scale.find() ? scale.group() : "";
    }

    private static BigDecimal atLeastOne(BigDecimal current) {
        return current.signum() == 0 ? BigDecimal.ONE : current;
    }

    private static BigDecimal scale(String word) {
        return switch (word) {
            case "thousand" -> BigDecimal.valueOf(1_000);
            case "million", "m" -> BigDecimal.valueOf(1_000_000);
            default -> BigDecimal.valueOf(1_000_000_000);
        };
    }
}
