package org.marginalia.core.assist;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.marginalia.core.edit.FigureValues;

/**
 * Resolves what a text says about a date against the document's publication date: "next year", "last
 * month", "January this year", "Saturday", "November 16" (no year). Precision follows what is known: a weekday needs a full
 * publication date; with only a month, it stays unresolved rather than guessed. A weekday is the last one up to the
 * publication, unless its sentence speaks of what is to come ("will stay closed until Friday"): then the next one.
 */
public final class RelativeDates {

    private static final Pattern MONTH_OF_RELATIVE_YEAR = Pattern.compile("\\b([A-Z][a-z]+) (next|last|this) year\\b");
    private static final Pattern YEAR_RELATIVE = Pattern.compile("\\b(next|last|this) year\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern MONTH_RELATIVE = Pattern.compile("\\b(next|last|this) month\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern MONTH_DAY = Pattern.compile("\\b([A-Z][a-z]+)\\.? (\\d{1,2})\\b(?!,? \\d{4})");
    private static final String WEEKDAY = "(?:" + FigureSuggester.WEEKDAY_NAMES + ")";
    /** What says a sentence is about the future: a future or conditional verb, or "next Friday". */
    private static final Pattern FUTURE = Pattern.compile("(?i)\\b(?:will|won't|shall|would|(?:is|are) (?:expected|due|set|scheduled) to|next " + WEEKDAY
            + ")\\b|\\w'll\\b");
    /** "until Friday", "by Wednesday": a deadline, ahead unless the sentence is in the past tense. */
    private static final Pattern DEADLINE = Pattern.compile("\\b(?:until|till|by) " + WEEKDAY + "\\b");
    private static final Pattern PAST = Pattern.compile("(?i)\\b(?:was|were|had|did)\\b");

    private RelativeDates() {
    }

    /**
     * An ISO date (2024, 2024-11, 2024-11-16) for {@code text}, using {@code published} (ISO, any precision,
     * may be null) for relative expressions; empty when it cannot be known.
     */
    public static Optional<String> resolve(String text, String published) {
        return resolve(text, published, speaksOfFuture(text));
    }

    /**
     * As {@link #resolve(String, String)}, a weekday resolved to the next one on or after the publication day when
     * {@code forward}, to the last one on or before it otherwise.
     */
    public static Optional<String> resolve(String text, String published, boolean forward) {
        String stripped = text.strip().replaceFirst("(?i)^(in|on|early on|early|late|by|since)\\s+", "");
        FigureValues.Result absolute = FigureValues.normalise(stripped);
        if (absolute.isValid() && absolute.value() != null && absolute.value().matches("\\d{4}(-\\d{2}(-\\d{2})?)?")) {
            return Optional.of(absolute.value());
        }
        if (published == null || published.isBlank()) {
            return Optional.empty();
        }
        int year = Integer.parseInt(published.substring(0, 4));
        Matcher m = MONTH_OF_RELATIVE_YEAR.matcher(text);
        if (m.find()) {
            FigureValues.Result month = FigureValues.normalise(m.group(1) + " " + (year + offset(m.group(2))));
            if (month.isValid() && month.value() != null) {
                return Optional.of(month.value());
            }
        }
        m = YEAR_RELATIVE.matcher(text);
        if (m.find()) {
            return Optional.of(Integer.toString(year + offset(m.group(1))));
        }
        m = MONTH_RELATIVE.matcher(text);
        if (m.find() && published.length() >= 7) {
            return Optional.of(YearMonth.parse(published.substring(0, 7)).plusMonths(offset(m.group(1))).toString());
        }
        m = MONTH_DAY.matcher(text);
        if (m.find()) {
            FigureValues.Result withYear = FigureValues.normalise(m.group(1) + " " + m.group(2) + ", " + year);
            if (withYear.isValid() && withYear.value() != null) {
                return Optional.of(withYear.value());
            }
        }
        return weekday(text, published, forward);
    }

    /**
     * Whether a sentence tells of what is to come: "will stay closed until Friday", "is expected to peak on
     * Sunday", "to be needed by Wednesday"; not "on Monday the river rose" nor "the road was closed until Friday".
     */
    public static boolean speaksOfFuture(String sentence) {
        return FUTURE.matcher(sentence).find() || DEADLINE.matcher(sentence).find() && !PAST.matcher(sentence).find();
    }

    /** The such weekday nearest the publication day, on or before it (news tell of past days) or on or after it. */
    private static Optional<String> weekday(String text, String published, boolean forward) {
        if (published.length() < 10) {
            return Optional.empty();
        }
        LocalDate day = LocalDate.parse(published.substring(0, 10));
        for (DayOfWeek weekday : DayOfWeek.values()) {
            if (Pattern.compile("\\b" + weekday.getDisplayName(TextStyle.FULL, Locale.ENGLISH) + "\\b").matcher(text).find()) {
                LocalDate date = day;
                while (date.getDayOfWeek() != weekday) {
                    date = forward ? date.plusDays(1) : date.minusDays(1);
                }
                return Optional.of(date.toString());
            }
        }
        return Optional.empty();
    }

    private static int offset(String word) {
        return switch (word.toLowerCase(Locale.ROOT)) {
            case "next" -> 1;
            case "last" -> -1;
            default -> 0;
        };
    }

    /** Whether two ISO dates of any precision can be the same day: one is a prefix of the other. */
    public static boolean compatible(String a, String b) {
        return a.startsWith(b) || b.startsWith(a);
    }
}
