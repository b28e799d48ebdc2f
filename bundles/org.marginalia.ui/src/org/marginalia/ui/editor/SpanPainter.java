package org.marginalia.ui.editor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.graphics.Color;

/**
 * How spans look in a text. Where spans overlap, the innermost (shortest) gives the background and the one
 * around it a coloured underline, so a mention inside a role stays visible as both; the selected span gets a
 * border. One sweep over the sorted boundaries of the spans in a range: O(n log n) for n spans there.
 *
 * @param <T> what a span is: an annotation in the editor, a review position in the review
 */
public final class SpanPainter<T> {

    /** Where a span lies and how it looks. */
    public interface Look<T> {
        int begin(T span);

        int end(T span);

        Color background(T span);

        /** A darker colour for underlines and borders. */
        Color strong(T span);

        /** A border every span of this sort has (SWT.BORDER_DASH for suggestions), or SWT.NONE. */
        default int border(T span) {
            return SWT.NONE;
        }
    }

    private final Look<T> look;

    public SpanPainter(Look<T> look) {
        this.look = look;
    }

    /**
     * The style ranges for [from, to) of the text (document offsets) from the spans that overlap it: what a
     * line-style listener hands the widget for one line, so that only painted lines cost anything.
     */
    public List<StyleRange> styles(List<T> spans, T selected, int from, int to) {
        List<int[]> boundaries = new ArrayList<>(spans.size() * 2);
        for (int i = 0; i < spans.size(); i++) {
            T span = spans.get(i);
            int begin = look.begin(span);
            int end = look.end(span);
            if (begin < end && begin < to && end > from) {
                boundaries.add(new int[] { Math.max(begin, from), i, 1 });
                boundaries.add(new int[] { Math.min(end, to), i, -1 });
            }
        }
        boundaries.sort(Comparator.comparingInt((int[] b) -> b[0]).thenComparingInt(b -> b[2]));
        TreeSet<Integer> active = new TreeSet<>(Comparator
                .comparingInt((Integer i) -> look.end(spans.get(i)) - look.begin(spans.get(i)))
                .thenComparingInt(i -> look.begin(spans.get(i)))
                .thenComparingInt(i -> i));
        List<StyleRange> styles = new ArrayList<>();
        int previous = from;
        for (int[] boundary : boundaries) {
            int offset = boundary[0];
            if (offset > previous && !active.isEmpty()) {
                styles.add(style(previous, offset, spans, active, selected));
            }
            if (boundary[2] > 0) {
                active.add(boundary[1]);
            } else {
                active.remove(boundary[1]);
            }
            previous = offset;
        }
        return styles;
    }

    private StyleRange style(int from, int to, List<T> spans, TreeSet<Integer> active, T selected) {
        StyleRange style = new StyleRange();
        style.start = from;
        style.length = to - from;
        int inner = active.first();
        style.background = look.background(spans.get(inner));
        if (active.size() > 1) {
            style.underline = true;
            style.underlineStyle = SWT.UNDERLINE_SINGLE;
            style.underlineColor = look.strong(spans.get(active.higher(inner)));
        }
        if (look.border(spans.get(inner)) != SWT.NONE) {
            style.borderStyle = look.border(spans.get(inner));
            style.borderColor = look.strong(spans.get(inner));
        }
        if (selected != null) {
            for (int index : active) {
                if (spans.get(index) == selected) {
                    style.borderStyle = SWT.BORDER_SOLID;
                    style.borderColor = look.strong(selected);
                }
            }
        }
        return style;
    }
}
