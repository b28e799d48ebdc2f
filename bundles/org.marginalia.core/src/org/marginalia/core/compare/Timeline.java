package org.marginalia.core.compare;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.EStructuralFeature;

import org.marginalia.core.assist.ConsistencyChecker;
import org.marginalia.core.assist.Finding;
import org.marginalia.core.assist.RelativeDates;
import org.marginalia.core.edit.AnnotationEdits;
import org.marginalia.core.schema.AttributeValues;
import org.marginalia.core.schema.CorpusSchema;
import org.marginalia.model.Annotation;
import org.marginalia.model.Document;
import org.marginalia.model.Figure;

/**
 * Every date the documents give, resolved against their publication dates, on one time axis: one row per
 * document, each date as the days it can mean (a day, a month, a year). Besides the dates of the raw text, the
 * dated annotations (figures whose unit is a date, annotations of a schema kind with a {@code date} attribute: the
 * events) are entries of their own, labelled with what they date. Dates the comparison finds in conflict (of the
 * raw text, or of the annotations) are marked, so a conflict is seen at a glance.
 */
public record Timeline(List<Document> documents, List<Entry> entries, LocalDate first, LocalDate last) {

    /**
     * A date of a document: the words, the days they can mean, whether another source contradicts it, what is
     * drawn beside it, and whether it is an annotation's (an event or a figure) rather than words of the text.
     */
    public record Entry(Document document, int begin, int end, String text, String resolved, LocalDate from, LocalDate to, boolean conflict,
            String label, boolean annotated) {
    }

    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");

    /** The dates of the raw texts alone. */
    public static Timeline of(List<Document> documents) {
        return of(documents, Map.of());
    }

    /** The dates of the raw texts and of the annotations given for each document (for example its reference annotations). */
    public static Timeline of(List<Document> documents, Map<Document, List<Annotation>> annotations) {
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
                            end(mention.resolved(), from), conflicting.contains(key), mention.text(), false));
                }
            }
        }
        entries.addAll(annotated(documents, annotations));
        entries.sort(Comparator.comparing(Entry::from));
        LocalDate first = entries.stream().map(Entry::from).min(Comparator.naturalOrder()).orElse(LocalDate.now());
        LocalDate last = entries.stream().map(Entry::to).max(Comparator.naturalOrder()).orElse(first);
        return new Timeline(List.copyOf(documents), List.copyOf(entries), first, last);
    }

    /** The dated annotations of the documents, marked where the findings from those annotations say their dates differ. */
    private static List<Entry> annotated(List<Document> documents, Map<Document, List<Annotation>> annotations) {
        Set<String> conflicting = new HashSet<>();
        for (Finding finding : ConsistencyChecker.check(annotations)) {
            if (finding.type() == Finding.Type.DATE || finding.type() == Finding.Type.ATTRIBUTE && finding.explanation().startsWith("has a different date ")) {
                finding.sources().forEach(source -> conflicting.add(source.documentId() + "@" + source.begin()));
            }
        }
        List<Entry> entries = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Document document : documents) {
            for (Annotation annotation : annotations.getOrDefault(document, List.of())) {
                String text = document.getText();
                if (annotation.getBegin() < 0 || annotation.getEnd() > text.length() || annotation.getBegin() > annotation.getEnd()) {
                    continue; // a damaged set's annotation has no words to date
                }
                String words = text.substring(annotation.getBegin(), annotation.getEnd()).replace('\n', ' ');
                dated(annotation, words, document.getPublicationDate()).ifPresent(date -> {
                    String key = document.getId() + "@" + annotation.getBegin();
                    if (seen.add(key + "=" + date.resolved())) {
                        LocalDate from = start(date.resolved());
                        entries.add(new Entry(document, annotation.getBegin(), annotation.getEnd(), words, date.resolved(), from, end(date.resolved(), from),
                                conflicting.contains(key), date.label(), true));
                    }
                });
            }
        }
        return entries;
    }

    private record Dated(String resolved, String label) {
    }

    /** The date an annotation gives, if any: a date figure's value, or a schema kind's {@code date} attribute. */
    private static Optional<Dated> dated(Annotation annotation, String words, String published) {
        if (annotation instanceof Figure figure) {
            boolean dateUnit = "date".equalsIgnoreCase(figure.getUnit());
            String value = figure.getValue() == null || figure.getValue().isBlank() ? null : figure.getValue().strip();
            if (value != null && ISO_DATE.matcher(value).matches() && (dateUnit || value.length() > 4)) {
                return Optional.of(new Dated(value, label(figure.getCounts(), words)));
            }
            if (dateUnit) {
                return RelativeDates.resolve(words, published).map(resolved -> new Dated(resolved, label(figure.getCounts(), words)));
            }
            return Optional.empty();
        }
        EStructuralFeature date = annotation.eClass().getEStructuralFeature("date");
        if (date == null || CorpusSchema.isBuiltIn(annotation.eClass()) || !annotation.eIsSet(date)) {
            return Optional.empty();
        }
        String value = AttributeValues.text(annotation, date).strip();
        if (!ISO_DATE.matcher(value).matches()) {
            return Optional.empty();
        }
        EStructuralFeature what = annotation.eClass().getEStructuralFeature("what");
        String about = what != null && annotation.eIsSet(what) ? AttributeValues.text(annotation, what) : null;
        return Optional.of(new Dated(value, AnnotationEdits.label(annotation.eClass()) + ": " + label(about, words)));
    }

    private static String label(String what, String words) {
        return what == null || what.isBlank() ? words : what.strip();
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
