package org.marginalia.core.compare;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.marginalia.model.Document;
import org.marginalia.model.MarginaliaFactory;

/**
 * A figure as a text gives it, read as the range it allows: "12,000" is exactly that, "approximately 12,000"
 * 10% either side, "as many as 12,000" at most that, "more than 10,000" at least that, "thousands of" 2,000 to
 * 19,999 (beyond, news say "tens of thousands"). {@code thing} is what is counted: the content words after it.
 */
public record Quantity(Statement statement, int begin, int end, String text, double low, double high, Set<String> thing) {

    private static final String NUMBER_WORDS = "two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|a dozen";
    private static final Map<String, Integer> WORD_VALUES = Map.ofEntries(Map.entry("two", 2), Map.entry("three", 3),
            Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9),
            Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("fifteen", 15), Map.entry("twenty", 20),
            Map.entry("thirty", 30), Map.entry("forty", 40), Map.entry("fifty", 50), Map.entry("a dozen", 12));
    private static final Pattern HEDGED = Pattern.compile("(?i)\\b(?:(approximately|about|around|roughly|some|an estimated|nearly|almost|as many as|up to"
            + "|at least|more than|over|fewer than|less than|under)\\s+)?(\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?|" + NUMBER_WORDS
            + ")(?:\\s+(thousand|million|billion))?\\b(?!\\s*(?:%|percent|per cent))");
    private static final Pattern VAGUE = Pattern.compile("(?i)\\b(tens of thousands|hundreds of thousands|thousands|hundreds|dozens|scores) of\\b");
    private static final Pattern THE_BEFORE = Pattern.compile("(?i)\\b(?:the|these|those|both)\\s+$");
    private static final Pattern DATE_BEFORE = Pattern.compile("(?i)(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?\\s*$");

    /** The range a figure's words allow, low and high, as {@link #of} reads them. */
    public record Range(double low, double high) {

        public boolean overlaps(Range other) {
            return low <= other.high && other.low <= high;
        }

        /** "10,800 to 13,200", "at most 12,000", "12,000". */
        public String text() {
            return new Quantity(null, 0, 0, "", low, high, Set.of()).rangeText();
        }
    }

    /** The range of the first figure in {@code words} ("thousands of troops", "as many as 12,000"), if there is one. */
    public static Optional<Range> rangeOf(String words) {
        Document scratch = MarginaliaFactory.eINSTANCE.createDocument();
        scratch.setText(words);
        Statement statement = new Statement(scratch, 0, words.length(), false, Token.of(words, 0, words.length()));
        return of(statement).stream().min(Comparator.comparingInt(Quantity::begin)).map(q -> new Range(q.low(), q.high()));
    }

    /** The figures of a statement, years and days of months left out. */
    public static List<Quantity> of(Statement statement) {
        String text = statement.document().getText();
        List<Quantity> found = new ArrayList<>();
        Matcher vague = VAGUE.matcher(text).region(statement.begin(), statement.end());
        while (vague.find()) {
            double[] range = switch (vague.group(1).toLowerCase(Locale.ROOT)) {
                case "tens of thousands" -> new double[] { 20_000, 99_999 };
                case "hundreds of thousands" -> new double[] { 200_000, 999_999 };
                case "thousands" -> new double[] { 2_000, 19_999 };
                case "hundreds" -> new double[] { 200, 999 };
                default -> new double[] { 24, 99 }; // dozens, scores
            };
            found.add(new Quantity(statement, vague.start(), vague.end(), vague.group(), range[0], range[1], thingAfter(statement, vague.end())));
        }
        Matcher m = HEDGED.matcher(text).region(statement.begin(), statement.end());
        while (m.find()) {
            String number = m.group(2).toLowerCase(Locale.ROOT);
            boolean digits = Character.isDigit(number.charAt(0));
            double value = digits ? Double.parseDouble(number.replace(",", "")) : WORD_VALUES.get(number);
            if (digits && m.group(1) == null && m.group(3) == null && (isYear(number) || DATE_BEFORE.matcher(text.substring(statement.begin(), m.start())).find())) {
                continue;
            }
            if (!digits && m.group(1) == null && (Character.isUpperCase(m.group(2).charAt(0)) && m.start() > statement.begin()
                    || THE_BEFORE.matcher(text.substring(statement.begin(), m.start())).find())) {
                continue; // "the two countries" refers back, "Group of Seven" is a name
            }
            if (m.group(3) != null) {
                value *= switch (m.group(3).toLowerCase(Locale.ROOT)) {
                    case "thousand" -> 1e3;
                    case "million" -> 1e6;
                    default -> 1e9;
                };
            }
            double[] range = range(m.group(1), value);
            found.add(new Quantity(statement, m.start(), m.end(), m.group(), range[0], range[1], thingAfter(statement, m.end())));
        }
        return found;
    }

    private static boolean isYear(String number) {
        return number.matches("(19|20)\\d\\d");
    }

    private static double[] range(String hedge, double value) {
        if (hedge == null) {
            return new double[] { value, value };
        }
        return switch (hedge.toLowerCase(Locale.ROOT)) {
            case "nearly", "almost" -> new double[] { value * 0.9, value };
            case "as many as", "up to" -> new double[] { 0, value };
            case "at least" -> new double[] { value, Double.POSITIVE_INFINITY };
            case "more than", "over" -> new double[] { Math.nextUp(value), Double.POSITIVE_INFINITY };
            case "fewer than", "less than", "under" -> new double[] { 0, Math.nextDown(value) };
            default -> new double[] { value * 0.9, value * 1.1 }; // approximately, about, around, roughly, some, an estimated
        };
    }

    /** The content words of the next few words: "North Korean troops". */
    private static Set<String> thingAfter(Statement statement, int offset) {
        Set<String> thing = new LinkedHashSet<>();
        for (Token token : statement.tokens()) {
            if (token.begin() >= offset && thing.size() < 3) {
                if (token.isNumber()) {
                    break;
                }
                if (token.isContent()) {
                    thing.add(token.norm());
                }
            }
        }
        return thing;
    }

    /** Whether two figures count the same thing: they share two of its words, or all of the shorter one's. */
    public boolean countsSameThingAs(Quantity other) {
        int shared = 0; // counted, not collected: every figure is asked about every other
        for (String word : thing) {
            if (other.thing.contains(word)) {
                shared++;
            }
        }
        return shared > 0 && (shared >= 2 || shared == Math.min(thing.size(), other.thing.size()));
    }

    public boolean overlaps(Quantity other) {
        return low <= other.high && other.low <= high;
    }

    /** The range in words: "10,800 to 13,200", "at most 12,000", "12,000". */
    public String rangeText() {
        NumberFormat format = NumberFormat.getIntegerInstance(Locale.ENGLISH);
        if (low == high) {
            return format.format(low);
        }
        if (low == 0) {
            return "at most " + format.format(high);
        }
        if (high == Double.POSITIVE_INFINITY) {
            return "at least " + format.format(Math.ceil(low));
        }
        return format.format(low) + " to " + format.format(high);
    }
}
