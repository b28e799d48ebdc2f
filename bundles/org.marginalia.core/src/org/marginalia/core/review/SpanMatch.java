package org.marginalia.core.review;

import java.util.ArrayList;
import java.util.List;

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

    public static SpanMatch of(List<Annotation> reference, List<Annotation> candidate, boolean strict) {
        List<Annotation> unmatched = new ArrayList<>(reference);
        int matched = 0;
        for (Annotation annotation : candidate) {
            Annotation partner = null;
            for (Annotation other : unmatched) {
                if (matches(other, annotation, strict)) {
                    partner = other;
                    break;
                }
            }
            if (partner != null) {
                unmatched.remove(partner);
                matched++;
            }
        }
        return new SpanMatch(matched, reference.size(), candidate.size());
    }

    private static boolean matches(Annotation a, Annotation b, boolean strict) {
        if (a.eClass() != b.eClass()) {
            return false;
        }
        return strict ? a.getBegin() == b.getBegin() && a.getEnd() == b.getEnd() : a.getBegin() < b.getEnd() && b.getBegin() < a.getEnd();
    }
}
