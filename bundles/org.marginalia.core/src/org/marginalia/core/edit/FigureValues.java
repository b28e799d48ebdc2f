package org.marginalia.core.edit;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Normalises what an analyst types as a figure's value: a plain decimal number ("12,000" becomes 12000,
 * "1.5 million" becomes 1500000), a range of them ("between 10,000 and 12,000" becomes 10000..12000) or an
 * ISO-8601 date ("February 2022" becomes 2022-02, "Nov. 5, 2024"
 * becomes 2024-11-05). Anything else is refused with a message saying what is expected.
 */
public final class FigureValues {

    /** Either a normalised value or the reason the input is not one. */
    public record Result(String value, String error) {
        public boolean isValid() {
            return error == null;
        }
    }

    private static final Pattern NUMBER = Pattern.compile("([-+]?[0-9][0-9,\u00a0 ]*(?:\\.[0-9]+)?)\\s*(thousand|million|billion)?");
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");
    private static final Pattern MONTH_YEAR = Pattern.compile("([A-Za-z]+)\\.?\\s+(\\d{4})");
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile("([A-Za-z]+)\\.?\\s+(\\d{1,2}),?\\s+(\\d{4})");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("(\\d{1,2})\\s+([A-Za-z]+)\\.?\\s+(\\d{4})");
    /** A range of numbers: "10,000 to 12,000", "between 10,000 and 12,000", "10-12 thousand", "10000..12000". */
    private static final Pattern RANGE = Pattern.compile(
            "(?:between\\s+|from\\s+)?([0-9][0-9,]*(?:\\.[0-9]+)?)\\s*(thousand|million|billion)?\\s*(?:\\.\\.|[-\u2013]|\\s(?:to|and)\\s)\\s*([0-9][0-9,]*(?:\\.[0-9]+)?)\\s*(thousand|million|billion)?");
    /** How a range is written once normalised: both ends, low first. */
    public static final String RANGE_SEPARATOR = "..";

    private FigureValues() {
    }

    public static Result normalise(String input) {
        String text = input == null ? "" : input.strip();
        if (text.isEmpty()) {
            return new Result(null, null);
        }
        try {
            if (ISO_DATE.matcher(text).matches()) {
                return new Result(isoDate(text), null);
            }
            Matcher m = MONTH_DAY_YEAR.matcher(text);
            if (m.matches()) {
                return new Result(LocalDate.of(year(m.group(3)), month(m.group(1)), Integer.parseInt(m.group(2))).toString(), null);
            }
            m = DAY_MONTH_YEAR.matcher(text);
            if (m.matches()) {
                return new Result(LocalDate.of(year(m.group(3)), month(m.group(2)), Integer.parseInt(m.group(1))).toString(), null);
            }
            m = MONTH_YEAR.matcher(text);
            if (m.matches()) {
                return new Result(YearMonth.of(year(m.group(2)), month(m.group(1))).toString(), null);
            }
            m = NUMBER.matcher(text.toLowerCase(Locale.ROOT));
            if (m.matches()) {
                return new Result(number(m.group(1), m.group(2)), null);
            }
            m = RANGE.matcher(text.toLowerCase(Locale.ROOT));
            if (m.matches()) {
                return range(m);
            }
        } catch (IllegalArgumentException | DateTimeException e) {
            return new Result(null, "'" + text + "' is not a real date: " + e.getMessage());
        }
        return new Result(null, "'" + text + "' is neither a number (12,000 or 1.5 million), a range (10,000 to 12,000) nor a date (2024-11-16, February 2022)");
    }

    private static String isoDate(String text) {
        try {
            return switch (text.length()) {
                case 4 -> text;
                case 7 -> YearMonth.parse(text).toString();
                default -> LocalDate.parse(text).toString();
            };
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(e.getParsedString() + " has no such month or day", e);
        }
    }

    private static int year(String text) {
        return Integer.parseInt(text);
    }

    /** Full English month names and their three-letter abbreviations ("Nov", "Sept" too). */
    private static Month month(String name) {
        String key = name.toLowerCase(Locale.ROOT);
        if (key.equals("sept")) {
            key = "sep";
        }
        for (Month month : Month.values()) {
            String full = month.name().toLowerCase(Locale.ROOT);
            if (full.equals(key) || key.length() == 3 && full.startsWith(key)) {
                return month;
            }
        }
        throw new IllegalArgumentException("'" + name + "' is not a month");
    }

    /** "10-12 thousand" is 10,000 to 12,000: a scale written once, at the end, is both ends'. */
    private static Result range(Matcher m) {
        String highScale = m.group(4);
        String lowScale = m.group(2) != null ? m.group(2) : highScale;
        BigDecimal low = new BigDecimal(number(m.group(1), lowScale));
        BigDecimal high = new BigDecimal(number(m.group(3), highScale));
        if (low.compareTo(high) >= 0) {
            return new Result(null, "'" + m.group() + "' is not a range: its first number is not the smaller");
        }
        return new Result(low.toPlainString() + RANGE_SEPARATOR + high.toPlainString(), null);
    }

    private static String number(String digits, String scale) {
        BigDecimal value = new BigDecimal(digits.replaceAll("[,\u00a0 ]", ""));
        if (scale != null) {
            value = value.multiply(switch (scale) {
                case "thousand" -> BigDecimal.valueOf(1_000);
                case "million" -> BigDecimal.valueOf(1_000_000);
                default -> BigDecimal.valueOf(1_000_000_000);
            });
        }
        return value.stripTrailingZeros().toPlainString();
    }
}
