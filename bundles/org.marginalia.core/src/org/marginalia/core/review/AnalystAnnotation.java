package org.marginalia.core.review;

import org.marginalia.model.Annotation;

/** An annotation together with the analyst who made it, as the review sees it. */
public record AnalystAnnotation(String analyst, Annotation annotation) {

    public String kind() {
        return annotation.eClass().getName();
    }

    public int begin() {
        return annotation.getBegin();
    }

    public int end() {
        return annotation.getEnd();
    }
}
