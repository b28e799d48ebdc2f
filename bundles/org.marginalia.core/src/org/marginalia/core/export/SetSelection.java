package org.marginalia.core.export;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.marginalia.core.corpus.AnnotationStore;
import org.marginalia.core.corpus.LoadedAnnotations;
import org.marginalia.model.AnnotationSet;

/** Which annotation sets an export takes: {@code all}, {@code curated} or {@code analyst:ID}. */
public record SetSelection(Kind kind, String analystId) {

    public enum Kind { ALL, CURATED, ANALYST }

    public static final SetSelection ALL = new SetSelection(Kind.ALL, null);
    public static final SetSelection CURATED = new SetSelection(Kind.CURATED, null);

    public static SetSelection analyst(String analystId) {
        AnnotationStore.checkAnalystId(analystId);
        return new SetSelection(Kind.ANALYST, analystId);
    }

    public static SetSelection parse(String text) {
        if ("all".equals(text)) {
            return ALL;
        }
        if ("curated".equals(text)) {
            return CURATED;
        }
        if (text != null && text.startsWith("analyst:")) {
            return analyst(text.substring("analyst:".length()));
        }
        throw new IllegalArgumentException("unknown set '" + text + "': use all, curated or analyst:ID");
    }

    /** The chosen sets, ordered by document, then curated last, then analyst. */
    public List<AnnotationSet> select(LoadedAnnotations annotations) {
        return annotations.sets().stream()
                .filter(this::matches)
                .sorted(Comparator.comparing((AnnotationSet s) -> s.getDocument().getId())
                        .thenComparing(AnnotationSet::isCurated)
                        .thenComparing(s -> s.getAnalystId() == null ? "" : s.getAnalystId()))
                .toList();
    }

    private boolean matches(AnnotationSet set) {
        return switch (kind) {
            case ALL -> true;
            case CURATED -> set.isCurated();
            case ANALYST -> !set.isCurated() && analystId.equals(set.getAnalystId());
        };
    }

    @Override
    public String toString() {
        return kind == Kind.ANALYST ? "analyst:" + analystId : kind.name().toLowerCase(Locale.ROOT);
    }
}
