package org.marginalia.benchmarks;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.util.EcoreUtil;
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
 * How good the suggestions are, and what learning costs. First, leave one document out on the demo corpus: each
 * suggester proposes for one document knowing only what the team tagged in the other four (the learning
 * recommender trained on those), scored per suggester and kind against that document's reference (what a majority
 * of its three analysts agree on), strict (the very span) and overlapping, with quotes and figures also per
 * document. Then the same on a generated corpus of other events ({@link SyntheticNews}): trained on 100 documents,
 * proposing in 20 others. Last, the training time and the models' memory as the corpus grows, and the retraining
 * after a save. Prints, asserts nothing.
 */
class SuggestionBenchmark {

    private static final int SYNTHETIC_TRAINED = 100;
    private static final int SYNTHETIC_HELD_OUT = 20;

    private record Score(SpanMatch strict, SpanMatch overlapping) {
        Score plus(Score other) {
            return new Score(strict.plus(other.strict), overlapping.plus(other.overlapping));
        }
    }

    @Test
    void leaveOneDocumentOutOnTheDemoThenAGeneratedCorpusThenTrainingCost() throws Exception {
        Path seeds = Paths.get(System.getProperty("marginalia.seeds", "../../seeds"));
        LoadedCorpus corpus = CorpusStore.load(seeds);
        LoadedAnnotations annotations = AnnotationStore.loadAll(corpus);
        Map<Document, List<Annotation>> reference = ReferenceAnnotations.of(corpus, annotations);
        EntityDirectory entities = new EntityDirectory(corpus.corpus(), annotations.sets());
        List<AnnotationSet> all = annotations.sets().stream().filter(s -> !s.isCurated()).toList();
        Map<String, Score> scores = new TreeMap<>();
        Map<String, Score> perDocument = new TreeMap<>();
        for (Map.Entry<Document, List<Annotation>> left : reference.entrySet()) {
            List<AnnotationSet> others = all.stream().filter(s -> s.getDocument() != left.getKey()).toList();
            LearnedSuggester.retrain(others);
            Map<String, Score> ofDocument = score(new SuggestionContext(left.getKey(), entities, others, others), left.getValue());
            ofDocument.forEach((name, score) -> scores.merge(name, score, Score::plus));
            ofDocument.forEach((name, score) -> perDocument.put(name + " " + left.getKey().getId().substring(0, 3), score));
        }
        print("Suggestions, leaving each of the demo's " + reference.size() + " documents out in turn (trained on the other four)", scores);
        System.out.println("  per document left out, strict (quotes and figures):");
        perDocument.forEach((name, score) -> {
            if (name.startsWith("quotes Quote") || name.startsWith("figures Figure")) {
                System.out.printf("    %-24s precision %.2f  recall %.2f  (%d suggested, %d in the reference)%n", name, score.strict().precision(),
                        score.strict().recall(), score.strict().candidate(), score.strict().reference());
            }
        });
        generatedCorpus();
        trainingCost();
    }

    /** Trained on the sets of the first documents of a generated corpus, proposing in the next ones. */
    private static void generatedCorpus() {
        SyntheticNews news = SyntheticNews.generate(SYNTHETIC_TRAINED + SYNTHETIC_HELD_OUT, 11);
        List<Document> documents = news.corpus().getDocuments();
        List<Document> heldOut = documents.subList(SYNTHETIC_TRAINED, documents.size());
        List<AnnotationSet> trained = news.sets().stream().filter(s -> !heldOut.contains(s.getDocument())).toList();
        Map<Document, List<Annotation>> reference = ReferenceAnnotations.ofSets(news.sets());
        EntityDirectory entities = new EntityDirectory(news.corpus(), trained);
        long start = System.nanoTime();
        LearnedSuggester.retrain(trained);
        double seconds = (System.nanoTime() - start) / 1e9;
        Map<String, Score> scores = new TreeMap<>();
        for (Document document : heldOut) {
            score(new SuggestionContext(document, entities, trained, trained), reference.get(document)).forEach((name, score) -> scores.merge(name, score, Score::plus));
        }
        print(String.format("Suggestions on a generated corpus of other events: trained on %d documents (%.1f s), proposing in %d others",
                SYNTHETIC_TRAINED, seconds, SYNTHETIC_HELD_OUT), scores);
    }

    private static Map<String, Score> score(SuggestionContext context, List<Annotation> reference) {
        Map<String, Score> scores = new TreeMap<>();
        for (Suggester suggester : Suggesters.all()) {
            Map<String, List<Annotation>> byKind = new TreeMap<>();
            for (Suggestion suggestion : suggester.suggest(context)) {
                byKind.computeIfAbsent(suggestion.proposal().eClass().getName(), k -> new ArrayList<>()).add(suggestion.proposal());
            }
            byKind.forEach((kind, proposed) -> {
                List<Annotation> expected = reference.stream().filter(a -> a.eClass().getName().equals(kind)).toList();
                scores.put(suggester.name() + " " + kind, new Score(SpanMatch.of(expected, proposed, true), SpanMatch.of(expected, proposed, false)));
            });
        }
        return scores;
    }

    private static void print(String title, Map<String, Score> scores) {
        System.out.printf("%n%s%n", title);
        System.out.printf("  %-26s %9s %9s %9s   %9s %9s %9s%n", "suggester and kind", "P strict", "R strict", "F1 strict", "P overlap", "R overlap",
                "F1 overl.");
        scores.forEach((name, score) -> System.out.printf("  %-26s %9.2f %9.2f %9.2f   %9.2f %9.2f %9.2f   (%d suggested, %d in the reference)%n", name,
                score.strict().precision(), score.strict().recall(), score.strict().f1(), score.overlapping().precision(),
                score.overlapping().recall(), score.overlapping().f1(), score.strict().candidate(), score.strict().reference()));
    }

    /**
     * Training time and the models' memory for generated corpora of distinct documents, three analysts each but for
     * the last document, which one analyst is annotating; then the retraining after her saves: one that changed a
     * figure (the figures' model trains again, the others are kept), one that changed an entity mention (the
     * largest kind), and one of another analyst's sets that leaves what the team agrees on as it was (nothing trains).
     */
    private static void trainingCost() {
        System.out.printf("%nTraining the learning recommender as the corpus grows (generated documents, three analysts each)%n");
        System.out.printf("  %9s %6s %9s %11s %6s   %s%n", "documents", "sets", "train", "models heap", "kinds",
                "retraining after a save that changed: a figure, a mention, nothing agreed");
        for (int documents : new int[] { 25, 50, 100, 200 }) {
            SyntheticNews news = SyntheticNews.generate(documents, 23);
            Document beingAnnotated = news.corpus().getDocuments().get(documents - 1);
            List<AnnotationSet> sets = new ArrayList<>(news.sets().stream()
                    .filter(s -> s.getDocument() != beingAnnotated || s.getAnalystId().equals("analyst1")).toList());
            List<EClass> kinds = sets.stream().flatMap(s -> s.getAnnotations().stream()).map(Annotation::eClass).distinct().toList();
            long before = usedHeap();
            long start = System.nanoTime();
            SpanModels models = SpanModels.train(sets, kinds);
            double seconds = (System.nanoTime() - start) / 1e9;
            long heap = usedHeap() - before;
            int hers = sets.size() - 1;
            double figure = retrain(sets, hers, "Figure", kinds, models);
            double mention = retrain(sets, hers, "EntityMention", kinds, models);
            double nothing = retrain(sets, 0, "Figure", kinds, models);
            System.out.printf("  %9d %6d %8.2fs %8.1f MB %6d   %6.2fs %6.2fs %6.2fs%n", documents, sets.size(), seconds, heap / 1e6, models.models().size(),
                    figure, mention, nothing);
        }
        System.out.println();
    }

    /** Seconds to retrain after the set at {@code index} is saved with one annotation of the kind less. */
    private static double retrain(List<AnnotationSet> sets, int index, String kind, List<EClass> kinds, SpanModels previous) {
        List<AnnotationSet> saved = new ArrayList<>(sets);
        saved.set(index, withOneLess(sets.get(index), kind));
        long start = System.nanoTime();
        SpanModels.train(saved, kinds, previous);
        return (System.nanoTime() - start) / 1e9;
    }

    private static AnnotationSet withOneLess(AnnotationSet set, String kind) {
        AnnotationSet saved = EcoreUtil.copy(set);
        saved.getAnnotations().stream().filter(a -> a.eClass().getName().equals(kind)).findFirst().ifPresent(saved.getAnnotations()::remove);
        return saved;
    }

    private static long usedHeap() {
        Runtime runtime = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return runtime.totalMemory() - runtime.freeMemory();
    }
}
