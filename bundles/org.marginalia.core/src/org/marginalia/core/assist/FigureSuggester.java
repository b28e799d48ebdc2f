package org.marginalia.core.assist;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Month;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.marginalia.core.edit.EntityDirectory;
import org.marginalia.core.edit.FigureValues;
import org.marginalia.model.Document;
import org.marginalia.model.Figure;
import org.marginalia.model.MarginaliaFactory;

/**
 * Numbers with what they count ("approximately 12,000 North Korean troops"), vague amounts ("thousands of
 * North Korean troops") and dates ("February 2022", "November 16", "Nov. 5", and relative ones such as
 * "early on Saturday" or "next year", resolved against the publication date where it is known precisely
 * enough), with approximations marked; number words ("over three decades", "forty-two soldiers", read by
 * {@link NumberWords}), money ("\u00a35 million", unit GBP), percentages ("30 per cent", "one in five homes", unit percent),
 * ranges ("between 10,000 and 12,000 troops", "ten to twelve schools", normalised as 10000..12000) and a year or month on
 * its own ("since 2014", "in September").
 */
public final class FigureSuggester implements Suggester {

    /** Words that make a figure approximate: "about 400", "more than two dozen", "fewer than 50", "under 50". */
    private static final String HEDGE = "(?i:approximately|about|around|nearly|almost|some|roughly|an estimated|as many as|more than|fewer than|less than"
            + "|over|under|up to|at least|at most|close to|upwards of)";
    /** Words a counted phrase never starts with or runs into. */
    private static final String STOP = "(?i:and|or|to|in|of|on|at|the|a|an|as|by|for|from|with|than|per|more|times|between|among|since|after|before|into"
            + "|that|who|which|this|these|those|its|their)";
    /** Up to three words after a number, cut further by {@link #countedEnd}. */
    private static final String COUNTED = "((?:\\s+(?!" + STOP + "\\b)\\p{L}[\\p{L}\\p{N}'\u2019-]*){0,3})";
    /** Words before a number that make it a name, not a figure: "Version 2.0", "Route 9", "Flight 370". */
    private static final String NOT_AFTER = "(?<!\\b(?i:version|route|no\\.|number|flight|platform|junction|chapter|article|section|page|room|level|phase"
            + "|stage|category|grade|model|type|tier|season|episode)\\s)";
    /** A number glued to letters or digits is part of a name or code: "COVID-19", "B52s", "A12", "3-2". */
    private static final String NOT_GLUED = "(?<![\\p{L}\\p{N}.,])(?<![\\p{L}\\p{N}][-\u2013])";
    /**
     * A number in words that counts: not "the two countries", which refers back to them, nor the "Seven" of "Group
     * of Seven", capitalised within a sentence as names are.
     */
    private static final String COUNTING_WORDS = "(?<!\\b(?i:the|these|those|both)\\s)(?:(?=\\p{Ll})|(?<=^|[.!?\\n\"\u201c\u2018(]\\s{0,2}))"
            + NumberWords.WORDS;
    private static final String CURRENCY = "[\u00a3$\u20ac\u00a5]";
    private static final String AMOUNT = NOT_AFTER + "(" + CURRENCY + ")?" + NOT_GLUED + "([-\u2212]?" + NumberWords.DIGITS + "|" + COUNTING_WORDS + ")";
    /** A range's last number, which may follow its first with a hyphen ("10-12") and has no sign. */
    private static final String LAST_AMOUNT = "(" + CURRENCY + ")?(" + NumberWords.DIGITS + "|" + COUNTING_WORDS + ")";
    private static final String PERCENT = "(\\s?%|\\s+per\\s?cent\\b|\\s+percent\\b)?";
    /** "approximately 12,000 North Korean troops", "forty-two soldiers", "\u00a35 million", "30 per cent", "-5 degrees". */
    private static final Pattern COUNT = Pattern.compile("(?:(" + HEDGE + ")\\s+)?" + AMOUNT + PERCENT + COUNTED);
    /** "between 10,000 and 12,000 troops", "ten to twelve schools", "10-12 thousand soldiers", "between \u00a320 million and \u00a325 million". */
    private static final Pattern RANGE = Pattern.compile("(?:((?i:between))\\s+|(?i:from)\\s+)?" + AMOUNT + "(\\s+(?:and|to)\\s+|\\s*[-\u2013]\\s*)"
            + LAST_AMOUNT + PERCENT + COUNTED);
    /** "one in five homes": a proportion, given as a percentage so that it compares with "20% of homes". */
    private static final Pattern RATIO = Pattern.compile("\\b((?i:one)|\\d+) in (" + NumberWords.SMALL + "|\\d+)\\b" + COUNTED);
    /** "thousands of troops"; "Hundreds were evacuated", "Thousands fled" with no "of" when a verb follows. */
    private static final Pattern VAGUE = Pattern.compile("\\b((?i:tens of thousands|hundreds of thousands|thousands|hundreds|dozens|millions))"
            + "(?:\\s+of((?:\\s+\\p{L}[\\p{L}'\u2019-]*){1,3})|(?=\\s+\\p{L}+ed\\b|\\s+(?:were|are|have|had|fled|left|died|remain|stayed|spent|went|came)\\b))");
    /** What ends a clause, and what opens a new one within a sentence: "said on Monday that the school would reopen". */
    private static final String CLAUSE_ENDS = ".!?;,:\n";
    private static final Pattern CONJUNCTION = Pattern.compile("\\b(?:that|and|but|while|when|after|before)\\b");
    /** A word of a counted phrase, names such as "COVID-19" whole. */
    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}\\p{N}'\u2019-]*");
    /** Verbs a counted phrase stops before: "400 people spent", "50 people stayed" ("-ed" words are tested apart). */
    private static final Set<String> VERBS = Set.of("is", "are", "was", "were", "be", "been", "being", "have", "has", "had", "will", "would", "shall", "should",
            "can", "could", "may", "might", "must", "do", "does", "did", "left", "spent", "fled", "died", "stay", "stayed", "remain", "remained", "went", "came",
            "got", "made", "took", "lost", "gave", "rose", "fell", "ran", "saw", "met", "began", "stood", "sat", "kept", "held", "brought", "told", "found",
            "said", "say", "says", "needed", "need", "face", "faced", "wait", "waited");
    /** Plurals without an -s, where a counted phrase ends too. */
    private static final Set<String> PLURALS = Set.of("people", "children", "men", "women", "police", "staff", "personnel", "aircraft", "cattle", "sheep",
            "livestock", "feet", "teeth", "geese", "mice", "fish", "deer", "crew");
    private static final Map<String, String> CURRENCIES = Map.of("\u00a3", "GBP", "$", "USD", "\u20ac", "EUR", "\u00a5", "JPY");
    private static final Map<String, String> VAGUE_VALUES = Map.of("dozens", "12", "hundreds", "100", "thousands", "1000",
            "tens of thousands", "10000", "hundreds of thousands", "100000", "millions", "1000000");
    /** The months' and the weekdays' names, as regular-expression alternatives: the learned figures use them too. */
    static final String MONTH_NAMES = "January|February|March|April|May|June|July|August|September|October|November|December";
    static final String WEEKDAY_NAMES = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday";
    private static final String MONTHS = MONTH_NAMES + "|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec";
    /** Dates said relative to the publication: "early on Saturday", "next year", "last month", "January this year". */
    private static final Pattern RELATIVE_DATE = Pattern.compile("\\b(?:" + MONTH_NAMES + ")"
            + "\\s+(?:next|last|this)\\s+year\\b|\\b(?:(?:[Ee]arly|[Ll]ate)\\s+)?(?:[Oo]n\\s+)?(?:" + WEEKDAY_NAMES + ")\\b|\\b(?:next|last|this)\\s+(?:year|month)\\b");
    /** A year or a month on its own after a preposition: "since 2014", "in September". */
    private static final Pattern BARE_DATE = Pattern.compile("\\b(?:[Ii]n|[Ss]ince|[Bb]y)\\s+((?:19|20)\\d{2}|" + MONTH_NAMES + ")\\b(?![\\s,]+\\d)");
    private static final Pattern DATE = Pattern.compile("\\b(?:(?:" + MONTHS + ")\\.?\\s+\\d{1,2}(?:,\\s+\\d{4})?|(?:" + MONTHS + ")\\s+\\d{4}|\\d{1,2}\\s+(?:" + MONTHS + ")\\s+\\d{4})\\b");

    @Override
    public String name() {
        return "figures";
    }

    @Override
    public List<Suggestion> suggest(Document document, EntityDirectory entities) {
        String text = document.getText();
        List<Suggestion> suggestions = new ArrayList<>();
        Matcher date = DATE.matcher(text);
        while (date.find()) {
            String value = RelativeDates.resolve(date.group(), document.getPublicationDate()).orElse(null);
            suggestions.add(new Suggestion(figure(date.start(), date.end(), value, "date", null, false), name(), 0.7));
        }
        Matcher relative = RELATIVE_DATE.matcher(text);
        while (relative.find()) {
            boolean ahead = RelativeDates.speaksOfFuture(clauseAround(text, relative.start(), relative.end()));
            String value = RelativeDates.resolve(relative.group(), document.getPublicationDate(), ahead).orElse(null);
            suggestions.add(new Suggestion(figure(relative.start(), relative.end(), value, "date", null, false), name(), 0.5));
        }
        Matcher bare = BARE_DATE.matcher(text);
        while (bare.find()) {
            if (!overlaps(suggestions, bare.start(1), bare.end(1))) {
                String value = bareDate(bare.group(1), document.getPublicationDate());
                suggestions.add(new Suggestion(figure(bare.start(1), bare.end(1), value, "date", null, false), name(), 0.5));
            }
        }
        addAll(suggestions, RATIO.matcher(text), this::ratio);
        addAll(suggestions, RANGE.matcher(text), this::range);
        addAll(suggestions, COUNT.matcher(text), this::count);
        addAll(suggestions, VAGUE.matcher(text), this::vague);
        return suggestions;
    }

    /** Adds what {@code proposal} makes of each match that overlaps nothing proposed before (dates first, then ranges...). */
    private static void addAll(List<Suggestion> suggestions, Matcher matcher, Function<Matcher, Suggestion> proposal) {
        while (matcher.find()) {
            Suggestion suggestion = proposal.apply(matcher);
            if (suggestion != null && !overlaps(suggestions, suggestion.begin(), suggestion.end())) {
                suggestions.add(suggestion);
            }
        }
    }

    /** "one in five homes" is 20 percent of homes. */
    private Suggestion ratio(Matcher ratio) {
        BigDecimal part = NumberWords.value(ratio.group(1)).orElseThrow();
        BigDecimal whole = NumberWords.value(ratio.group(2)).orElseThrow();
        if (part.compareTo(whole) >= 0) {
            return null;
        }
        BigDecimal percent = part.multiply(BigDecimal.valueOf(100)).divide(whole, new MathContext(3));
        return new Suggestion(figure(ratio.start(), countedEnd(ratio, 3), NumberWords.plain(percent), "percent", counted(ratio, 3), false), name(), 0.5);
    }

    /** Both ends in digits or both in words, the first taking the last's scale if it has none ("10-12 thousand"). */
    private Suggestion range(Matcher range) {
        String low = range.group(3);
        String high = range.group(6);
        boolean words = !Character.isDigit(low.charAt(0)) || !Character.isDigit(high.charAt(0));
        boolean hyphen = range.group(4).strip().matches("[-\u2013]");
        if (range.group(4).strip().equals("and") && range.group(1) == null || words && hyphen || isYear(low, "") && isYear(high, "")) {
            return null;
        }
        String scale = NumberWords.scaleOf(high);
        BigDecimal from = NumberWords.value(NumberWords.scaleOf(low).isEmpty() ? low + " " + scale : low).orElse(null);
        BigDecimal to = NumberWords.value(high).orElse(null);
        String currency = range.group(2) != null ? range.group(2) : range.group(5);
        if (from == null || to == null || from.compareTo(to) >= 0 || isShorthand(low, currency) || isShorthand(high, currency)) {
            return null;
        }
        String value = NumberWords.plain(from) + FigureValues.RANGE_SEPARATOR + NumberWords.plain(to);
        return new Suggestion(figure(range.start(), countedEnd(range, 8), value, unit(currency, range.group(7)), emptyToNull(counted(range, 8)), true), name(), 0.6);
    }

    /**
     * A number with what it counts, its currency or a percent sign: "approximately 12,000 North Korean troops"
     * (12000), "forty-two soldiers" (42), "\u00a35 million" (5000000, GBP), "30 per cent", "over three decades" (30
     * years). A number that counts nothing is left out, and so is a year ("since 2014" is a date).
     */
    private Suggestion count(Matcher count) {
        String number = count.group(3);
        String counted = counted(count, 5);
        String unit = unit(count.group(2), count.group(4));
        if (unit == null && counted.isEmpty() || isYear(number, count.group(5)) || isShorthand(number, count.group(2))) {
            return null;
        }
        BigDecimal value = NumberWords.value(number).orElse(null);
        if (value == null) {
            return null;
        }
        if (counted.startsWith("decades")) {
            value = value.multiply(BigDecimal.TEN);
            unit = "years";
        }
        boolean hedged = count.group(1) != null;
        boolean digits = !Character.isLetter(number.charAt(0));
        double confidence = digits ? (hedged ? 0.7 : 0.5) : (hedged ? 0.5 : 0.4);
        int end = counted.isEmpty() ? Math.max(count.end(3), count.end(4)) : countedEnd(count, 5);
        return new Suggestion(figure(count.start(), end, NumberWords.plain(value), unit, emptyToNull(counted), hedged), name(), confidence);
    }

    /**
     * "thousands of troops", "Hundreds were evacuated": approximate, valued at one of the scale as the demo's analysts
     * note them (thousands 1000, dozens 12), so that the value is a lower bound.
     */
    private Suggestion vague(Matcher vague) {
        String value = VAGUE_VALUES.get(vague.group(1).toLowerCase(Locale.ROOT));
        String counted = counted(vague, 2);
        int end = counted.isEmpty() ? vague.end(1) : countedEnd(vague, 2);
        return new Suggestion(figure(vague.start(), end, value, null, emptyToNull(counted), true), name(), 0.5);
    }

    /** "GBP" for "\u00a3", "percent" for "%" or "per cent", null for a plain count. */
    private static String unit(String currency, String percent) {
        if (currency != null) {
            return CURRENCIES.get(currency);
        }
        return percent != null ? "percent" : null;
    }

    /** "5m" is 5 million only as money ("\u00a35m"); otherwise it may be 5 metres, and is left alone. */
    private static boolean isShorthand(String number, String currency) {
        return currency == null && number.matches("(?s).*\\dm");
    }

    /**
     * Where what a number counts ends: with its first plural noun ("5 ships waited" counts ships, "12,000 North
     * Korean troops" troops, "400 people spent" people), and before any verb ("Version 2.0 shipped"), else after the
     * words the pattern took.
     */
    private static int countedEnd(Matcher figure, int countedGroup) {
        String words = figure.group(countedGroup);
        if (words == null) {
            return figure.end();
        }
        List<String> list = WORD.matcher(words).results().map(MatchResult::group).map(w -> w.toLowerCase(Locale.ROOT)).toList();
        Matcher word = WORD.matcher(words);
        int end = 0;
        for (int i = 0; word.find(); i++) {
            if (isVerb(list.get(i), i + 1 < list.size() ? list.get(i + 1) : null)) {
                break;
            }
            end = word.end();
            if (isPlural(list.get(i))) {
                break;
            }
        }
        return figure.start(countedGroup) + end;
    }

    /** A known verb, or an "-ed" word that no noun follows ("50 people evacuated", not "150 displaced families"). */
    private static boolean isVerb(String word, String next) {
        return VERBS.contains(word) || word.endsWith("ed") && (next == null || VERBS.contains(next) || next.endsWith("ed"));
    }

    private static boolean isPlural(String word) {
        return PLURALS.contains(word) || word.length() > 3 && word.endsWith("s") && !word.endsWith("ss") && !word.endsWith("us") && !word.endsWith("is");
    }

    private static String counted(Matcher figure, int countedGroup) {
        int begin = figure.start(countedGroup);
        return begin < 0 ? "" : figure.group(countedGroup).substring(0, countedEnd(figure, countedGroup) - begin).strip();
    }

    private static String emptyToNull(String counted) {
        return counted.isEmpty() ? null : counted;
    }

    /**
     * The clause a relative date stands in, which tells whether it is ahead: "officials said on Monday" is past even
     * when the sentence goes on "that the school would stay closed until Friday".
     */
    private static String clauseAround(String text, int begin, int end) {
        int from = begin;
        while (from > 0 && CLAUSE_ENDS.indexOf(text.charAt(from - 1)) < 0) {
            from--;
        }
        int to = end;
        while (to < text.length() && CLAUSE_ENDS.indexOf(text.charAt(to)) < 0) {
            to++;
        }
        int clauseBegin = from;
        int clauseEnd = to;
        Matcher conjunction = CONJUNCTION.matcher(text).region(from, to);
        while (conjunction.find()) {
            if (conjunction.end() <= begin) {
                clauseBegin = conjunction.end();
            } else if (conjunction.start() >= end && clauseEnd == to) {
                clauseEnd = conjunction.start();
            }
        }
        return text.substring(clauseBegin, clauseEnd);
    }

    /** A year as it is; a month alone is the last such month up to the publication (news tell of the past months). */
    private static String bareDate(String yearOrMonth, String published) {
        if (Character.isDigit(yearOrMonth.charAt(0))) {
            return yearOrMonth;
        }
        if (published == null || published.length() < 7) {
            return null;
        }
        YearMonth publication = YearMonth.parse(published.substring(0, 7));
        Month month = Month.valueOf(yearOrMonth.toUpperCase(Locale.ROOT));
        int year = month.getValue() <= publication.getMonthValue() ? publication.getYear() : publication.getYear() - 1;
        return YearMonth.of(year, month).toString();
    }

    private static boolean overlaps(List<Suggestion> dates, int begin, int end) {
        return dates.stream().anyMatch(s -> begin < s.end() && s.begin() < end);
    }

    /** "2022 the ..." is a year, not a count; a year followed by a noun phrase is rare enough to skip. */
    private static boolean isYear(String number, String following) {
        return number.matches("(19|20)\\d{2}") && !following.strip().matches("(?i)(troops|soldiers|people|drones|missiles).*");
    }

    private static Figure figure(int begin, int end, String value, String unit, String counts, boolean approximate) {
        Figure figure = MarginaliaFactory.eINSTANCE.createFigure();
        figure.setBegin(begin);
        figure.setEnd(end);
        figure.setValue(value);
        figure.setUnit(unit);
        figure.setCounts(counts);
        figure.setApproximate(approximate);
        return figure;
    }
}
