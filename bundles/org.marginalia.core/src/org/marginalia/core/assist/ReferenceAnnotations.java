package org.marginalia.core.assist;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.marginalia.core.corpus.LoadedAnnotations;
import org.marginalia.core.corpus.LoadedCorpus;
import org.marginalia.core.review.Curation;
import org.marginalia.core.review.DocumentDiff;
import org.marginalia.core.review.MergePlan;
import org.marginalia.core.review.MergeStrategy;
import org.marginalia.model.Annotation;
import org.marginalia.model.AnnotationSet;
import org.marginalia.model.Document;

/**
 * What a corpus says, document by document, for checks and measurements: the curated set where the review
 * made one; otherwise what a majority of the analysts agree on (spans within 3 characters count as one, and the span
 * most of them gave stands for it, as in a merge).
 */
public final class ReferenceAnnotations {

    private static final int TOLERANCE = 3;

    private ReferenceAnnotations() {
    }

    public static Map<Document, List<Annotation>> of(LoadedCorpus corpus, LoadedAnnotations annotations) {
        Map<Document, List<Annotation>> references = new LinkedHashMap<>();
        for (Document document : corpus.corpus().getDocuments()) {
            references.put(document, of(annotations.sets().stream().filter(s -> s.getDocument() == document).toList()));
        }
        return references;
    }

    /** The same for sets held in memory, such as a generated corpus's: each document the sets annotate. */
    public static Map<Document, List<Annotation>> ofSets(List<AnnotationSet> sets) {
        Map<Document, List<AnnotationSet>> byDocument = new LinkedHashMap<>();
        sets.forEach(set -> byDocument.computeIfAbsent(set.getDocument(), d -> new ArrayList<>()).add(set));
        Map<Document, List<Annotation>> references = new LinkedHashMap<>();
        byDocument.forEach((document, ofDocument) -> references.put(document, of(ofDocument)));
        return references;
    }

    /** One document's reference from its sets: the curated one where it has annotations, else the majority. */
    private static List<Annotation> of(List<AnnotationSet> setsOfDocument) {
        Optional<AnnotationSet> curated = setsOfDocument.stream().filter(AnnotationSet::isCurated).findFirst();
        if (curated.isPresent() && !curated.get().getAnnotations().isEmpty()) {
            return List.copyOf(curated.get().getAnnotations());
        }
        List<AnnotationSet> analysts = setsOfDocument.stream().filter(s -> !s.isCurated()).toList();
        List<Annotation> majority = new ArrayList<>();
        MergePlan plan = MergePlan.of(DocumentDiff.of(analysts, TOLERANCE), new MergeStrategy.Majority(0.5));
        plan.taken().forEach(taken -> majority.add(Curation.representative(taken.configuration())));
        return majority;
    }

    /** What one analyst says, document by document: their own set of each document they have one for. */
    public static Map<Document, List<Annotation>> ofAnalyst(LoadedCorpus corpus, LoadedAnnotations annotations, String analyst) {
        Map<Document, List<Annotation>> own = new LinkedHashMap<>();
        for (Document document : corpus.corpus().getDocuments()) {
            annotations.sets().stream().filter(s -> !s.isCurated() && analyst.equals(s.getAnalystId()) && s.getDocument() == document).findFirst()
                    .ifPresent(set -> own.put(document, List.copyOf(set.getAnnotations())));
        }
        return own;
    }
}
