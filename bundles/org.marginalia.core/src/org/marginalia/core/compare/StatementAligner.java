package org.marginalia.core.compare;

import java.util.ArrayList;
import java.util.Arrays;
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
    private final Map<Statement, Integer> position = new IdentityHashMap<>();
    /** How many of the statements have each word. */
    private final Map<String, Integer> frequency = new HashMap<>();
    /** For each statement, the postings of its indexed words, and its weights for them: what scoring walks. */
    private Postings[][] postings;
    private double[][] weights;

    private StatementAligner(List<Statement> statements) {
        this.statements = statements;
    }

    /** Aligns statements of the same nature: sentences with sentences, quotations with quotations. */
    public static List<Pair> align(List<Statement> statements) {
        List<Pair> pairs = new ArrayList<>();
        for (boolean quoted : new boolean[] { false, true }) {
            StatementAligner aligner = new StatementAligner(statements.stream().filter(s -> s.quoted() == quoted).toList());
            aligner.vectorise();
            pairs.addAll(aligner.pairs());
        }
        return pairs;
    }

    /** Similarities between any two of {@code statements}, weighted by how rare their words are among them all. */
    public static StatementAligner over(List<Statement> statements) {
        StatementAligner aligner = new StatementAligner(statements);
        aligner.vectorise();
        return aligner;
    }

    /** Cosine similarity of two of the statements this was made {@link #over}. */
    public double similarity(Statement a, Statement b) {
        return dot(vectors.get(position.get(a)), vectors.get(position.get(b)));
    }

    private void vectorise() {
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
        }
    }

    /**
     * For each statement, the postings of its indexed words ({@link #postings}) and its weights for them
     * ({@link #weights}), in the order of its vector: the order its scores have always been summed in, so that they
     * come out the same to the last bit.
     */
    private void index() {
        Map<String, Postings> byWord = new HashMap<>();
        int n = statements.size();
        postings = new Postings[n][];
        weights = new double[n][];
        for (int i = 0; i < n; i++) {
            List<Postings> having = new ArrayList<>();
            double[] own = new double[vectors.get(i).size()];
            for (Map.Entry<String, Double> word : vectors.get(i).entrySet()) {
                int count = frequency.get(word.getKey());
                if (count <= Math.max(20, COMMON * n)) {
                    Postings list = byWord.computeIfAbsent(word.getKey(), w -> new Postings(count));
                    list.add(i, word.getValue());
                    own[having.size()] = word.getValue();
                    having.add(list);
                }
            }
            postings[i] = having.toArray(Postings[]::new);
            weights[i] = Arrays.copyOf(own, having.size());
        }
    }

    private List<Pair> pairs() {
        index();
        int n = statements.size();
        int[] document = documentNumbers();
        Best[] best = new Best[n];
        double[] scores = new double[n];
        int[] touched = new int[n];
        Matches matches = new Matches(n); // there are no more documents than statements
        for (int i = 0; i < n; i++) {
            int count = 0;
            for (int w = 0; w < postings[i].length; w++) {
                Postings word = postings[i][w];
                double weight = weights[i][w];
                for (int k = 0; k < word.size; k++) {
                    int j = word.statements[k];
                    if (document[j] != document[i]) {
                        if (scores[j] == 0) {
                            touched[count++] = j;
                        }
                        scores[j] += weight * word.weights[k];
                    }
                }
            }
            // the best statement of each document, then the best documents: no sort of all the candidates
            for (int k = 0; k < count; k++) {
                int j = touched[k];
                if (scores[j] >= THRESHOLD) {
                    matches.offer(document[j], j, scores[j]);
                }
                scores[j] = 0;
            }
            if (matches.size > DOCUMENTS) {
                matches.keep(bestDocuments(matches));
            }
            best[i] = matches.take();
        }
        List<Pair> pairs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            for (int m = 0; m < best[i].statements().length; m++) {
                int j = best[i].statements()[m];
                if (i < j && best[j].in(document[i]) == i) {
                    pairs.add(new Pair(statements.get(i), statements.get(j), best[i].scores()[m]));
                }
            }
        }
        pairs.sort(Comparator.comparingInt((Pair p) -> position.get(p.a())).thenComparingInt(p -> position.get(p.b())));
        return pairs;
    }

    /** The statements' documents, numbered: compared for every posting walked. */
    private int[] documentNumbers() {
        Map<Document, Integer> numbers = new IdentityHashMap<>();
        int[] document = new int[statements.size()];
        for (int i = 0; i < document.length; i++) {
            document[i] = numbers.computeIfAbsent(statements.get(i).document(), d -> numbers.size());
        }
        return document;
    }

    /** The places in {@code matches} of its best {@link #DOCUMENTS} documents; of equal scores, the earlier documents in corpus order. */
    private static List<Integer> bestDocuments(Matches matches) {
        List<Integer> places = new ArrayList<>(matches.size);
        for (int m = 0; m < matches.size; m++) {
            places.add(m);
        }
        places.sort(Comparator.comparingDouble((Integer m) -> -matches.scores[m]).thenComparingInt(m -> matches.documents[m]));
        return places.subList(0, DOCUMENTS);
    }

    /** One statement's best matches, one in each of at most {@link #DOCUMENTS} other documents, side by side. */
    private record Best(int[] documents, int[] statements, double[] scores) {

        /** The best statement in {@code document}, or -1. */
        int in(int document) {
            for (int m = 0; m < documents.length; m++) {
                if (documents[m] == document) {
                    return statements[m];
                }
            }
            return -1;
        }
    }

    /** The best match of one statement in each other document, in the order first matched; used again for each statement. */
    private static final class Matches {
        /** Each document's place in the arrays below, or -1. */
        final int[] place;
        final int[] documents;
        final int[] statements;
        final double[] scores;
        int size;

        Matches(int documents) {
            place = new int[documents];
            Arrays.fill(place, -1);
            this.documents = new int[documents];
            statements = new int[documents];
            scores = new double[documents];
        }

        /** A match in {@code document}, kept if it is the first there, or better (or as good and earlier) than the one kept. */
        void offer(int document, int statement, double score) {
            int m = place[document];
            if (m < 0) {
                place[document] = size;
                documents[size] = document;
                statements[size] = statement;
                scores[size++] = score;
            } else if (score > scores[m] || score == scores[m] && statement < statements[m]) {
                statements[m] = statement;
                scores[m] = score;
            }
        }

        /** Only the matches at {@code places}, in the order first matched. */
        void keep(List<Integer> places) {
            boolean[] kept = new boolean[size];
            places.forEach(m -> kept[m] = true);
            int to = 0;
            for (int m = 0; m < size; m++) {
                place[documents[m]] = -1;
                if (kept[m]) {
                    place[documents[m]] = to;
                    documents[to] = documents[m];
                    statements[to] = statements[m];
                    scores[to++] = scores[m];
                }
            }
            size = to;
        }

        /** The matches, then none are left for the next statement. */
        Best take() {
            for (int m = 0; m < size; m++) {
                place[documents[m]] = -1;
            }
            Best best = new Best(Arrays.copyOf(documents, size), Arrays.copyOf(statements, size), Arrays.copyOf(scores, size));
            size = 0;
            return best;
        }
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
