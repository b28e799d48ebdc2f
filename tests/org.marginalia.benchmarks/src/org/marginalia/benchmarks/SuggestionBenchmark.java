package org.marginalia.benchmarks;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.marginalia.core.assist.ReferenceAnnotations;
import org.marginalia.core.assist.Suggester;
import org.marginalia.core.assist.Suggesters;
import org.marginalia.core.assist.Suggestion;
import org.marginalia.core.corpus.AnnotationStore;
import org.marginalia.core.corpus.CorpusStore;
import org.marginalia.core.corpus.LoadedAnnotations;
import org.marginalia.core.corpus.LoadedCorpus;
import org.marginalia.core.edit.EntityDirectory;
import org.marginalia.core.review.SpanMatch;
import org.marginalia.model.Annotation;
import org.marginalia.model.Document;

/**
 * Precision and recall of each suggester against the demo corpus's reference annotations (what a majority
 * of its three analysts agree on, spans within 3 characters), strict and overlapping. Prints, asserts nothing.
 */
class SuggestionBenchmark {

    @Test
    void precisionAndRecallOnTheDemoCorpus() throws Exception {
        Path seeds = Paths.get(System.getProperty("marginalia.seeds", "../../seeds"));
        LoadedCorpus corpus = CorpusStore.load(seeds);
        LoadedAnnotations annotations = AnnotationStore.loadAll(corpus);
        Map<Document, List<Annotation>> reference = ReferenceAnnotations.of(corpus, annotations);
        EntityDirectory entities = new EntityDirectory(corpus.corpus(), annotations.sets());
        System.out.printf("%nSuggestions against the demo corpus's majority annotations (%d documents)%n", reference.size());
        System.out.printf("  %-10s %-15s %9s %9s %9s   %9s %9s %9s%n", "suggester", "kind", "P strict", "R strict", "F1 strict", "P overlap", "R overlap", "F1 overl.");
        for (Suggester suggester : Suggesters.all()) {
            SpanMatch strict = new SpanMatch(0, 0, 0);
            SpanMatch overlapping = new SpanMatch(0, 0, 0);
            String kind = null;
            for (Map.Entry<Document, List<Annotation>> entry : reference.entrySet()) {
                List<Annotation> proposed = new ArrayList<>();
                for (Suggestion suggestion : suggester.suggest(entry.getKey(), entities)) {
                    proposed.add(suggestion.proposal());
                    kind = suggestion.proposal().eClass().getName();
                }
                String proposedKind = kind;
                List<Annotation> expected = entry.getValue().stream().filter(a -> a.eClass().getName().equals(proposedKind)).toList();
                strict = strict.plus(SpanMatch.of(expected, proposed, true));
                overlapping = overlapping.plus(SpanMatch.of(expected, proposed, false));
            }
            System.out.printf("  %-10s %-15s %9.2f %9.2f %9.2f   %9.2f %9.2f %9.2f   (%d suggested, %d in the reference)%n", suggester.name(), kind,
                    strict.precision(), strict.recall(), strict.f1(), overlapping.precision(), overlapping.recall(), overlapping.f1(),
                    strict.candidate(), strict.reference());
        }
        System.out.println();
    }
}
