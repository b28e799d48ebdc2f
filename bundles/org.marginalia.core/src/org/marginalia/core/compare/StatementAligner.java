package org.marginalia.core.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.marginalia.model.Document;

/**
 * Finds the statements of different documents that report the same thing: TF-IDF vectors over the statements'
 * words, names and numbers weighted up (they tell one report from another more than common words do), cosine
 * similarity, and for each statement its best match in each other document. A pair is kept when each is the
 * other's best in its document and the similarity reaches {@link #THRESHOLD}. Scoring walks an inverted index
 * of the rarer words only, so the cost grows with the statements that share words, not with all pairs.
 */
public final class StatementAligner {

    /** An aligned pair, {@code a} from the earlier document in corpus order. */
    public record Pair(Statement a, Statement b, double similarity) {
    }

    public static final double THRESHOLD = 0.22;
    /** Words in more than this share of the statements (and at least 20) are left out of the index: they match everything. */
    private static final double COMMON = 0.05;
    private static final double NAME_WEIGHT = 2.0;

    private final List<Statement> statements;
    private final List<Map<String, Double>> vectors = new ArrayList<>();
    private final Map<String, List<Integer>> postings = new HashMap<>();
    private final Map<Statement, Integer> position = new IdentityHashMap<>();

    private StatementAligner(List<Statement> statements) {
        this.statements = statements;
    }

    /** Aligns statements of the same nature: sentences with sentences, quotations with quotations. */
    public static List<Pair> align(List<Statement> statements) {
        List<Pair> pairs = new ArrayList<>();
        for (boolean quoted : new boolean[] { false, true }) {
            StatementAligner aligner = new StatementAligner(statements.stream().filter(s -> s.quoted() == quoted).toList());
            aligner.index();
            pairs.addAll(aligner.pairs());
        }
        return pairs;
    }

    /** Similarities between any two of {@code statements}, weighted by how rare their words are among them all. */
    public static StatementAligner over(List<Statement> statements) {
        StatementAligner aligner = new StatementAligner(statements);
        aligner.index();
        return aligner;
    }

    /** Cosine similarity of two of the statements this was made {@link #over}. */
    public double similarity(Statement a, Statement b) {
        return dot(vectors.get(position.get(a)), vectors.get(position.get(b)));
    }

    private void index() {
        Map<String, Integer> frequency = new HashMap<>();
        for (Statement statement : statements) {
            Set<String> seen = new HashSet<>();
            for (Token token : statement.tokens()) {
                if (token.isContent() && seen.add(token.norm())) {
                    frequency.merge(token.norm(), 1, Integer::sum);
                }
            }
        }
        int n = statements.size();
        for (int i = 0; i < n; i++) {
            position.put(statements.get(i), i);
            Map<String, Double> vector = new HashMap<>();
            List<Token> tokens = statements.get(i).tokens();
            for (int t = 0; t < tokens.size(); t++) {
                Token token = tokens.get(t);
                if (!token.isContent()) {
                    continue;
                }
                double idf = Math.log(1.0 + (double) n / frequency.get(token.norm()));
                double weight = token.isNumber() || token.isCapitalised() && t > 0 ? NAME_WEIGHT : 1.0;
                vector.merge(token.norm(), idf * weight, Double::sum);
            }
            normalise(vector);
            vectors.add(vector);
            for (String word : vector.keySet()) {
                if (frequency.get(word) <= Math.max(20, COMMON * n)) {
                    postings.computeIfAbsent(word, w -> new ArrayList<>()).add(i);
                }
            }
        }
    }

    private List<Pair> pairs() {
        List<Map<Document, Integer>> best = new ArrayList<>();
        List<Map<Document, Double>> bestScore = new ArrayList<>();
        for (int i = 0; i < statements.size(); i++) {
            Map<Integer, Double> scores = new HashMap<>();
            for (Map.Entry<String, Double> word : vectors.get(i).entrySet()) {
                for (int j : postings.getOrDefault(word.getKey(), List.of())) {
                    if (statements.get(j).document() != statements.get(i).document()) {
                        scores.merge(j, word.getValue() * vectors.get(j).get(word.getKey()), Double::sum);
                    }
                }
            }
            Map<Document, Integer> byDocument = new LinkedHashMap<>();
            Map<Document, Double> byDocumentScore = new HashMap<>();
            scores.entrySet().stream().sorted(Map.Entry.<Integer, Double>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey()))
                    .forEach(score -> {
                        Document document = statements.get(score.getKey()).document();
                        if (!byDocument.containsKey(document)) {
                            byDocument.put(document, score.getKey());
                            byDocumentScore.put(document, score.getValue());
                        }
                    });
            best.add(byDocument);
            bestScore.add(byDocumentScore);
        }
        List<Pair> pairs = new ArrayList<>();
        for (int i = 0; i < statements.size(); i++) {
            for (Map.Entry<Document, Integer> match : best.get(i).entrySet()) {
                int j = match.getValue();
                double score = bestScore.get(i).get(match.getKey());
                Integer back = best.get(j).get(statements.get(i).document());
                if (i < j && back != null && back == i && score >= THRESHOLD) {
                    pairs.add(new Pair(statements.get(i), statements.get(j), score));
                }
            }
        }
        return pairs;
    }

    private static void normalise(Map<String, Double> vector) {
        double norm = Math.sqrt(vector.values().stream().mapToDouble(v -> v * v).sum());
        if (norm > 0) {
            vector.replaceAll((word, value) -> value / norm);
        }
    }

    private static double dot(Map<String, Double> a, Map<String, Double> b) {
        double sum = 0;
        for (Map.Entry<String, Double> entry : a.entrySet()) {
            sum += entry.getValue() * b.getOrDefault(entry.getKey(), 0.0);
        }
        return sum;
    }
}
