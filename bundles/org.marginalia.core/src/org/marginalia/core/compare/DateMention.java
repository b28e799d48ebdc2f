package org.marginalia.core.compare;

import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.marginalia.core.assist.RelativeDates;

/**
 * A date a statement gives ("on November 16", "early Saturday", "in 2024", "next year", "March last year"),
 * resolved against its document's publication date to an ISO date of the precision the text allows, with the
 * words around it that say what happened then.
 */
public record DateMention(Statement statement, int begin, int end, String text, String resolved, Set<String> context, Set<String> names) {

    private static final String MONTH = "(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.|Feb\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.)";
    private static final Pattern DATE = Pattern.compile("\\b(?:" + MONTH + "\\s+(?:(?:last|this|next)\\s+year|\\d{4}\\b|\\d{1,2}\\b(?:,\\s*\\d{4})?)"
            + "|(?:(?:early|late)\\s+)?(?:on\\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
            + "|(?:in|since|by)\\s+(?:19|20)\\d\\d\\b"
            + "|(?:earlier\\s+|later\\s+)?(?:next|last|this)\\s+(?:year|month))", Pattern.CASE_INSENSITIVE);
    private static final Pattern MONTH_RELATIVE_YEAR = Pattern.compile("(?i)^(" + MONTH + ")\\s+(last|this|next)\\s+year$");
    private static final int BEFORE = 5;
    private static final int AFTER = 3;

    /** The dates of a statement that can be resolved; those that cannot (a weekday without a publication day) are left out. */
    public static List<DateMention> of(Statement statement) {
        String text = statement.document().getText();
        String published = statement.document().getPublicationDate();
        List<DateMention> found = new ArrayList<>();
        Matcher m = DATE.matcher(text).region(statement.begin(), statement.end());
        while (m.find()) {
            Optional<String> resolved = resolve(m.group(), published);
            if (resolved.isPresent()) {
                Set<String> context = new LinkedHashSet<>();
                Set<String> names = new LinkedHashSet<>();
                context(statement, m.start(), m.end(), context, names);
                found.add(new DateMention(statement, m.start(), m.end(), m.group(), resolved.get(), context, names));
            }
        }
        return found;
    }

    static Optional<String> resolve(String text, String published) {
        Matcher relative = MONTH_RELATIVE_YEAR.matcher(text.strip());
        if (relative.matches() && published != null && published.length() >= 4) {
            int year = Integer.parseInt(published.substring(0, 4)) + switch (relative.group(2).toLowerCase(Locale.ROOT)) {
                case "last" -> -1;
                case "next" -> 1;
                default -> 0;
            };
            return month(relative.group(1)).map(month -> year + "-" + String.format("%02d", month.getValue()));
        }
        return RelativeDates.resolve(text.replaceFirst("(?i)^(earlier|later)\\s+", ""), published);
    }

    private static Optional<Month> month(String name) {
        String prefix = name.replace(".", "").toLowerCase(Locale.ROOT).substring(0, 3);
        for (Month month : Month.values()) {
            if (month.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT).startsWith(prefix)) {
                return Optional.of(month);
            }
        }
        return Optional.empty();
    }

    /** Content words just before and after the date, its own words left out; the capitalised ones are also names. */
    private static void context(Statement statement, int begin, int end, Set<String> context, Set<String> names) {
        List<Token> tokens = statement.tokens();
        int first = 0;
        while (first < tokens.size() && tokens.get(first).end() <= begin) {
            first++;
        }
        for (int i = first - 1, taken = 0; i >= 0 && taken < BEFORE; i--) {
            if (tokens.get(i).isContent()) {
                take(tokens.get(i), i, context, names);
                taken++;
            }
        }
        for (int i = first, taken = 0; i < tokens.size() && taken < AFTER; i++) {
            if (tokens.get(i).begin() >= end && tokens.get(i).isContent()) {
                take(tokens.get(i), i, context, names);
                taken++;
            }
        }
    }

    private static void take(Token token, int index, Set<String> context, Set<String> names) {
        context.add(token.norm());
        if (token.isCapitalised() && index > 0) {
            names.add(token.norm());
        }
    }

    /**
     * Whether two dates are said of the same thing: the words around them share at least two, one of which is not
     * a word of the whole story ({@code topic}: "Japan", "minister" in every report), and the names around them,
     * if both have some beyond the story's, are not all different ("Kishida" and "Kamikawa" visited at different
     * times).
     */
    public boolean saidOfSameAs(DateMention other, Set<String> topic) {
        // counted, not collected into sets: dates are compared by the hundred thousand
        int shared = 0;
        boolean distinctive = false;
        for (String word : context) {
            if (other.context.contains(word)) {
                shared++;
                distinctive |= !topic.contains(word);
            }
        }
        return shared >= 2 && distinctive && !differentPeople(other, topic);
    }

    /** Both name people beyond the story's, and none of them the same. */
    private boolean differentPeople(DateMention other, Set<String> topic) {
        if (!namesBeyond(topic) || !other.namesBeyond(topic)) {
            return false;
        }
        for (String name : names) {
            if (!topic.contains(name) && other.names.contains(name)) {
                return false;
            }
        }
        return true;
    }

    private boolean namesBeyond(Set<String> topic) {
        for (String name : names) {
            if (!topic.contains(name)) {
                return true;
            }
        }
        return false;
    }

    public boolean compatibleWith(DateMention other) {
        return RelativeDates.compatible(resolved, other.resolved);
    }
}
