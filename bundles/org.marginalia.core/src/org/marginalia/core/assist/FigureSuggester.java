package org.marginalia.core.assist;

import java.time.Month;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
 * enough), with approximations marked; number words ("over three decades"), ranges ("between 10,000 and 12,000
 * troops", normalised as 10000..12000) and a year or month on its own ("since 2014", "in September").
 */
public final class FigureSuggester implements Suggester {

    private static final String APPROXIMATE = "approximately|about|around|nearly|almost|some|roughly|as many as|more than|over|up to|at least";
    private static final Pattern COUNT = Pattern.compile(
            "\\b(?:(" + APPROXIMATE + ")\\s+)?(\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?)(?:\\s+(thousand|million|billion))?((?:\\s+(?!(?:and|to|in|of|on|the|as|by|for|from|with)\\b)[A-Za-z][A-Za-z-]*){1,3})",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern VAGUE = Pattern.compile("\\b(thousands|hundreds|dozens|tens of thousands) of((?:\\s+[A-Za-z][A-Za-z-]*){1,3})");
    private static final Pattern WORD = Pattern.compile("[A-Za-z][A-Za-z-]*");
    private static final String MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec";
    /** Dates said relative to the publication: "early on Saturday", "next year", "last month", "January this year". */
    private static final Pattern RELATIVE_DATE = Pattern.compile("\\b(?:January|February|March|April|May|June|July|August|September|October|November|December)"
            + "\\s+(?:next|last|this)\\s+year\\b|\\b(?:(?:early|late)\\s+)?(?:on\\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b|\\b(?:next|last|this)\\s+(?:year|month)\\b");
    private static final Map<String, Integer> NUMBER_WORDS = Map.ofEntries(Map.entry("two", 2), Map.entry("three", 3),
            Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7),
            Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11),
            Map.entry("twelve", 12), Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("fifty", 50),
            Map.entry("a dozen", 12));
    /**
     * "seven telephone conversations", "over three decades": a number word, its hedge and what it counts, not "the
     * two countries".
     */
    private static final Pattern WORD_COUNT = Pattern.compile("(?<!\\bthe )(?<!\\bThe )(?<!\\bthese )(?<!\\bboth )\\b(?:((?i:" + APPROXIMATE + "))\\s+)?("
            + String.join("|", List.of("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "twenty", "thirty",
                    "fifty", "a dozen"))
            + ")((?:\\s+(?!(?:and|to|in|of|on|the|as|by|for|from|with|or|more|times|between|among|since|after|before|at)\\b)[a-z][a-z-]*){1,3})");
    /** "between 10,000 and 12,000 troops", "10,000 to 12,000 troops", "10-12 thousand soldiers". */
    private static final Pattern RANGE = Pattern.compile("\\b(?:([Bb]etween)\\s+|[Ff]rom\\s+)?(\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?)(?:\\s+(thousand|million|billion))?"
            + "(?:\\s+(?:and|to)\\s+|\\s*[-\u2013]\\s*)(\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?)(?:\\s+(thousand|million|billion))?"
            + "((?:\\s+(?!(?:and|to|in|of|on|the|as|by|for|from|with)\\b)[A-Za-z][A-Za-z-]*){1,3})");
    /** A year or a month on its own after a preposition: "since 2014", "in September". */
    private static final Pattern BARE_DATE = Pattern.compile("\\b(?:[Ii]n|[Ss]ince|[Bb]y)\\s+((?:19|20)\\d{2}|" + "January|February|March|April|May|June|July|August|September|October|November|December" + ")\\b(?![\\s,]+\\d)");
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
            String value = RelativeDates.resolve(relative.group(), document.getPublicationDate()).orElse(null);
            suggestions.add(new Suggestion(figure(relative.start(), relative.end(), value, "date", null, false), name(), 0.5));
        }
        Matcher bare = BARE_DATE.matcher(text);
        while (bare.find()) {
            if (!overlapsDate(suggestions, bare.start(1), bare.end(1))) {
                String value = bareDate(bare.group(1), document.getPublicationDate());
                suggestions.add(new Suggestion(figure(bare.start(1), bare.end(1), value, "date", null, false), name(), 0.5));
            }
        }
        Matcher words = WORD_COUNT.matcher(text);
        while (words.find()) {
            suggestions.add(wordCount(words));
        }
        Matcher range = RANGE.matcher(text);
        while (range.find()) {
            if (!overlapsDate(suggestions, range.start(), range.end()) && !(isYear(range.group(2), "") && isYear(range.group(4), ""))) {
                FigureValues.Result value = FigureValues.normalise(range.group().substring(0, range.start(6) - range.start()));
                if (value.isValid()) {
                    suggestions.add(new Suggestion(figure(range.start(), countedEnd(range, 6), value.value(), null, counted(range, 6), true), name(), 0.6));
                }
            }
        }
        Matcher count = COUNT.matcher(text);
        while (count.find()) {
            if (overlapsDate(suggestions, count.start(), count.end()) || isYear(count.group(2), count.group(4))) {
                continue;
            }
            String number = count.group(2) + (count.group(3) == null ? "" : " " + count.group(3));
            FigureValues.Result value = FigureValues.normalise(number);
            suggestions.add(new Suggestion(figure(count.start(), countedEnd(count, 4), value.value(), null, counted(count, 4), count.group(1) != null),
                    name(), count.group(1) != null ? 0.7 : 0.5));
        }
        Matcher vague = VAGUE.matcher(text);
        while (vague.find()) {
            String amount = vague.group(1).toLowerCase(Locale.ROOT);
            String value = switch (amount) {
                case "dozens" -> "24";
                case "hundreds" -> "100";
                case "tens of thousands" -> "10000";
                default -> "1000";
            };
            suggestions.add(new Suggestion(figure(vague.start(), countedEnd(vague, 2), value, null, counted(vague, 2), true), name(), 0.5));
        }
        return suggestions;
    }

    /**
     * Where what a number counts ends: with its first plural noun ("5 ships waited" counts ships, "12,000 North
     * Korean troops" troops), else after the words the pattern took.
     */
    private static int countedEnd(Matcher figure, int countedGroup) {
        Matcher word = WORD.matcher(figure.group(countedGroup));
        while (word.find()) {
            String w = word.group();
            if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) {
                return figure.start(countedGroup) + word.end();
            }
        }
        return figure.end(countedGroup);
    }

    private static String counted(Matcher figure, int countedGroup) {
        return figure.group(countedGroup).substring(0, countedEnd(figure, countedGroup) - figure.start(countedGroup)).strip();
    }

    /** "seven telephone conversations" is 7; "over three decades" is 30 years, approximately. */
    private Suggestion wordCount(Matcher words) {
        int value = NUMBER_WORDS.get(words.group(2));
        String counts = counted(words, 3);
        String unit = null;
        if (counts.startsWith("decades")) {
            value *= 10;
            unit = "years";
        }
        boolean hedged = words.group(1) != null;
        return new Suggestion(figure(words.start(), countedEnd(words, 3), Integer.toString(value), unit, counts, hedged), name(), hedged ? 0.5 : 0.4);
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

    private static boolean overlapsDate(List<Suggestion> dates, int begin, int end) {
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
