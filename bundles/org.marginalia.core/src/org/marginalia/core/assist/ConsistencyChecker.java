package org.marginalia.core.assist;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.marginalia.core.compare.Quantity;
import org.marginalia.core.compare.Token;
import org.marginalia.core.compare.WordDiff;
import org.marginalia.core.edit.AnnotationEdits;
import org.marginalia.core.schema.AttributeValues;
import org.marginalia.core.schema.CorpusSchema;
import org.marginalia.model.Annotation;
import org.marginalia.model.CustomSpan;
import org.marginalia.model.Document;
import org.marginalia.model.Entity;
import org.marginalia.model.Figure;
import org.marginalia.model.MarginaliaPackage;
import org.marginalia.model.Quote;
import org.marginalia.model.Role;

/**
 * Finds where the sources of a corpus disagree with each other, comparing each document's reference
 * annotations across documents: role titles and affiliations per person, figures per counted thing, dates
 * per event (relative dates resolved against publication dates), and quotes by wording and speaker.
 */
public final class ConsistencyChecker {

    /** Quotes sharing this much of their wording are taken for one statement. */
    private static final double SAME_STATEMENT = 0.6;

    private ConsistencyChecker() {
    }

    public static List<Finding> check(Map<Document, List<Annotation>> references) {
        List<Finding> findings = new ArrayList<>();
        findings.addAll(roles(references));
        findings.addAll(figures(references));
        findings.addAll(quotes(references));
        findings.addAll(schemaKinds(references));
        return findings;
    }

    private record Located<T extends Annotation>(Document document, T annotation) {
        Finding.Source source(String says) {
            String text = document.getText().substring(annotation.getBegin(), annotation.getEnd()).replace('\n', ' ');
            return new Finding.Source(document.getId(), annotation.getBegin(), annotation.getEnd(), text, says);
        }
    }

    private static <T extends Annotation> List<Located<T>> all(Map<Document, List<Annotation>> references, Class<T> type) {
        List<Located<T>> located = new ArrayList<>();
        // an annotation outside its text (a damaged set, an unread text) has no words to compare
        references.forEach((document, annotations) -> annotations.stream().filter(type::isInstance).filter(a -> inText(document, a))
                .forEach(a -> located.add(new Located<>(document, type.cast(a)))));
        return located;
    }

    private static boolean inText(Document document, Annotation annotation) {
        String text = document.getText();
        return text != null && 0 <= annotation.getBegin() && annotation.getBegin() <= annotation.getEnd() && annotation.getEnd() <= text.length();
    }

    // ---- roles ----

    private static List<Finding> roles(Map<Document, List<Annotation>> references) {
        List<Finding> findings = new ArrayList<>();
        Map<String, List<Located<Role>>> byPerson = new LinkedHashMap<>();
        for (Located<Role> role : all(references, Role.class)) {
            if (role.annotation().getPerson() != null) {
                byPerson.computeIfAbsent(role.annotation().getPerson().getId(), k -> new ArrayList<>()).add(role);
            }
        }
        for (List<Located<Role>> roles : byPerson.values()) {
            String person = roles.get(0).annotation().getPerson().getName();
            differences(roles, r -> normal(r.annotation().getTitle()), r -> "title \u201c" + r.annotation().getTitle() + "\u201d")
                    .ifPresent(differing -> findings.add(new Finding(Finding.Type.ROLE_TITLE, person, differing.sources(), 0.9,
                            "is given different titles by different sources; " + differing.agreeing())));
            differences(roles, r -> r.annotation().getAffiliation() == null ? null : r.annotation().getAffiliation().getId(),
                    r -> "affiliation " + name(r.annotation().getAffiliation()))
                    .ifPresent(differing -> findings.add(new Finding(Finding.Type.AFFILIATION, person, differing.sources(), 0.8,
                            "is given different affiliations by different sources; " + differing.agreeing())));
        }
        return findings;
    }

    /**
     * Sources that give different values: one per distinct value and document (its first mention there), and which
     * documents agree with which ("000, 001, 004: title “Foreign Minister”; 003: title “Deputy Foreign Minister”").
     */
    private record Differing(List<Finding.Source> sources, String agreeing) {
    }

    /** The sources of each distinct value, when the documents give more than one value. */
    private static <T extends Annotation> Optional<Differing> differences(List<Located<T>> items, Function<Located<T>, String> value,
            Function<Located<T>, String> says) {
        Map<String, List<Located<T>>> byValue = new LinkedHashMap<>();
        for (Located<T> item : items) {
            String key = value.apply(item);
            if (key != null) {
                byValue.computeIfAbsent(key, k -> new ArrayList<>()).add(item);
            }
        }
        if (byValue.size() < 2) {
            return Optional.empty();
        }
        Set<String> documents = new HashSet<>();
        byValue.values().forEach(group -> group.forEach(i -> documents.add(i.document().getId())));
        if (documents.size() < 2) {
            return Optional.empty(); // one source contradicting itself is for the review, not for this check
        }
        List<Finding.Source> sources = new ArrayList<>();
        List<String> agreeing = new ArrayList<>();
        for (List<Located<T>> group : byValue.values()) {
            Set<String> seen = new TreeSet<>();
            for (Located<T> item : group) {
                if (seen.add(item.document().getId())) {
                    sources.add(item.source(says.apply(item)));
                }
            }
            agreeing.add(String.join(", ", seen) + ": " + says.apply(group.get(0)));
        }
        return Optional.of(new Differing(sources, String.join("; ", agreeing)));
    }

    // ---- a schema's kinds ----

    /**
     * Annotations of one schema kind about one entity (their first entity attribute: the source of a claim, the
     * place of an event) compared across documents by each of their other attributes.
     */
    private static List<Finding> schemaKinds(Map<Document, List<Annotation>> references) {
        List<Finding> findings = new ArrayList<>();
        Map<EClass, Map<String, List<Located<Annotation>>>> byKindAndEntity = new LinkedHashMap<>();
        for (Located<Annotation> located : all(references, Annotation.class)) {
            EClass kind = located.annotation().eClass();
            if (CorpusSchema.isBuiltIn(kind) || !(located.annotation() instanceof CustomSpan)) {
                continue;
            }
            entityAttribute(kind).map(attribute -> (Entity) located.annotation().eGet(attribute)).ifPresent(entity -> byKindAndEntity
                    .computeIfAbsent(kind, k -> new LinkedHashMap<>()).computeIfAbsent(entity.getId(), k -> new ArrayList<>()).add(located));
        }
        byKindAndEntity.forEach((kind, byEntity) -> byEntity.values().forEach(group -> {
            EStructuralFeature about = entityAttribute(kind).orElseThrow();
            String subject = AnnotationEdits.label(kind) + " about " + ((Entity) group.get(0).annotation().eGet(about)).getName();
            for (EStructuralFeature attribute : CorpusSchema.attributesOf(kind)) {
                if (attribute == about) {
                    continue;
                }
                differences(group, l -> l.annotation().eIsSet(attribute) ? AttributeValues.text(l.annotation(), attribute) : null,
                        l -> attribute.getName() + " " + AttributeValues.text(l.annotation(), attribute))
                        .ifPresent(differing -> findings.add(new Finding(Finding.Type.ATTRIBUTE, subject, differing.sources(), 0.7,
                                "has a different " + attribute.getName() + " in different sources; " + differing.agreeing())));
            }
        }));
        return findings;
    }

    private static Optional<EStructuralFeature> entityAttribute(EClass kind) {
        return CorpusSchema.attributesOf(kind).stream()
                .filter(attribute -> !attribute.isMany() && attribute.getEType() == MarginaliaPackage.eINSTANCE.getEntity()).findFirst();
    }

    // ---- figures and dates ----

    private static List<Finding> figures(Map<Document, List<Annotation>> references) {
        List<Finding> findings = new ArrayList<>();
        Map<String, List<Located<Figure>>> byCounted = new LinkedHashMap<>();
        for (Located<Figure> figure : all(references, Figure.class)) {
            String counts = normal(figure.annotation().getCounts());
            if (counts != null) {
                byCounted.computeIfAbsent(counts, k -> new ArrayList<>()).add(figure);
            }
        }
        for (List<Located<Figure>> figures : byCounted.values()) {
            String subject = figures.get(0).annotation().getCounts();
            if (figures.stream().anyMatch(ConsistencyChecker::isDate)) {
                dates(subject, figures).ifPresent(findings::add);
            } else {
                numbers(subject, figures).ifPresent(findings::add);
            }
        }
        return findings;
    }

    private static boolean isDate(Located<Figure> figure) {
        return "date".equalsIgnoreCase(figure.annotation().getUnit())
                || figure.annotation().getValue() != null && figure.annotation().getValue().matches("\\d{4}-\\d{2}(-\\d{2})?");
    }

    private static Optional<Finding> dates(String subject, List<Located<Figure>> figures) {
        Map<String, Located<Figure>> firstByDate = new LinkedHashMap<>();
        Map<String, Set<String>> documentsByDate = new LinkedHashMap<>();
        boolean relative = false;
        for (Located<Figure> figure : figures) {
            String text = figure.document().getText().substring(figure.annotation().getBegin(), figure.annotation().getEnd());
            Optional<String> date = Optional.ofNullable(figure.annotation().getValue()).filter(v -> !v.isBlank())
                    .or(() -> RelativeDates.resolve(text, figure.document().getPublicationDate()));
            if (date.isPresent()) {
                relative |= figure.annotation().getValue() == null;
                firstByDate.putIfAbsent(date.get(), figure);
                documentsByDate.computeIfAbsent(date.get(), d -> new TreeSet<>()).add(figure.document().getId());
            }
        }
        List<String> dates = new ArrayList<>(firstByDate.keySet());
        for (int i = 0; i < dates.size(); i++) {
            for (int j = i + 1; j < dates.size(); j++) {
                if (!RelativeDates.compatible(dates.get(i), dates.get(j))
                        && firstByDate.get(dates.get(i)).document() != firstByDate.get(dates.get(j)).document()) {
                    List<Finding.Source> sources = new ArrayList<>();
                    firstByDate.forEach((date, figure) -> sources.add(figure.source("date " + date)));
                    List<String> agreeing = new ArrayList<>();
                    documentsByDate.forEach((date, documents) -> agreeing.add(String.join(", ", documents) + ": " + date));
                    return Optional.of(new Finding(Finding.Type.DATE, subject, sources, relative ? 0.7 : 0.9,
                            (relative ? "has different dates once relative dates are resolved against publication dates" : "has different dates")
                                    + "; " + String.join("; ", agreeing)));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Figures of one counted thing compared as ranges: what the annotated words allow ("thousands of" 2,000 to
     * 19,999, "as many as 12,000" at most 12,000), else the value, give or take a tenth when approximate. Ranges
     * that do not overlap disagree; overlapping ones given differently are reported as a weaker finding.
     */
    private static Optional<Finding> numbers(String subject, List<Located<Figure>> figures) {
        List<Located<Figure>> valued = figures.stream().filter(f -> range(f).isPresent()).toList();
        boolean apart = false;
        boolean different = false;
        for (int i = 0; i < valued.size(); i++) {
            for (int j = i + 1; j < valued.size(); j++) {
                Located<Figure> a = valued.get(i);
                Located<Figure> b = valued.get(j);
                if (a.document() != b.document()) {
                    Quantity.Range x = range(a).orElseThrow();
                    Quantity.Range y = range(b).orElseThrow();
                    apart |= !x.overlaps(y);
                    different |= !x.equals(y);
                }
            }
        }
        if (!different) {
            return Optional.empty();
        }
        boolean approximate = valued.stream().anyMatch(f -> f.annotation().isApproximate());
        List<Finding.Source> sources = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        valued.stream().sorted(Comparator.comparing((Located<Figure> f) -> f.document().getId()))
                .filter(f -> seen.add(f.document().getId() + "|" + f.annotation().getValue()))
                .forEach(f -> sources.add(f.source(says(f))));
        String agreeing = agreeing(valued);
        if (apart) {
            return Optional.of(new Finding(Finding.Type.FIGURE, subject, sources, approximate ? 0.6 : 0.9,
                    "is counted differently: " + (approximate ? "even as ranges, " : "") + "the figures do not overlap; " + agreeing));
        }
        return Optional.of(new Finding(Finding.Type.FIGURE, subject, sources, 0.4, "is given differently, but the ranges overlap; " + agreeing));
    }

    /** Which sources agree with which: the documents giving each range, "000, 001: 10,800 to 13,200". */
    private static String agreeing(List<Located<Figure>> figures) {
        Map<String, Set<String>> byRange = new LinkedHashMap<>();
        for (Located<Figure> figure : figures) {
            byRange.computeIfAbsent(says(figure), r -> new TreeSet<>()).add(figure.document().getId());
        }
        List<String> parts = new ArrayList<>();
        byRange.forEach((range, documents) -> parts.add(String.join(", ", documents) + ": " + range));
        return String.join("; ", parts);
    }

    /** What a figure says: the range its words allow ("thousands of": 2,000 to 19,999), else its value. */
    private static String says(Located<Figure> figure) {
        String words = figure.document().getText().substring(figure.annotation().getBegin(), figure.annotation().getEnd());
        if (Quantity.rangeOf(words).isPresent()) {
            return range(figure).orElseThrow().text();
        }
        return (figure.annotation().isApproximate() ? "about " : "") + figure.annotation().getValue() + " (" + range(figure).orElseThrow().text() + ")";
    }

    private static Optional<Quantity.Range> range(Located<Figure> figure) {
        String words = figure.document().getText().substring(figure.annotation().getBegin(), figure.annotation().getEnd());
        Optional<Quantity.Range> read = Quantity.rangeOf(words);
        if (read.isPresent()) {
            return read;
        }
        BigDecimal value = number(figure.annotation().getValue());
        if (value == null) {
            return Optional.empty();
        }
        double v = value.doubleValue();
        return Optional.of(figure.annotation().isApproximate() ? new Quantity.Range(v * 0.9, v * 1.1) : new Quantity.Range(v, v));
    }

    private static BigDecimal number(String value) {
        try {
            return value == null ? null : new BigDecimal(value);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    // ---- quotes ----

    private static List<Finding> quotes(Map<Document, List<Annotation>> references) {
        List<Finding> findings = new ArrayList<>();
        List<Located<Quote>> quotes = all(references, Quote.class);
        for (int i = 0; i < quotes.size(); i++) {
            for (int j = i + 1; j < quotes.size(); j++) {
                Located<Quote> a = quotes.get(i);
                Located<Quote> b = quotes.get(j);
                if (a.document() == b.document()) {
                    continue;
                }
                double similarity = similarity(words(a), words(b));
                if (similarity < SAME_STATEMENT) {
                    continue;
                }
                Entity speakerA = a.annotation().getSpeaker();
                Entity speakerB = b.annotation().getSpeaker();
                if (speakerA != null && speakerB != null && !speakerA.getId().equals(speakerB.getId())) {
                    findings.add(new Finding(Finding.Type.QUOTE_SPEAKER, a.source("").text(), List.of(a.source("said by " + speakerA.getName()),
                            b.source("said by " + speakerB.getName())), similarity, "is one statement attributed to different speakers"));
                } else {
                    wording(a, b, speakerA != null ? speakerA : speakerB, similarity).ifPresent(findings::add);
                }
            }
        }
        return findings;
    }

    /**
     * One statement quoted with other words: every word that differs counts, for one changed word in a quotation
     * is exactly what an analyst must see ("poses" / "represents"); punctuation and case do not.
     */
    private static Optional<Finding> wording(Located<Quote> a, Located<Quote> b, Entity speaker, double similarity) {
        String textA = a.document().getText();
        String textB = b.document().getText();
        List<WordDiff.Change> changes = WordDiff.of(Token.of(textA, a.annotation().getBegin(), a.annotation().getEnd()),
                Token.of(textB, b.annotation().getBegin(), b.annotation().getEnd()));
        if (changes.isEmpty()) {
            return Optional.empty();
        }
        List<String> saysA = new ArrayList<>();
        List<String> saysB = new ArrayList<>();
        for (WordDiff.Change change : changes) {
            saysA.add(change.a().isEmpty() ? "(nothing)" : "\u201c" + change.aText() + "\u201d");
            saysB.add(change.b().isEmpty() ? "(nothing)" : "\u201c" + change.bText() + "\u201d");
        }
        return Optional.of(new Finding(Finding.Type.QUOTE_WORDING, name(speaker), List.of(a.source("says " + String.join(" / ", saysA)),
                b.source("says " + String.join(" / ", saysB))), changes.size() <= 2 ? 0.8 : 0.6,
                String.format(Locale.ROOT, "is quoted in different words (%d %s, %.0f%% of the words shared)", changes.size(),
                        changes.size() == 1 ? "change" : "changes", similarity * 100)));
    }

    private static Set<String> words(Located<Quote> quote) {
        String text = quote.document().getText().substring(quote.annotation().getBegin(), quote.annotation().getEnd());
        Set<String> words = new HashSet<>();
        for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return words;
    }

    /** Jaccard similarity of two word sets. */
    private static double similarity(Set<String> a, Set<String> b) {
        Set<String> union = new HashSet<>(a);
        union.addAll(b);
        if (union.isEmpty()) {
            return 0;
        }
        Set<String> shared = new HashSet<>(a);
        shared.retainAll(b);
        return (double) shared.size() / union.size();
    }

    private static String normal(String text) {
        return text == null || text.isBlank() ? null : text.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }

    private static String name(Entity entity) {
        return entity == null ? "(none)" : entity.getName();
    }
}
