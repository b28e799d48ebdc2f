package org.marginalia.core.text;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.ToIntFunction;

/**
 * Finds the spans that overlap a range of a text without looking at the others: what an editor needs to
 * paint one line of a document with 200,000 annotations. Spans are kept in buckets by where they begin;
 * the few longer than a bucket are kept apart and always looked at. Building is linear, with no sorting, and
 * adding or removing one span touches one bucket, so an editor keeps its index up to date as the analyst works.
 *
 * @param <T> what a span is (an annotation, a suggestion, a review position)
 */
public final class SpanIndex<T> {

    private static final int BUCKET = 2048;

    private final ToIntFunction<T> begin;
    private final ToIntFunction<T> end;
    private final List<List<T>> buckets = new ArrayList<>();
    private final List<T> longSpans = new ArrayList<>();

    public SpanIndex(Collection<? extends T> spans, ToIntFunction<T> begin, ToIntFunction<T> end) {
        this.begin = begin;
        this.end = end;
        spans.forEach(this::add);
    }

    /** Adds a span (its offsets must not change while it is in the index). */
    public void add(T span) {
        int b = begin.applyAsInt(span);
        int e = end.applyAsInt(span);
        if (b < 0 || e < b) {
            return; // a damaged span is reported elsewhere, never painted
        }
        if (e - b > BUCKET) {
            longSpans.add(span);
            return;
        }
        int bucket = b / BUCKET;
        while (buckets.size() <= bucket) {
            buckets.add(null);
        }
        List<T> into = buckets.get(bucket);
        if (into == null) {
            into = new ArrayList<>(8);
            buckets.set(bucket, into);
        }
        into.add(span);
    }

    /** Removes a span added before; its offsets are what they were when it was added. */
    public void remove(T span) {
        int b = begin.applyAsInt(span);
        List<T> from = end.applyAsInt(span) - b > BUCKET ? longSpans : b >= 0 && b / BUCKET < buckets.size() ? buckets.get(b / BUCKET) : null;
        if (from != null) {
            for (int i = 0; i < from.size(); i++) {
                if (from.get(i) == span) {
                    from.remove(i);
                    return;
                }
            }
        }
    }

    /** The spans with at least one character in [from, to), in no particular order. */
    public List<T> overlapping(int from, int to) {
        List<T> found = new ArrayList<>();
        // a short span overlapping [from, to) begins at most one bucket's length before from
        int first = Math.max(0, (from - BUCKET) / BUCKET);
        int last = Math.min(buckets.size() - 1, Math.max(0, to - 1) / BUCKET);
        for (int bucket = first; bucket <= last; bucket++) {
            List<T> spans = buckets.get(bucket);
            if (spans != null) {
                collect(spans, from, to, found);
            }
        }
        collect(longSpans, from, to, found);
        return found;
    }

    private void collect(List<T> spans, int from, int to, List<T> found) {
        for (T span : spans) {
            if (begin.applyAsInt(span) < to && end.applyAsInt(span) > from) {
                found.add(span);
            }
        }
    }
}
