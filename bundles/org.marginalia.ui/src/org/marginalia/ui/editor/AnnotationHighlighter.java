package org.marginalia.ui.editor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.jface.resource.ColorDescriptor;
import org.eclipse.jface.resource.ResourceManager;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;
import org.marginalia.model.Annotation;
import org.marginalia.ui.preferences.MarginaliaPreferences;

/**
 * Paints annotations into the text. Where annotations overlap, the innermost (shortest) gives the
 * background and the one around it a coloured underline, so a mention inside a role stays visible as both.
 * The selected annotation gets a border. One sweep over sorted boundaries: O(n log n) for n annotations.
 */
final class AnnotationHighlighter {

    private static final Comparator<Annotation> INNERMOST_FIRST = Comparator
            .comparingInt((Annotation a) -> a.getEnd() - a.getBegin())
            .thenComparingInt(Annotation::getBegin)
            .thenComparing(a -> String.valueOf(a.getId()))
            .thenComparingInt(System::identityHashCode);

    private final ResourceManager resources;
    /** Colours per kind for one paint: reading them from the preferences for each of thousands of ranges is slow. */
    private final Map<EClass, Color> backgrounds = new HashMap<>();
    private final Map<EClass, Color> strongs = new HashMap<>();

    AnnotationHighlighter(ResourceManager resources) {
        this.resources = resources;
    }

    void paint(StyledText text, List<Annotation> annotations, Annotation selected) {
        backgrounds.clear();
        strongs.clear();
        int length = text.getCharCount();
        List<int[]> boundaries = new ArrayList<>(annotations.size() * 2);
        for (int i = 0; i < annotations.size(); i++) {
            Annotation a = annotations.get(i);
            if (a.getBegin() >= 0 && a.getEnd() <= length && a.getBegin() < a.getEnd()) {
                boundaries.add(new int[] { a.getBegin(), i, 1 });
                boundaries.add(new int[] { a.getEnd(), i, -1 });
            }
        }
        boundaries.sort(Comparator.comparingInt((int[] b) -> b[0]).thenComparingInt(b -> b[2]));
        TreeSet<Annotation> active = new TreeSet<>(INNERMOST_FIRST);
        List<StyleRange> styles = new ArrayList<>();
        int previous = 0;
        for (int[] boundary : boundaries) {
            int offset = boundary[0];
            if (offset > previous && !active.isEmpty()) {
                styles.add(style(previous, offset, active, selected));
            }
            Annotation annotation = annotations.get(boundary[1]);
            if (boundary[2] > 0) {
                active.add(annotation);
            } else {
                active.remove(annotation);
            }
            previous = offset;
        }
        text.setStyleRanges(styles.toArray(new StyleRange[0]));
    }

    private StyleRange style(int from, int to, TreeSet<Annotation> active, Annotation selected) {
        StyleRange style = new StyleRange();
        style.start = from;
        style.length = to - from;
        Annotation inner = active.first();
        style.background = background(inner);
        if (active.size() > 1) {
            Annotation outer = active.higher(inner);
            style.underline = true;
            style.underlineStyle = SWT.UNDERLINE_SINGLE;
            style.underlineColor = strong(outer);
        }
        if (selected != null && active.contains(selected)) {
            style.borderStyle = SWT.BORDER_SOLID;
            style.borderColor = strong(selected);
        }
        return style;
    }

    private Color background(Annotation annotation) {
        return backgrounds.computeIfAbsent(annotation.eClass(),
                kind -> resources.create(ColorDescriptor.createFrom(MarginaliaPreferences.color(kind))));
    }

    /** A darker shade of the kind's colour, for underlines and borders. */
    private Color strong(Annotation annotation) {
        return strongs.computeIfAbsent(annotation.eClass(), kind -> {
            RGB rgb = MarginaliaPreferences.color(kind);
            return resources.create(ColorDescriptor.createFrom(new RGB(rgb.red * 11 / 20, rgb.green * 11 / 20, rgb.blue * 11 / 20)));
        });
    }
}
