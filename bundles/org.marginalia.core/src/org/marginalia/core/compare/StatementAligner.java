package org.marginalia.core.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
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
    private static final double COMMON = 0.02;
    private static final double NAME_WEIGHT = 2.0;
    /** A statement is matched in at most this many other documents, its best ones: enough for a reader, bounded for a thousand. */
    private static final int DOCUMENTS = 25;

    private final List<Statement> statements;
    private final List<Map<String, Double>> vectors = new ArrayList<>();
    /** For each indexed word, the statements having it and its weight there, side by side. */
    private final Map<String, Postings> postings = new HashMap<>();
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
            for (Map.Entry<String, Double> word : vector.entrySet()) {
                if (frequency.get(word.getKey()) <= Math.max(20, COMMON * n)) {
                    postings.computeIfAbsent(word.getKey(), w -> new Postings(frequency.get(w))).add(i, word.getValue());
                }
            }
        }
    }

    private List<Pair> pairs() {
        int n = statements.size();
        List<Map<Document, Integer>> best = new ArrayList<>(n);
        List<Map<Document, Double>> bestScore = new ArrayList<>(n);
        double[] scores = new double[n];
        int[] touched = new int[n];
        for (int i = 0; i < n; i++) {
            int count = 0;
            Document own = statements.get(i).document();
            for (Map.Entry<String, Double> word : vectors.get(i).entrySet()) {
                Postings having = postings.get(word.getKey());
                if (having == null) {
                    continue;
                }
                double weight = word.getValue();
                for (int k = 0; k < having.size; k++) {
                    int j = having.statements[k];
                    if (statements.get(j).document() != own) {
                        if (scores[j] == 0) {
                            touched[count++] = j;
                        }
                        scores[j] += weight * having.weights[k];
                    }
                }
            }
            // the best statement of each document, then the best documents: no sort of all the candidates
            Map<Document, Integer> byDocument = new HashMap<>();
            Map<Document, Double> byDocumentScore = new HashMap<>();
            for (int k = 0; k < count; k++) {
                int j = touched[k];
                Document document = statements.get(j).document();
                Double known = byDocumentScore.get(document);
                if (scores[j] >= THRESHOLD && (known == null || scores[j] > known || scores[j] == known && j < byDocument.get(document))) {
                    byDocument.put(document, j);
                    byDocumentScore.put(document, scores[j]);
                }
                scores[j] = 0;
            }
            if (byDocument.size() > DOCUMENTS) {
                List<Document> kept = byDocumentScore.entrySet().stream().sorted(Map.Entry.<Document, Double>comparingByValue(Comparator.reverseOrder()))
                        .limit(DOCUMENTS).map(Map.Entry::getKey).toList();
                byDocument.keySet().retainAll(kept);
                byDocumentScore.keySet().retainAll(kept);
            }
            best.add(byDocument);
            bestScore.add(byDocumentScore);
        }
        List<Pair> pairs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            for (Map.Entry<Document, Integer> match : best.get(i).entrySet()) {
                int j = match.getValue();
                Integer back = best.get(j).get(statements.get(i).document());
                if (i < j && back != null && back == i) {
                    pairs.add(new Pair(statements.get(i), statements.get(j), bestScore.get(i).get(match.getKey())));
                }
            }
        }
        pairs.sort(Comparator.comparingInt((Pair p) -> position.get(p.a())).thenComparingInt(p -> position.get(p.b())));
        return pairs;
    }

    /** Statements and weights of one word, in primitive arrays: scoring walks millions of them. */
    private static final class Postings {
        final int[] statements;
        final double[] weights;
        int size;

        Postings(int capacity) {
            statements = new int[capacity];
            weights = new double[capacity];
        }

        void add(int statement, double weight) {
            statements[size] = statement;
            weights[size++] = weight;
        }
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
