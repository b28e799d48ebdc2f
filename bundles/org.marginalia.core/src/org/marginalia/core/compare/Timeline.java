package org.marginalia.core.compare;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.marginalia.core.assist.Finding;
import org.marginalia.model.Document;

/**
 * Every date the documents give, resolved against their publication dates, on one time axis: one row per
 * document, each date as the days it can mean (a day, a month, a year). Dates the comparison finds in conflict
 * are marked, so a conflict is seen at a glance.
 */
public record Timeline(List<Document> documents, List<Entry> entries, LocalDate first, LocalDate last) {

    /** A date of a document: the words, the days they can mean, and whether another source contradicts it. */
    public record Entry(Document document, int begin, int end, String text, String resolved, LocalDate from, LocalDate to, boolean conflict) {
    }

    public static Timeline of(List<Document> documents) {
        List<Statement> statements = new ArrayList<>();
        documents.forEach(document -> statements.addAll(Statements.of(document)));
        Set<String> conflicting = new HashSet<>();
        for (Finding finding : SourceComparison.of(documents).candidates()) {
            if (finding.type() == Finding.Type.DATE) {
                finding.sources().forEach(source -> conflicting.add(source.documentId() + "@" + source.begin()));
            }
        }
        List<Entry> entries = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Statement statement : statements) {
            for (DateMention mention : DateMention.of(statement)) {
                String key = statement.documentId() + "@" + mention.begin();
                if (seen.add(key)) {
                    LocalDate from = start(mention.resolved());
                    entries.add(new Entry(statement.document(), mention.begin(), mention.end(), mention.text(), mention.resolved(), from,
                            end(mention.resolved(), from), conflicting.contains(key)));
                }
            }
        }
        entries.sort(Comparator.comparing(Entry::from));
        LocalDate first = entries.stream().map(Entry::from).min(Comparator.naturalOrder()).orElse(LocalDate.now());
        LocalDate last = entries.stream().map(Entry::to).max(Comparator.naturalOrder()).orElse(first);
        return new Timeline(List.copyOf(documents), List.copyOf(entries), first, last);
    }

    private static LocalDate start(String iso) {
        return switch (iso.length()) {
            case 4 -> LocalDate.of(Integer.parseInt(iso), 1, 1);
            case 7 -> YearMonth.parse(iso).atDay(1);
            default -> LocalDate.parse(iso);
        };
    }

    private static LocalDate end(String iso, LocalDate start) {
        return switch (iso.length()) {
            case 4 -> start.plusYears(1).minusDays(1);
            case 7 -> YearMonth.parse(iso).atEndOfMonth();
            default -> start;
        };
    }

    /** Where a day lies on an axis of {@code width} units, the first day at 0. */
    public double x(LocalDate day, double width) {
        long span = Math.max(1, last.toEpochDay() - first.toEpochDay() + 1);
        return width * (day.toEpochDay() - first.toEpochDay()) / span;
    }

    public List<Entry> entriesOf(Document document) {
        return entries.stream().filter(entry -> entry.document() == document).toList();
    }
}
