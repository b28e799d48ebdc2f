package org.marginalia.core.compare;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.marginalia.core.assist.Finding;

/**
 * Figures of different documents that count the same thing, compared as ranges: one finding per thing counted
 * where the sources give it differently, saying whether the ranges overlap (worded or hedged differently) or
 * not (a conflict).
 */
final class FigureDifferences {

    private FigureDifferences() {
    }

    static List<Finding> find(List<Statement> statements) {
        List<Quantity> quantities = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (Statement statement : statements) {
            for (Quantity quantity : Quantity.of(statement)) {
                if (seen.add(quantity.statement().documentId() + "@" + quantity.begin())) { // a quotation repeats its sentence's figures
                    quantities.add(quantity);
                }
            }
        }
        List<Finding> findings = new ArrayList<>();
        Set<Quantity> done = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Quantity first : quantities) {
            if (done.contains(first)) {
                continue;
            }
            List<Quantity> group = new ArrayList<>(List.of(first));
            done.add(first);
            for (Quantity other : quantities) {
                if (!done.contains(other) && group.stream().anyMatch(q -> q.countsSameThingAs(other))) {
                    group.add(other);
                    done.add(other);
                }
            }
            finding(group).ifPresent(findings::add);
            attribution(group).ifPresent(findings::add);
        }
        return findings;
    }

    /** The same figure credited to different origins: "Ukraine has reported" against US, South Korean and Ukrainian intelligence. */
    private static Optional<Finding> attribution(List<Quantity> group) {
        Map<String, Attribution.Credit> origins = new LinkedHashMap<>();
        Map<String, Quantity> first = new LinkedHashMap<>();
        for (Quantity quantity : group) {
            Optional<Attribution.Credit> credited = Attribution.of(quantity.statement());
            if (credited.isPresent() && !origins.containsKey(quantity.statement().documentId())) {
                origins.put(quantity.statement().documentId(), credited.get());
                first.put(quantity.statement().documentId(), quantity);
            }
        }
        if (origins.size() < 2 || origins.values().stream().map(Attribution.Credit::stems).distinct().count() < 2) {
            return Optional.empty();
        }
        List<Finding.Source> sources = new ArrayList<>();
        first.forEach((document, quantity) -> sources.add(new Finding.Source(document, quantity.statement().begin(), quantity.statement().end(),
                quantity.statement().text(), "credits " + origins.get(document).words())));
        return Optional.of(new Finding(Finding.Type.ATTRIBUTION, String.join(" ", group.get(0).thing()), sources, 0.5,
                "the sources credit the figure to different origins"));
    }

    private static Optional<Finding> finding(List<Quantity> group) {
        Map<String, Quantity> byDocument = new LinkedHashMap<>();
        group.forEach(q -> byDocument.putIfAbsent(q.statement().documentId(), q));
        Set<String> wordings = new LinkedHashSet<>();
        group.forEach(q -> wordings.add(q.text().toLowerCase(Locale.ROOT)));
        if (byDocument.size() < 2 || wordings.size() < 2) {
            return Optional.empty();
        }
        boolean conflict = false;
        for (Quantity a : group) {
            for (Quantity b : group) {
                if (!a.statement().documentId().equals(b.statement().documentId()) && !a.overlaps(b)) {
                    conflict = true;
                }
            }
        }
        List<Finding.Source> sources = new ArrayList<>();
        for (Quantity q : group) {
            sources.add(new Finding.Source(q.statement().documentId(), q.begin(), q.end(), q.text(), q.rangeText()));
        }
        String thing = String.join(" ", group.get(0).thing());
        return Optional.of(new Finding(Finding.Type.FIGURE, thing, sources, conflict ? 0.8 : 0.5,
                (conflict ? "the sources give figures whose ranges do not overlap" : "the sources give the figure differently, but the ranges overlap")
                        + "; " + agreeing(group)));
    }

    /** Which sources agree with which: the documents giving each wording, "000, 001: approximately 12,000". */
    private static String agreeing(List<Quantity> group) {
        Map<String, Set<String>> byWording = new LinkedHashMap<>();
        for (Quantity quantity : group) {
            byWording.computeIfAbsent(quantity.text().toLowerCase(Locale.ROOT), w -> new LinkedHashSet<>()).add(quantity.statement().documentId());
        }
        List<String> parts = new ArrayList<>();
        byWording.forEach((wording, documents) -> parts.add(String.join(", ", documents) + " say \u201c" + wording + "\u201d"));
        return String.join("; ", parts);
    }
}
