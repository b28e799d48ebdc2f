package org.marginalia.core.review;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

import org.marginalia.model.Annotation;

/**
 * Precision, recall and F1 of one analyst's annotations against another's, matched one to one: strictly
 * (same kind, same span) or by overlap (same kind, spans sharing at least one character).
 */
public record SpanMatch(int matched, int reference, int candidate) {

    public double precision() {
        return candidate == 0 ? Double.NaN : (double) matched / candidate;
    }

    public double recall() {
        return reference == 0 ? Double.NaN : (double) matched / reference;
    }

    public double f1() {
        return reference + candidate == 0 ? Double.NaN : 2.0 * matched / (reference + candidate);
    }

    public SpanMatch plus(SpanMatch other) {
        return new SpanMatch(matched + other.matched, reference + other.reference, candidate + other.candidate);
    }

    /**
     * Matches one to one. Strict: equal kind and span, counted per span. Overlapping: candidates in text order
     * each take the unmatched reference of their kind that overlaps them and ends first. O(n log n).
     */
    public static SpanMatch of(List<Annotation> reference, List<Annotation> candidate, boolean strict) {
        int matched = strict ? strictMatches(reference, candidate) : overlapMatches(reference, candidate);
        return new SpanMatch(matched, reference.size(), candidate.size());
    }

    private static int strictMatches(List<Annotation> reference, List<Annotation> candidate) {
        Map<Span, Integer> unmatched = new HashMap<>();
        reference.forEach(a -> unmatched.merge(key(a), 1, Integer::sum));
        int matched = 0;
        for (Annotation annotation : candidate) {
            Span key = key(annotation);
            Integer left = unmatched.get(key);
            if (left != null && left > 0) {
                unmatched.put(key, left - 1);
                matched++;
            }
        }
        return matched;
    }

    private record Span(Object kind, int begin, int end) {
    }

    private static Span key(Annotation annotation) {
        return new Span(annotation.eClass(), annotation.getBegin(), annotation.getEnd());
    }

    /** The same match seen from the other analyst: matched pairs stay, precision and recall swap. */
    public SpanMatch reversed() {
        return new SpanMatch(matched, candidate, reference);
    }

    private static int overlapMatches(List<Annotation> reference, List<Annotation> candidate) {
        Map<Object, List<Annotation>> referencesByKind = new HashMap<>();
        reference.forEach(a -> referencesByKind.computeIfAbsent(a.eClass(), k -> new ArrayList<>()).add(a));
        Map<Object, List<Annotation>> candidatesByKind = new HashMap<>();
        candidate.forEach(a -> candidatesByKind.computeIfAbsent(a.eClass(), k -> new ArrayList<>()).add(a));
        Comparator<Annotation> byBegin = Comparator.comparingInt(Annotation::getBegin).thenComparingInt(Annotation::getEnd);
        int matched = 0;
        for (Map.Entry<Object, List<Annotation>> entry : candidatesByKind.entrySet()) {
            List<Annotation> references = new ArrayList<>(referencesByKind.getOrDefault(entry.getKey(), List.of()));
            references.sort(byBegin);
            List<Annotation> candidates = new ArrayList<>(entry.getValue());
            candidates.sort(byBegin);
            // references that have begun before the current candidate ends, by end: the first ending is taken first
            PriorityQueue<Annotation> open = new PriorityQueue<>(Comparator.comparingInt(Annotation::getEnd).thenComparing(byBegin));
            int next = 0;
            for (Annotation c : candidates) {
                while (next < references.size() && references.get(next).getBegin() < c.getEnd()) {
                    open.add(references.get(next++));
                }
                while (!open.isEmpty() && open.peek().getEnd() <= c.getBegin()) {
                    open.poll(); // ended before this candidate: no later candidate (which begins later still) overlaps it
                }
                if (!open.isEmpty()) {
                    open.poll();
                    matched++;
                }
            }
        }
        return matched;
    }
}
