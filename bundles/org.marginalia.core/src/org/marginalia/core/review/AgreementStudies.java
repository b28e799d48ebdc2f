package org.marginalia.core.review;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.marginalia.model.Annotation;
import org.marginalia.model.AnnotationSet;
import org.marginalia.model.Document;

/**
 * Turns analysts' annotation sets into the studies agreement is measured on.
 * <ul>
 * <li>Coding: every span any analyst annotated (of the kind, or of any kind) is an item; an analyst's
 * category is the kind they gave that exact span, or {@value #NONE}. Pairwise studies keep the items
 * either analyst annotated.</li>
 * <li>Unitizing: the documents' texts laid end to end form one continuum; each annotation is a unit of its
 * kind.</li>
 * </ul>
 */
public final class AgreementStudies {

    public static final String NONE = "(none)";

    /** Per document, the analysts' sets; analysts missing a document count as having annotated nothing. */
    private final Map<Document, Map<String, List<Annotation>>> annotations = new LinkedHashMap<>();
    private final List<String> analysts;

    public AgreementStudies(List<AnnotationSet> sets, String kind) {
        Set<String> names = new TreeSet<>();
        for (AnnotationSet set : sets) {
            if (set.isCurated() || set.getDocument() == null) {
                continue;
            }
            names.add(set.getAnalystId());
            List<Annotation> kept = set.getAnnotations().stream().filter(a -> kind == null || a.eClass().getName().equals(kind)).toList();
            annotations.computeIfAbsent(set.getDocument(), d -> new TreeMap<>()).put(set.getAnalystId(), kept);
        }
        analysts = List.copyOf(names);
    }

    public List<String> analysts() {
        return analysts;
    }

    private List<Annotation> of(Document document, String analyst) {
        return annotations.get(document).getOrDefault(analyst, List.of());
    }

    /** The coding study over {@code raters} (indices into {@link #analysts()}). */
    public CodingStudy coding(List<Integer> raters) {
        CodingStudy study = new CodingStudy(raters.size());
        for (Document document : annotations.keySet()) {
            Set<Long> spans = new TreeSet<>();
            List<Map<Long, String>> categories = new ArrayList<>();
            for (int rater : raters) {
                Map<Long, String> bySpan = new HashMap<>();
                for (Annotation annotation : of(document, analysts.get(rater))) {
                    long span = ((long) annotation.getBegin() << 32) | annotation.getEnd(); // items in text order
                    bySpan.merge(span, annotation.eClass().getName(), (a, b) -> a.compareTo(b) <= 0 ? a : b);
                    spans.add(span);
                }
                categories.add(bySpan);
            }
            for (long span : spans) {
                String[] item = new String[raters.size()];
                for (int r = 0; r < raters.size(); r++) {
                    item[r] = categories.get(r).getOrDefault(span, NONE);
                }
                study.addItem(item);
            }
        }
        return study;
    }

    public CodingStudy coding() {
        List<Integer> all = new ArrayList<>();
        for (int i = 0; i < analysts.size(); i++) {
            all.add(i);
        }
        return coding(all);
    }

    /** The unitizing study of all analysts; overlapping units of one analyst and kind are left out (counted). */
    public UnitizingStudy unitizing() {
        long length = 0;
        for (Document document : annotations.keySet()) {
            length += document.getText() == null ? 0 : document.getText().length();
        }
        UnitizingStudy study = new UnitizingStudy(analysts.size(), 0, length);
        long offset = 0;
        for (Document document : annotations.keySet()) {
            for (int rater = 0; rater < analysts.size(); rater++) {
                for (Annotation annotation : of(document, analysts.get(rater))) {
                    study.addUnit(offset + annotation.getBegin(), annotation.getEnd() - annotation.getBegin(), rater, annotation.eClass().getName());
                }
            }
            offset += document.getText() == null ? 0 : document.getText().length();
        }
        return study;
    }

    /** Precision, recall and F1 of {@code candidate} against {@code reference}, over all documents. */
    public SpanMatch match(int reference, int candidate, boolean strict) {
        SpanMatch total = new SpanMatch(0, 0, 0);
        for (Document document : annotations.keySet()) {
            total = total.plus(SpanMatch.of(of(document, analysts.get(reference)), of(document, analysts.get(candidate)), strict));
        }
        return total;
    }
}
