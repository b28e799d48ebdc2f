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
 * An analyst without a set for a document did not read it, so is no rater there (an empty set is a rater who
 * found nothing). A study of some raters takes the documents all of them have a set for, as kappa and
 * unitizing alpha need every rater on every item; {@link #documents(List)} says how many that is.
 */
public final class AgreementStudies {

    public static final String NONE = "(none)";

    /** Per document, the sets of the analysts who have one there. */
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

    /** The documents every one of {@code raters} (indices into {@link #analysts()}) has a set for. */
    private List<Document> documentsOf(List<Integer> raters) {
        List<Document> documents = new ArrayList<>();
        for (Map.Entry<Document, Map<String, List<Annotation>>> document : annotations.entrySet()) {
            if (raters.stream().allMatch(rater -> document.getValue().containsKey(analysts.get(rater)))) {
                documents.add(document.getKey());
            }
        }
        return documents;
    }

    /** How many documents a study of {@code raters} stands on: those all of them have a set for. */
    public int documents(List<Integer> raters) {
        return documentsOf(raters).size();
    }

    /** Every analyst, by index. */
    public List<Integer> everyone() {
        List<Integer> all = new ArrayList<>();
        for (int i = 0; i < analysts.size(); i++) {
            all.add(i);
        }
        return all;
    }

    /** How many documents any analyst has a set for. */
    public int documents() {
        return annotations.size();
    }

    /** The coding study over {@code raters} (indices into {@link #analysts()}), on the documents all of them read. */
    public CodingStudy coding(List<Integer> raters) {
        CodingStudy study = new CodingStudy(raters.size());
        for (Document document : documentsOf(raters)) {
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
        return coding(everyone());
    }

    /**
     * The unitizing study of all analysts, on the documents all of them read; overlapping units of one analyst
     * and kind are left out (counted).
     */
    public UnitizingStudy unitizing() {
        List<Document> documents = documentsOf(everyone());
        long length = 0;
        for (Document document : documents) {
            length += document.getText() == null ? 0 : document.getText().length();
        }
        UnitizingStudy study = new UnitizingStudy(analysts.size(), 0, length);
        long offset = 0;
        for (Document document : documents) {
            for (int rater = 0; rater < analysts.size(); rater++) {
                for (Annotation annotation : of(document, analysts.get(rater))) {
                    study.addUnit(offset + annotation.getBegin(), annotation.getEnd() - annotation.getBegin(), rater, annotation.eClass().getName());
                }
            }
            offset += document.getText() == null ? 0 : document.getText().length();
        }
        return study;
    }

    /** Precision, recall and F1 of {@code candidate} against {@code reference}, over the documents both read. */
    public SpanMatch match(int reference, int candidate, boolean strict) {
        SpanMatch total = new SpanMatch(0, 0, 0);
        for (Document document : documentsOf(List.of(reference, candidate))) {
            total = total.plus(SpanMatch.of(of(document, analysts.get(reference)), of(document, analysts.get(candidate)), strict));
        }
        return total;
    }
}
