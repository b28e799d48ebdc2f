package org.marginalia.core.review;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.marginalia.model.Annotation;

/**
 * One position of a document (a kind and a span, boundaries within the diff's tolerance) with every
 * analyst's annotations there, grouped into configurations of equal attributes. {@link #covers} is the one
 * rule for what belongs to a position: the diff groups by it, curation and the review find what is curated
 * at a position by it.
 */
public final class PositionDiff {

    private final String kind;
    private final int begin;
    private final int end;
    private final int tolerance;
    private final Map<String, List<AnalystAnnotation>> configurations = new LinkedHashMap<>();
    private final Set<String> allAnalysts;

    PositionDiff(String kind, int begin, int end, int tolerance, Set<String> allAnalysts) {
        this.kind = kind;
        this.begin = begin;
        this.end = end;
        this.tolerance = tolerance;
        this.allAnalysts = allAnalysts;
    }

    void add(AnalystAnnotation annotation) {
        configurations.computeIfAbsent(Attributes.signature(annotation.annotation()), k -> new ArrayList<>()).add(annotation);
    }

    /** Same kind, and both boundaries within the tolerance of this position's. */
    public boolean covers(Annotation annotation) {
        return annotation.eClass().getName().equals(kind) && Math.abs(annotation.getBegin() - begin) <= tolerance
                && Math.abs(annotation.getEnd() - end) <= tolerance;
    }

    public String kind() {
        return kind;
    }

    public int begin() {
        return begin;
    }

    public int end() {
        return end;
    }

    /** The groups of annotations with equal attributes, the most supported first. */
    public List<List<AnalystAnnotation>> configurations() {
        List<List<AnalystAnnotation>> groups = new ArrayList<>(configurations.values());
        groups.sort((a, b) -> Long.compare(analystsOf(b).size(), analystsOf(a).size()));
        return groups;
    }

    public Set<String> analysts() {
        Set<String> analysts = new TreeSet<>();
        configurations.values().forEach(group -> analysts.addAll(analystsOf(group)));
        return analysts;
    }

    static Set<String> analystsOf(List<AnalystAnnotation> group) {
        Set<String> analysts = new TreeSet<>();
        group.forEach(a -> analysts.add(a.analyst()));
        return analysts;
    }

    /** One configuration only: everyone who annotated here agrees. */
    public boolean isAgreed() {
        return configurations.size() == 1 && !isStacked();
    }

    public boolean isConflict() {
        return !isAgreed();
    }

    /** Every analyst of the document annotated this position. */
    public boolean isComplete() {
        return analysts().containsAll(allAnalysts);
    }

    /** Some analyst has more than one annotation at this position. */
    public boolean isStacked() {
        int count = configurations.values().stream().mapToInt(List::size).sum();
        return count > analysts().size();
    }

    @Override
    public String toString() {
        return kind + " [" + begin + ", " + end + ") " + (isAgreed() ? "agreed" : "conflict") + (isComplete() ? ", complete" : ", incomplete")
                + (isStacked() ? ", stacked" : "") + " by " + analysts();
    }
}
