package org.marginalia.core.review;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Spans on a character continuum, for Krippendorff's alpha for unitizing (Krippendorff 1995, 2004): how
 * far raters agree on where units of each category begin and end, not only on labels. Each rater's units of
 * one category must not overlap; {@link #addUnit} refuses those that do. The computation follows the
 * definitions DKPro Agreement implements, which the tests check it against.
 */
public final class UnitizingStudy {

    /** A unit: [offset, offset + length) on the continuum, by one rater, of one category. */
    public record Unit(long offset, long length, int rater, String category) {
        long end() {
            return offset + length;
        }
    }

    private final long begin;
    private final long length;
    private final int raters;
    private final List<Unit> units = new ArrayList<>();
    /** Each rater's units of each category by offset: overlap checks and segment walks without scanning all units. */
    private final Map<String, TreeMap<Long, Unit>> byRaterAndCategory = new HashMap<>();
    /** Disagreements per category, computed once: "all kinds" and each kind's alpha share them, from any thread. */
    private final Map<String, double[]> disagreements = new ConcurrentHashMap<>();

    public UnitizingStudy(int raters, long begin, long length) {
        this.raters = raters;
        this.begin = begin;
        this.length = length;
    }

    /**
     * Adds a unit unless it is empty, leaves the continuum, or overlaps a unit of the same rater and category
     * already added; returns whether it was added.
     */
    public boolean addUnit(long offset, long unitLength, int rater, String category) {
        if (unitLength <= 0 || offset < begin || offset + unitLength > begin + length) {
            return false;
        }
        TreeMap<Long, Unit> own = byRaterAndCategory.computeIfAbsent(rater + "\u0000" + category, k -> new TreeMap<>());
        Map.Entry<Long, Unit> before = own.floorEntry(offset);
        Map.Entry<Long, Unit> after = own.ceilingEntry(offset);
        if (before != null && before.getValue().end() > offset || after != null && after.getKey() < offset + unitLength) {
            return false;
        }
        Unit unit = new Unit(offset, unitLength, rater, category);
        own.put(offset, unit);
        disagreements.clear();
        units.add(unit);
        return true;
    }

    public List<Unit> units() {
        return List.copyOf(units);
    }

    public long continuumBegin() {
        return begin;
    }

    public long continuumLength() {
        return length;
    }

    public int raterCount() {
        return raters;
    }

    public Set<String> categories() {
        Set<String> categories = new LinkedHashSet<>();
        units.forEach(u -> categories.add(u.category()));
        return categories;
    }

    /** Alpha over all categories: one minus the mean observed over the mean expected disagreement. */
    public double alpha() {
        Set<String> categories = categories();
        if (categories.isEmpty()) {
            return Double.NaN;
        }
        double observed = 0;
        double expected = 0;
        for (String category : categories) {
            double[] disagreement = disagreement(category);
            observed += disagreement[0];
            expected += disagreement[1];
        }
        return alpha(observed / categories.size(), expected / categories.size());
    }

    public double alpha(String category) {
        double[] disagreement = disagreement(category);
        return alpha(disagreement[0], disagreement[1]);
    }

    private double[] disagreement(String category) {
        return disagreements.computeIfAbsent(category, c -> new double[] { observedDisagreement(c), expectedDisagreement(c) });
    }

    private static double alpha(double observed, double expected) {
        return observed == expected ? 0.0 : 1.0 - observed / expected;
    }

    /** A stretch of one rater's continuum: a unit of the category, or the gap to the next one (category null). */
    private record Segment(long offset, long length, String category) {
        long end() {
            return offset + length;
        }
    }

    private List<Segment> segments(int rater, String category) {
        Collection<Unit> own = byRaterAndCategory.getOrDefault(rater + "\u0000" + category, new TreeMap<>()).values();
        List<Segment> segments = new ArrayList<>();
        long position = begin;
        for (Unit unit : own) {
            if (unit.offset() > position) {
                segments.add(new Segment(position, unit.offset() - position, null));
            }
            segments.add(new Segment(unit.offset(), unit.length(), category));
            position = unit.end();
        }
        if (position < begin + length) {
            segments.add(new Segment(position, begin + length - position, null));
        }
        return segments;
    }

    double observedDisagreement(String category) {
        double sum = 0;
        for (int r1 = 0; r1 < raters; r1++) {
            for (int r2 = r1 + 1; r2 < raters; r2++) {
                sum += pairDistance(segments(r1, category), segments(r2, category));
            }
        }
        return 2.0 * sum / ((double) raters * (raters - 1) * ((double) length * length));
    }

    /** Walks two raters' segments together; each pair of segments that meet is measured once. */
    private static double pairDistance(List<Segment> first, List<Segment> second) {
        double sum = 0;
        int i = 0;
        int j = 0;
        while (i < first.size() && j < second.size()) {
            Segment a = first.get(i);
            Segment b = second.get(j);
            sum += distance(a, b);
            long end = Math.min(a.end(), b.end());
            if (a.end() == end) {
                i++;
            }
            if (b.end() == end) {
                j++;
            }
        }
        return sum;
    }

    /**
     * Squared boundary differences of two overlapping units; the squared length of a unit lying wholly inside
     * the other rater's gap; nothing otherwise.
     */
    private static double distance(Segment a, Segment b) {
        long beginDiff = a.offset() - b.offset();
        long endDiff = a.end() - b.end();
        if (a.category() != null && b.category() != null && -a.length() < beginDiff && beginDiff < b.length()) {
            return (double) beginDiff * beginDiff + (double) endDiff * endDiff;
        }
        if (a.category() != null && b.category() == null && beginDiff >= 0 && endDiff <= 0) {
            return (double) a.length() * a.length();
        }
        if (a.category() == null && b.category() != null && beginDiff <= 0 && endDiff >= 0) {
            return (double) b.length() * b.length();
        }
        return 0.0;
    }

    private static int firstAtLeast(long[] sorted, long value) {
        int low = 0;
        int high = sorted.length;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (sorted[middle] < value) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    double expectedDisagreement(String category) {
        List<Unit> ofCategory = units.stream().filter(u -> u.category().equals(category)).toList();
        long count = ofCategory.size();
        double squaredLengths = 0;
        for (Unit unit : ofCategory) {
            squaredLengths += (double) unit.length() * (unit.length() - 1);
        }
        List<Long> gaps = new ArrayList<>();
        for (int r = 0; r < raters; r++) {
            segments(r, category).stream().filter(s -> s.category() == null).forEach(s -> gaps.add(s.length()));
        }
        // Σ over gaps g ≥ l of (g − l + 1), for every unit length l: sorted gaps and suffix sums, not a scan per unit
        long[] sorted = gaps.stream().mapToLong(Long::longValue).sorted().toArray();
        long[] suffix = new long[sorted.length + 1];
        for (int k = sorted.length - 1; k >= 0; k--) {
            suffix[k] = suffix[k + 1] + sorted[k];
        }
        // Each term is an exact integer; the sum of terms is kept in a double, exact to far below 1e-9 relative.
        double total = 0;
        for (Unit unit : ofCategory) {
            long l = unit.length();
            // (N_c − 1)(2l³ − 3l² + l) / 3 is an integer: l(l−1)(2l−1) is divisible by 6
            double within = (double) (count - 1) * (l * (l - 1) * (2 * l - 1) / 3);
            int first = firstAtLeast(sorted, l);
            long placements = suffix[first] - (l - 1) * (sorted.length - first);
            total += within + (double) placements * (l * l);
        }
        double rl = (double) raters * length;
        double denominator = rl * (rl - 1) - squaredLengths;
        return total * 2.0 / length / denominator;
    }
}
