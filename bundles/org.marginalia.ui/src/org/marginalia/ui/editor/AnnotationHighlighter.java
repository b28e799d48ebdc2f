package org.marginalia.ui.editor;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.jface.resource.ColorDescriptor;
import org.eclipse.jface.resource.ResourceManager;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;
import org.marginalia.model.Annotation;
import org.marginalia.ui.preferences.MarginaliaPreferences;

/** Paints annotations in their kinds' colours from the preferences. */
final class AnnotationHighlighter implements SpanPainter.Look<Annotation> {

    private final ResourceManager resources;
    private final SpanPainter<Annotation> painter = new SpanPainter<>(this);
    /** Colours per kind: reading them from the preferences for each of thousands of ranges is slow. */
    private final Map<EClass, Color> backgrounds = new HashMap<>();
    private final Map<EClass, Color> strongs = new HashMap<>();

    AnnotationHighlighter(ResourceManager resources) {
        this.resources = resources;
    }

    void paint(StyledText text, List<Annotation> annotations, Annotation selected) {
        painter.paint(text, annotations, selected);
    }

    /** Forget the colours read so far: the preferences changed. */
    void resetColors() {
        backgrounds.clear();
        strongs.clear();
    }

    @Override
    public int begin(Annotation annotation) {
        return annotation.getBegin();
    }

    @Override
    public int end(Annotation annotation) {
        return annotation.getEnd();
    }

    @Override
    public Color background(Annotation annotation) {
        return backgrounds.computeIfAbsent(annotation.eClass(),
                kind -> resources.create(ColorDescriptor.createFrom(MarginaliaPreferences.color(kind))));
    }

    @Override
    public Color strong(Annotation annotation) {
        return strongs.computeIfAbsent(annotation.eClass(), kind -> {
            RGB rgb = MarginaliaPreferences.color(kind);
            return resources.create(ColorDescriptor.createFrom(new RGB(rgb.red * 11 / 20, rgb.green * 11 / 20, rgb.blue * 11 / 20)));
        });
    }
}
