package org.marginalia.core.assist;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EClass;
import org.marginalia.model.Annotation;
import org.marginalia.model.AnnotationSet;
import org.marginalia.model.Document;

import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.tokenize.SimpleTokenizer;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.Span;
import opennlp.tools.util.TrainingParameters;

/**
 * One Apache OpenNLP name finder per span kind, trained on the spans a team tagged: each sentence of each tagged
 * document is a sample, the spans of the kind the analysts who tag it there agree on the names to find (sentences
 * without any are the examples of what is not one). One sample per sentence, not one per analyst: the perceptron's
 * time grows with the samples, and the agreed spans are the cleaner lesson. A kind is learned once it has
 * {@value #FEWEST} examples; a span that crosses sentences cannot be learned and is left out. Retraining keeps the
 * model of every kind whose agreed examples have not changed, so a save costs the training of the kinds it changed.
 */
public final class SpanModels {

    /** Fewer examples than this teach a name finder nothing it can generalise. */
    public static final int FEWEST = 5;
    /**
     * The perceptron has learned what it will after a few passes: on a generated corpus of 100 documents, 10 passes
     * scored as well as 20 in half the time (and better on quotes, where more passes learn the examples by heart).
     */
    private static final int ITERATIONS = 10;

    static {
        // OpenNLP reports each training pass at INFO: noise on a command line and in the workbench's log
        if (System.getProperty("org.slf4j.simpleLogger.log.opennlp") == null) {
            System.setProperty("org.slf4j.simpleLogger.log.opennlp", "warn");
        }
    }

    /**
     * A model of one kind, how many examples it learned from, and what they were (each document's agreed spans),
     * so that a retraining can tell whether the kind's examples changed.
     */
    public record Model(EClass kind, TokenNameFinderModel model, int examples, List<String> taught) {
    }

    /** A span a model finds, in document offsets, with how sure it is. */
    public record Found(EClass kind, int begin, int end, double probability) {
    }

    private final Map<EClass, Model> models;

    private SpanModels(Map<EClass, Model> models) {
        this.models = models;
    }

    /** Trains a model for each span kind of {@code kinds} the sets hold at least {@value #FEWEST} spans of. */
    public static SpanModels train(List<AnnotationSet> sets, List<EClass> kinds) {
        return train(sets, kinds, null);
    }

    /**
     * As {@link #train(List, List)}, but a kind whose examples are those {@code previous} (may be null) learned
     * from keeps its model, untrained again.
     */
    public static SpanModels train(List<AnnotationSet> sets, List<EClass> kinds, SpanModels previous) {
        // a document's sentences once, whatever the number of kinds
        Map<Document, List<Sentence>> sentences = new ConcurrentHashMap<>();
        Map<EClass, Model> models = new LinkedHashMap<>();
        // each kind's model is its own: they train side by side, one per core
        kinds.parallelStream().map(kind -> {
            Map<Document, List<Tagged>> agreed = agreed(sets, kind);
            List<String> taught = taught(agreed);
            Model kept = previous == null ? null : previous.models.get(kind);
            return kept != null && kept.taught().equals(taught) ? Optional.of(kept) : train(agreed, sentences, kind, taught);
        }).toList().forEach(model -> model.ifPresent(m -> models.put(m.kind(), m)));
        return new SpanModels(models);
    }

    /** A span the team tagged, in document offsets. */
    private record Tagged(int begin, int end) {
    }

    /**
     * What the team teaches about a kind, document by document: of the analysts who tagged the kind in a document,
     * the spans at least half of them gave (one analyst's are all taken). Analysts who leave the kind alone there do
     * not vote against it; a boundary only one of three drew is left out. Documents in the order of their ids.
     */
    private static Map<Document, List<Tagged>> agreed(List<AnnotationSet> sets, EClass kind) {
        Map<Document, List<List<Tagged>>> byDocument = new HashMap<>();
        for (AnnotationSet set : sets) {
            Document document = set.getDocument();
            List<Tagged> spans = set.getAnnotations().stream().filter(a -> a.eClass() == kind).map(a -> new Tagged(a.getBegin(), a.getEnd())).distinct().toList();
            if (document != null && document.getText() != null && !spans.isEmpty()) {
                byDocument.computeIfAbsent(document, d -> new ArrayList<>()).add(spans);
            }
        }
        Map<Document, List<Tagged>> agreed = new LinkedHashMap<>();
        byDocument.keySet().stream().sorted(Comparator.comparing(Document::getId, Comparator.nullsFirst(Comparator.naturalOrder()))).forEach(document -> {
            List<List<Tagged>> analysts = byDocument.get(document);
            Map<Tagged, Long> votes = analysts.stream().flatMap(List::stream).collect(Collectors.groupingBy(t -> t, Collectors.counting()));
            agreed.put(document, votes.entrySet().stream().filter(vote -> 2 * vote.getValue() >= analysts.size()).map(Map.Entry::getKey)
                    .sorted(Comparator.comparingInt(Tagged::begin).thenComparingInt(Tagged::end)).toList());
        });
        return agreed;
    }

    /** The examples as a model keeps them, to tell a later training whether they changed. */
    private static List<String> taught(Map<Document, List<Tagged>> agreed) {
        List<String> taught = new ArrayList<>();
        agreed.forEach((document, spans) -> taught.add(document.getId() + "#" + document.getText().hashCode() + ":"
                + spans.stream().map(t -> t.begin() + "-" + t.end()).collect(Collectors.joining(","))));
        return List.copyOf(taught);
    }

    private static Optional<Model> train(Map<Document, List<Tagged>> agreed, Map<Document, List<Sentence>> sentences, EClass kind, List<String> taught) {
        List<NameSample> samples = new ArrayList<>();
        int examples = 0;
        for (Map.Entry<Document, List<Tagged>> document : agreed.entrySet()) {
            for (Sentence sentence : sentences.computeIfAbsent(document.getKey(), d -> sentences(d.getText()))) {
                NameSample sample = sentence.sample(document.getValue(), kind.getName());
                examples += sample.getNames().length;
                samples.add(sample);
            }
        }
        return examples >= FEWEST ? Optional.of(new Model(kind, train(kind, samples), examples, taught)) : Optional.empty();
    }

    private static TokenNameFinderModel train(EClass kind, List<NameSample> samples) {
        TrainingParameters parameters = TrainingParameters.defaultParams();
        parameters.put(TrainingParameters.ITERATIONS_PARAM, ITERATIONS);
        parameters.put(TrainingParameters.CUTOFF_PARAM, 1);
        // a team's first ten examples are few: maximum entropy then proposes nothing, the perceptron generalises
        parameters.put(TrainingParameters.ALGORITHM_PARAM, "PERCEPTRON");
        try {
            return NameFinderME.train("und", kind.getName(), ObjectStreamUtils.createObjectStream(samples), parameters, new TokenNameFinderFactory());
        } catch (IOException e) {
            // the samples are in memory: reading them cannot fail
            throw new IllegalStateException("the name finder for " + kind.getName() + " could not be trained", e);
        }
    }

    public List<Model> models() {
        return List.copyOf(models.values());
    }

    /** The spans each model finds in {@code text}. */
    public List<Found> find(String text) {
        List<Found> found = new ArrayList<>();
        List<Sentence> sentences = sentences(text);
        for (Model model : models.values()) {
            NameFinderME finder = new NameFinderME(model.model());
            for (Sentence sentence : sentences) {
                String[] tokens = sentence.tokens();
                Span[] spans = finder.find(tokens);
                double[] probabilities = finder.probs(spans);
                for (int i = 0; i < spans.length; i++) {
                    found.add(new Found(model.kind(), sentence.begin(spans[i].getStart()), sentence.end(spans[i].getEnd() - 1), probabilities[i]));
                }
            }
            finder.clearAdaptiveData();
        }
        return found;
    }

    /** A sentence of a text with its tokens' offsets in the text. */
    private record Sentence(String text, int offset, Span[] tokenSpans) {

        String[] tokens() {
            String[] tokens = new String[tokenSpans.length];
            for (int i = 0; i < tokens.length; i++) {
                tokens[i] = tokenSpans[i].getCoveredText(text).toString();
            }
            return tokens;
        }

        int begin(int token) {
            return offset + tokenSpans[token].getStart();
        }

        int end(int token) {
            return offset + tokenSpans[token].getEnd();
        }

        /** The sentence as a sample: the annotations inside it, by the tokens they cover. */
        NameSample sample(List<Tagged> spans, String type) {
            List<Span> names = new ArrayList<>();
            for (Tagged annotation : spans) {
                int first = -1;
                int last = -1;
                for (int t = 0; t < tokenSpans.length; t++) {
                    if (begin(t) >= annotation.begin() && end(t) <= annotation.end()) {
                        first = first < 0 ? t : first;
                        last = t;
                    }
                }
                boolean inside = annotation.begin() >= offset && annotation.end() <= offset + text.length();
                if (first >= 0 && inside) {
                    Span name = new Span(first, last + 1, type);
                    if (names.stream().noneMatch(n -> n.intersects(name))) { // a name finder's names do not overlap
                        names.add(name);
                    }
                }
            }
            names.sort(null);
            return new NameSample(tokens(), names.toArray(new Span[0]), false);
        }
    }

    private static List<Sentence> sentences(String text) {
        List<Sentence> sentences = new ArrayList<>();
        BreakIterator breaks = BreakIterator.getSentenceInstance(Locale.ROOT);
        breaks.setText(text);
        for (int start = breaks.first(), end = breaks.next(); end != BreakIterator.DONE; start = end, end = breaks.next()) {
            String sentence = text.substring(start, end);
            Span[] tokens = SimpleTokenizer.INSTANCE.tokenizePos(sentence);
            if (tokens.length > 0) {
                sentences.add(new Sentence(sentence, start, tokens));
            }
        }
        return sentences;
    }
}
