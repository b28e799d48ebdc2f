package org.marginalia.core.review;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.marginalia.model.Annotation;
import org.marginalia.model.AnnotationSet;
import org.marginalia.model.Document;

/**
 * The analysts' annotations of one document, lined up by position. Two annotations of one kind share a
 * position when both their boundaries differ by at most {@code tolerance} characters (0: exactly equal).
 */
public final class DocumentDiff {

    private final Document document;
    private final Set<String> analysts;
    private final List<PositionDiff> positions;
    private final int tolerance;

    private DocumentDiff(Document document, Set<String> analysts, List<PositionDiff> positions, int tolerance) {
        this.document = document;
        this.analysts = analysts;
        this.positions = positions;
        this.tolerance = tolerance;
    }

    /** {@code sets}: the analysts' sets of one document (curated sets are ignored). */
    public static DocumentDiff of(List<AnnotationSet> sets, int tolerance) {
        if (tolerance < 0) {
            throw new IllegalArgumentException("a tolerance cannot be negative");
        }
        Set<String> analysts = new TreeSet<>();
        List<AnalystAnnotation> all = new ArrayList<>();
        Document document = null;
        for (AnnotationSet set : sets) {
            if (set.isCurated()) {
                continue;
            }
            document = set.getDocument();
            analysts.add(set.getAnalystId());
            for (Annotation annotation : set.getAnnotations()) {
                all.add(new AnalystAnnotation(set.getAnalystId(), annotation));
            }
        }
        all.sort(Comparator.comparing(AnalystAnnotation::kind).thenComparingInt(AnalystAnnotation::begin)
                .thenComparingInt(AnalystAnnotation::end).thenComparing(AnalystAnnotation::analyst));
        List<PositionDiff> positions = new ArrayList<>();
        List<PositionDiff> openOfKind = new ArrayList<>();
        String kind = null;
        for (AnalystAnnotation annotation : all) {
            if (!annotation.kind().equals(kind)) {
                kind = annotation.kind();
                openOfKind.clear();
            }
            PositionDiff position = openOfKind.stream().filter(p -> p.covers(annotation.annotation())).findFirst().orElse(null);
            if (position == null) {
                position = new PositionDiff(annotation.kind(), annotation.begin(), annotation.end(), tolerance, analysts);
                positions.add(position);
                openOfKind.add(position);
            }
            position.add(annotation);
            // positions starting more than the tolerance before this annotation can take no further members
            int limit = annotation.begin() - tolerance;
            openOfKind.removeIf(p -> p.begin() < limit);
        }
        positions.sort(Comparator.comparingInt(PositionDiff::begin).thenComparingInt(PositionDiff::end).thenComparing(PositionDiff::kind));
        return new DocumentDiff(document, analysts, positions, tolerance);
    }

    public Document document() {
        return document;
    }

    /** How many characters two boundaries may differ by and still be one position. */
    public int tolerance() {
        return tolerance;
    }

    public Set<String> analysts() {
        return analysts;
    }

    public List<PositionDiff> positions() {
        return positions;
    }

    public List<PositionDiff> conflicts() {
        return positions.stream().filter(PositionDiff::isConflict).toList();
    }
}
