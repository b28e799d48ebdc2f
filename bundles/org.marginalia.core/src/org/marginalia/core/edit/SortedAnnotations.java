package org.marginalia.core.edit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;

import org.marginalia.model.Annotation;

/**
 * A document's annotations in text order (begin, then end), kept sorted one change at a time: a list of
 * 200,000 annotations is not sorted again after every key the analyst presses. Only those {@code shown}
 * accepts are kept (a filter by kind).
 */
public final class SortedAnnotations {

    public static final Comparator<Annotation> TEXT_ORDER = Comparator.comparingInt(Annotation::getBegin).thenComparingInt(Annotation::getEnd);

    private final List<Annotation> rows = new ArrayList<>();
    private final Predicate<Annotation> shown;

    public SortedAnnotations(Predicate<Annotation> shown) {
        this.shown = shown;
    }

    /** Starts again from {@code annotations} (another set, or the filter changed). */
    public void reset(Collection<? extends Annotation> annotations) {
        rows.clear();
        annotations.stream().filter(shown).forEach(rows::add);
        rows.sort(TEXT_ORDER);
    }

    public void add(Annotation annotation) {
        if (!shown.test(annotation)) {
            return;
        }
        int at = search(annotation);
        rows.add(at < 0 ? -at - 1 : at, annotation);
    }

    public void remove(Annotation annotation) {
        int at = indexOf(annotation);
        if (at < 0) {
            at = identityIndex(annotation); // its span was edited since it was placed
        }
        if (at >= 0) {
            rows.remove(at);
        }
    }

    private int identityIndex(Annotation annotation) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i) == annotation) {
                return i;
            }
        }
        return -1;
    }

    /** Where {@code annotation} is, or -1; annotations of the same span are told apart by identity. */
    public int indexOf(Annotation annotation) {
        int at = search(annotation);
        if (at < 0) {
            return -1;
        }
        for (int i = at; i >= 0 && TEXT_ORDER.compare(rows.get(i), annotation) == 0; i--) {
            if (rows.get(i) == annotation) {
                return i;
            }
        }
        for (int i = at + 1; i < rows.size() && TEXT_ORDER.compare(rows.get(i), annotation) == 0; i++) {
            if (rows.get(i) == annotation) {
                return i;
            }
        }
        return -1;
    }

    /** Sorts again if a span was moved (its boundaries edited): one pass to check, a sort only when needed. */
    public void resortIfMoved() {
        for (int i = 1; i < rows.size(); i++) {
            if (TEXT_ORDER.compare(rows.get(i - 1), rows.get(i)) > 0) {
                rows.sort(TEXT_ORDER);
                return;
            }
        }
    }

    public Annotation get(int index) {
        return rows.get(index);
    }

    public int size() {
        return rows.size();
    }

    private int search(Annotation annotation) {
        int low = 0;
        int high = rows.size() - 1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            int order = TEXT_ORDER.compare(rows.get(middle), annotation);
            if (order < 0) {
                low = middle + 1;
            } else if (order > 0) {
                high = middle - 1;
            } else {
                return middle;
            }
        }
        return -(low + 1);
    }
}
