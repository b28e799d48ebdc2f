package org.marginalia.ui.editor;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.jface.resource.ColorDescriptor;
import org.eclipse.jface.resource.ResourceManager;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;
import org.marginalia.core.assist.Suggestion;
import org.marginalia.model.Annotation;
import org.marginalia.ui.preferences.MarginaliaPreferences;

/**
 * How annotations look in their kinds' colours from the preferences, and suggestions as ghosts: a pale
 * background with a dashed border, so they read as proposals, not as the analyst's work.
 */
final class AnnotationHighlighter implements SpanPainter.Look<Object> {

    private final ResourceManager resources;
    private final Color ghost;
    private final Color ghostBorder;
    /** Colours per kind: reading them from the preferences for each of thousands of ranges is slow. */
    private final Map<EClass, Color> backgrounds = new HashMap<>();
    private final Map<EClass, Color> strongs = new HashMap<>();

    AnnotationHighlighter(ResourceManager resources) {
        this.resources = resources;
        ghost = resources.create(ColorDescriptor.createFrom(new RGB(240, 240, 240)));
        ghostBorder = resources.create(ColorDescriptor.createFrom(new RGB(110, 110, 110)));
    }

    /** Forget the colours read so far: the preferences changed. */
    void resetColors() {
        backgrounds.clear();
        strongs.clear();
    }

    @Override
    public int begin(Object span) {
        return span instanceof Suggestion suggestion ? suggestion.begin() : ((Annotation) span).getBegin();
    }

    @Override
    public int end(Object span) {
        return span instanceof Suggestion suggestion ? suggestion.end() : ((Annotation) span).getEnd();
    }

    @Override
    public int border(Object span) {
        return span instanceof Suggestion ? SWT.BORDER_DASH : SWT.NONE;
    }

    @Override
    public Color background(Object span) {
        if (span instanceof Suggestion) {
            return ghost;
        }
        Annotation annotation = (Annotation) span;
        return backgrounds.computeIfAbsent(annotation.eClass(),
                kind -> resources.create(ColorDescriptor.createFrom(MarginaliaPreferences.color(kind))));
    }

    @Override
    public Color strong(Object span) {
        if (span instanceof Suggestion) {
            return ghostBorder;
        }
        Annotation annotation = (Annotation) span;
        return strongs.computeIfAbsent(annotation.eClass(), kind -> {
            RGB rgb = MarginaliaPreferences.color(kind);
            return resources.create(ColorDescriptor.createFrom(new RGB(rgb.red * 11 / 20, rgb.green * 11 / 20, rgb.blue * 11 / 20)));
        });
    }
}
