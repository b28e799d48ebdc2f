package org.marginalia.benchmarks;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.marginalia.core.assist.LearnedSuggester;
import org.marginalia.core.assist.ReferenceAnnotations;
import org.marginalia.core.assist.SpanModels;
import org.marginalia.core.assist.Suggester;
import org.marginalia.core.assist.Suggesters;
import org.marginalia.core.assist.Suggestion;
import org.marginalia.core.assist.SuggestionContext;
import org.marginalia.core.corpus.AnnotationStore;
import org.marginalia.core.corpus.CorpusStore;
import org.marginalia.core.corpus.LoadedAnnotations;
import org.marginalia.core.corpus.LoadedCorpus;
import org.marginalia.core.edit.EntityDirectory;
import org.marginalia.core.review.SpanMatch;
import org.marginalia.model.Annotation;
import org.marginalia.model.AnnotationSet;
import org.marginalia.model.Document;

/**
 * Leave one document out on the demo corpus: each suggester proposes for one document knowing only what the
 * team tagged in the other four (the learning recommender trained on those), scored per suggester and kind
 * against that document's reference (what a majority of its three analysts agree on, spans within 3
 * characters), strict and overlapping. Then what training costs as the corpus grows. Prints, asserts nothing.
 */
class SuggestionBenchmark {

    private record Score(SpanMatch strict, SpanMatch overlapping) {
        Score plus(Score other) {
            return new Score(strict.plus(other.strict), overlapping.plus(other.overlapping));
        }
    }

    @Test
    void leaveOneDocumentOutOnTheDemoCorpusAndTrainingCost() throws Exception {
        Path seeds = Paths.get(System.getProperty("marginalia.seeds", "../../seeds"));
        LoadedCorpus corpus = CorpusStore.load(seeds);
        LoadedAnnotations annotations = AnnotationStore.loadAll(corpus);
        Map<Document, List<Annotation>> reference = ReferenceAnnotations.of(corpus, annotations);
        EntityDirectory entities = new EntityDirectory(corpus.corpus(), annotations.sets());
        List<AnnotationSet> all = annotations.sets().stream().filter(s -> !s.isCurated()).toList();
        Map<String, Score> scores = new TreeMap<>();
        Map<String, SpanMatch> perDocumentQuotes = new TreeMap<>();
        for (Map.Entry<Document, List<Annotation>> left : reference.entrySet()) {
            Document document = left.getKey();
            List<AnnotationSet> others = all.stream().filter(s -> s.getDocument() != document).toList();
            LearnedSuggester.retrain(others);
            SuggestionContext context = new SuggestionContext(document, entities, others, others);
            for (Suggester suggester : Suggesters.all()) {
                Map<String, List<Annotation>> byKind = new TreeMap<>();
                for (Suggestion suggestion : suggester.suggest(context)) {
                    byKind.computeIfAbsent(suggestion.proposal().eClass().getName(), k -> new ArrayList<>()).add(suggestion.proposal());
                }
                byKind.forEach((kind, proposed) -> {
                    List<Annotation> expected = left.getValue().stream().filter(a -> a.eClass().getName().equals(kind)).toList();
                    Score score = new Score(SpanMatch.of(expected, proposed, true), SpanMatch.of(expected, proposed, false));
                    scores.merge(suggester.name() + " " + kind, score, Score::plus);
                    if (suggester.name().equals("quotes") && kind.equals("Quote")) {
                        perDocumentQuotes.put(document.getId(), score.strict());
                    }
                });
            }
        }
        System.out.printf("%nSuggestions, leaving each of the demo's %d documents out in turn (trained on the other four)%n", reference.size());
        System.out.printf("  %-26s %9s %9s %9s   %9s %9s %9s%n", "suggester and kind", "P strict", "R strict", "F1 strict", "P overlap", "R overlap",
                "F1 overl.");
        scores.forEach((name, score) -> System.out.printf("  %-26s %9.2f %9.2f %9.2f   %9.2f %9.2f %9.2f   (%d suggested, %d in the reference)%n", name,
                score.strict().precision(), score.strict().recall(), score.strict().f1(), score.overlapping().precision(),
                score.overlapping().recall(), score.overlapping().f1(), score.strict().candidate(), score.strict().reference()));
        System.out.println("  quotes per document left out (strict): ");
        perDocumentQuotes.forEach((id, match) -> System.out.printf("    %s  precision %.2f  recall %.2f%n", id, match.precision(), match.recall()));
        trainingCost(all);
    }

    /** Training time and the models' memory for 5 to 100 documents' worth of the demo's sets (repeated). */
    private static void trainingCost(List<AnnotationSet> demoSets) {
        System.out.printf("%nTraining the learning recommender as the corpus grows (the demo's 15 sets repeated)%n");
        System.out.printf("  %9s %6s %10s %12s %8s%n", "documents", "sets", "train", "models heap", "kinds");
        for (int documents : new int[] { 5, 20, 50, 100 }) {
            List<AnnotationSet> sets = new ArrayList<>();
            for (int copy = 0; copy < documents / 5; copy++) {
                sets.addAll(demoSets);
            }
            long before = usedHeap();
            long start = System.nanoTime();
            SpanModels models = SpanModels.train(sets, List.copyOf(sets.stream().flatMap(s -> s.getAnnotations().stream()).map(a -> a.eClass())
                    .filter(k -> !k.getName().equals("EntityMention")).distinct().toList()));
            double seconds = (System.nanoTime() - start) / 1e9;
            long heap = usedHeap() - before;
            System.out.printf("  %9d %6d %9.2fs %10.1f MB %8d%n", documents, sets.size(), seconds, heap / 1e6, models.models().size());
        }
        System.out.println();
    }

    private static long usedHeap() {
        Runtime runtime = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return runtime.totalMemory() - runtime.freeMemory();
    }
}
