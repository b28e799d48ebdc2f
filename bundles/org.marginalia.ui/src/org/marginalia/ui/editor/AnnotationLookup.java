package org.marginalia.ui.editor;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.marginalia.core.edit.Span;
import org.marginalia.model.Annotation;

/** Finding annotations by position: under the caret, at an exact span, next and previous. */
final class AnnotationLookup {

    private static final Comparator<Annotation> BY_POSITION = Comparator.comparingInt(Annotation::getBegin)
            .thenComparingInt(Annotation::getEnd);

    private AnnotationLookup() {
    }

    /** The innermost annotation covering {@code offset} (a caret just inside its end counts). */
    static Optional<Annotation> at(List<Annotation> annotations, int offset) {
        return annotations.stream()
                .filter(a -> a.getBegin() <= offset && offset < a.getEnd())
                .min(Comparator.comparingInt((Annotation a) -> a.getEnd() - a.getBegin()));
    }

    static List<Annotation> covering(List<Annotation> annotations, int offset) {
        return annotations.stream().filter(a -> a.getBegin() <= offset && offset < a.getEnd())
                .sorted(Comparator.comparingInt((Annotation a) -> a.getEnd() - a.getBegin())).toList();
    }

    static Optional<Annotation> exactly(List<Annotation> annotations, Span span) {
        return annotations.stream().filter(a -> a.getBegin() == span.begin() && a.getEnd() == span.end()).findFirst();
    }

    static Optional<Annotation> next(List<Annotation> annotations, Annotation current, int caret) {
        return annotations.stream().sorted(BY_POSITION)
                .filter(a -> current == null ? a.getBegin() > caret : BY_POSITION.compare(a, current) > 0 && a != current)
                .findFirst();
    }

    static Optional<Annotation> previous(List<Annotation> annotations, Annotation current, int caret) {
        return annotations.stream().sorted(BY_POSITION.reversed())
                .filter(a -> current == null ? a.getBegin() < caret : BY_POSITION.compare(a, current) < 0 && a != current)
                .findFirst();
    }
}
