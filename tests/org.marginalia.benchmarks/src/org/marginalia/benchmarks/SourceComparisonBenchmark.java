package org.marginalia.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.marginalia.core.assist.ConsistencyChecker;
import org.marginalia.core.assist.Finding;
import org.marginalia.core.assist.ReferenceAnnotations;
import org.marginalia.core.compare.SourceComparison;
import org.marginalia.core.compare.Statements;
import org.marginalia.core.corpus.AnnotationStore;
import org.marginalia.core.corpus.CorpusStore;
import org.marginalia.core.corpus.LoadedCorpus;
import org.marginalia.model.Document;
import org.marginalia.model.MarginaliaFactory;

/**
 * Compare sources (issue 14): precision and recall of the candidates from the raw texts, and of the findings
 * from the annotations, against the differences a careful reading of the five demo articles finds
 * (data/demo-differences.tsv, with the reasons), and the agreements that must stay quiet; then the time to
 * compare 5, 100 and 1,000 articles of one event, beside the time to cut them into statements alone. Prints,
 * asserts nothing.
 */
class SourceComparisonBenchmark {

    /** One line of the list: a difference to find or an agreement to leave alone. */
    private record Expected(boolean difference, String id, List<String> types, String documentA, String wordsA, String documentB, String wordsB) {

        boolean matches(Finding finding) {
            return types.contains(finding.type().label()) && has(finding, documentA, wordsA) && has(finding, documentB, wordsB);
        }

        /** What the source says holds the words, or its span does (a mention, or one statement; not a whole page). */
        private static boolean has(Finding finding, String document, String words) {
            return finding.sources().stream().anyMatch(s -> s.documentId().startsWith(document)
                    && (s.says().contains(words) || s.text().length() <= MENTION && s.text().contains(words)));
        }
    }

    private static final int MENTION = 300;

    @Test
    void precisionRecallAndCost() throws Exception {
        Path seeds = Paths.get(System.getProperty("marginalia.seeds", "../../seeds"));
        LoadedCorpus corpus = CorpusStore.load(seeds);
        List<Expected> expected = read(Paths.get("data/demo-differences.tsv"));
        List<Finding> candidates = SourceComparison.of(corpus.corpus().getDocuments()).candidates();
        List<Finding> findings = ConsistencyChecker.check(ReferenceAnnotations.of(corpus, AnnotationStore.loadAll(corpus)));
        System.out.printf("%nCompare sources on the demo corpus against %d differences and %d agreements read by hand%n",
                expected.stream().filter(Expected::difference).count(), expected.stream().filter(e -> !e.difference()).count());
        score("raw candidates", candidates, expected);
        score("annotation findings", findings, expected);
        List<Finding> both = new ArrayList<>(candidates);
        both.addAll(findings);
        score("both together", both, expected);

        System.out.printf("%nCost of comparing articles of one event: the seeds shuffled, cut and renumbered (copies), and the same with one"
                + " word of every sentence changed (distinct)%n");
        System.out.printf("  %9s %9s %12s %14s %12s %11s%n", "articles", "sentences", "statements", "split alone", "compare", "candidates");
        for (int size : new int[] { 5, 100, 1000 }) {
            for (boolean distinct : new boolean[] { false, true }) {
                measure(synthetic(corpus.corpus().getDocuments(), size, distinct), size, distinct);
            }
        }
        System.out.println();
    }

    private static void measure(List<Document> documents, int size, boolean distinct) {
            long splitStart = System.nanoTime();
            int statements = documents.stream().mapToInt(d -> Statements.of(d).size()).sum();
            double split = (System.nanoTime() - splitStart) / 1e9;
            long start = System.nanoTime();
            int found = SourceComparison.of(documents).candidates().size();
            double compare = (System.nanoTime() - start) / 1e9;
            System.out.printf("  %9d %9s %12d %13.3fs %11.3fs %11d%n", size, distinct ? "distinct" : "copies", statements, split, compare, found);
    }

    private static void score(String what, List<Finding> found, List<Expected> expected) {
        int truePositives = 0;
        for (Finding finding : found) {
            if (expected.stream().anyMatch(e -> e.difference() && e.matches(finding))) {
                truePositives++;
            }
        }
        List<String> recalled = expected.stream().filter(e -> e.difference() && found.stream().anyMatch(e::matches)).map(Expected::id).toList();
        List<String> missed = expected.stream().filter(e -> e.difference() && !recalled.contains(e.id())).map(Expected::id).toList();
        List<String> wronglyFlagged = expected.stream().filter(e -> !e.difference() && found.stream().anyMatch(e::matches)).map(Expected::id).toList();
        long differences = expected.stream().filter(Expected::difference).count();
        System.out.printf("  %-20s precision %.2f (%d of %d)  recall %.2f (%d of %d)  agreements flagged: %d %s%n    missed: %s%n", what,
                found.isEmpty() ? 0.0 : (double) truePositives / found.size(), truePositives, found.size(), (double) recalled.size() / differences,
                recalled.size(), differences, wronglyFlagged.size(), wronglyFlagged, missed);
    }

    /** A made-up word for a number: letters only, so that it is neither a figure nor a known word. */
    private static String letters(int n) {
        StringBuilder word = new StringBuilder();
        for (int rest = n; rest > 0 || word.isEmpty(); rest /= 26) {
            word.append((char) ('a' + rest % 26));
        }
        return word.toString();
    }

    private static List<Expected> read(Path file) throws Exception {
        List<Expected> expected = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] c = line.split("\t");
            expected.add(new Expected(c[0].equals("difference"), c[1], List.of(c[2].split(",")), c[3], c[4], c[5], c[6]));
        }
        return expected;
    }

    /**
     * {@code size} articles made from the seeds: sentences shuffled, a fifth left out, some figures changed; with
     * {@code distinct}, one word of each sentence also replaced by another, so that no two articles share a sentence.
     */
    private static List<Document> synthetic(List<Document> seeds, int size, boolean distinct) {
        Random random = new Random(14);
        List<Document> documents = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            Document seed = seeds.get(i % seeds.size());
            List<String> sentences = new ArrayList<>(List.of(seed.getText().split("(?<=[.!?”\"])\\s+")));
            if (i >= seeds.size()) {
                Collections.shuffle(sentences, random);
                sentences.removeIf(s -> random.nextInt(5) == 0);
            }
            StringBuilder text = new StringBuilder();
            for (String sentence : sentences) {
                String changed = random.nextInt(10) == 0 ? sentence.replaceAll("\\d{2},\\d{3}", (8 + random.nextInt(8)) + ",000") : sentence;
                if (distinct && i >= seeds.size()) {
                    changed = changed.replaceFirst("\\b(the|and|of|to|in)\\b", "zq" + letters(i * 31 + random.nextInt(31)));
                }
                text.append(changed).append(' ');
            }
            Document document = MarginaliaFactory.eINSTANCE.createDocument();
            document.setId(String.format("%04d", i));
            document.setText(text.toString());
            document.setPublicationDate(seed.getPublicationDate());
            documents.add(document);
        }
        return documents;
    }
}
