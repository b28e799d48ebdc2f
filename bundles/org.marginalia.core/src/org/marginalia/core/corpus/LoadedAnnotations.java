package org.marginalia.core.corpus;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;

import org.marginalia.model.AnnotationSet;

/** Every annotation set of a corpus folder, analysts' and curated, with the problems found reading them. */
public record LoadedAnnotations(List<AnnotationSet> sets, List<CorpusProblem> problems) {

    public LoadedAnnotations {
        sets = List.copyOf(sets);
        problems = List.copyOf(problems);
    }

    /** The analysts who have annotation sets, in alphabetical order. */
    public List<String> analystIds() {
        return List.copyOf(new TreeSet<>(sets.stream().filter(s -> !s.isCurated()).map(AnnotationSet::getAnalystId)
                .filter(Objects::nonNull).toList()));
    }

    public Optional<AnnotationSet> analystSet(String analystId, String documentId) {
        return sets.stream().filter(s -> !s.isCurated() && analystId.equals(s.getAnalystId()) && documentId.equals(documentIdOf(s))).findFirst();
    }

    public Optional<AnnotationSet> curatedSet(String documentId) {
        return sets.stream().filter(s -> s.isCurated() && documentId.equals(documentIdOf(s))).findFirst();
    }

    private static String documentIdOf(AnnotationSet set) {
        return set.getDocument() == null ? null : set.getDocument().getId();
    }
}
