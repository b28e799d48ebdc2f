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
 * "1.5 million" becomes 1500000) or an ISO-8601 date ("February 2022" becomes 2022-02, "Nov. 5, 2024"
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
        } catch (IllegalArgumentException | DateTimeException e) {
            return new Result(null, "'" + text + "' is not a real date: " + e.getMessage());
        }
        return new Result(null, "'" + text + "' is neither a number (12,000 or 1.5 million) nor a date (2024-11-16, February 2022)");
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
