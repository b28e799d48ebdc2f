package org.marginalia.core.compare;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.marginalia.core.assist.Finding;

/**
 * Dates of different documents said of the same thing (shared words around them) that cannot be the same day
 * once relative ones are resolved against each document's publication date: "next year" written in November 2024
 * against "in 2024". "Saturday" and "November 16" (a Saturday) agree and are not reported.
 */
final class DateDifferences {

    private DateDifferences() {
    }

    /** Statements this similar at least may speak of the same event. */
    static final double RELATED = 0.12;

    static List<Finding> find(List<Statement> statements, StatementAligner similarity, Set<String> topic) {
        List<DateMention> mentions = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (Statement statement : statements) {
            for (DateMention mention : DateMention.of(statement)) {
                if (seen.add(mention.statement().documentId() + "@" + mention.begin())) {
                    mentions.add(mention);
                }
            }
        }
        // only dates that share a word beyond the story's around them can be said of the same thing
        Map<String, List<Integer>> byWord = new HashMap<>();
        for (int i = 0; i < mentions.size(); i++) {
            for (String word : mentions.get(i).context()) {
                if (!topic.contains(word)) {
                    byWord.computeIfAbsent(word, w -> new ArrayList<>()).add(i);
                }
            }
        }
        int[][] ranks = ranks(mentions, byWord.keySet(), topic);
        List<Finding> findings = new ArrayList<>();
        int rank = 0;
        for (List<Integer> sharing : byWord.values()) {
            for (int x = 0; x < sharing.size(); x++) {
                for (int y = x + 1; y < sharing.size(); y++) {
                    int i = sharing.get(x);
                    int j = sharing.get(y);
                    // two dates sharing several words are compared once, under the first of them
                    if (firstShared(ranks[i], ranks[j]) == rank) {
                        compare(mentions.get(i), mentions.get(j), similarity, topic).ifPresent(findings::add);
                    }
                }
            }
            rank++;
        }
        return findings;
    }

    /**
     * For each mention, the ranks (in the order {@code words} are walked) of its words beyond the story's, in
     * ascending order: a handful each, cheaper to intersect than a set of the hundreds of thousands of pairs compared.
     */
    private static int[][] ranks(List<DateMention> mentions, Set<String> words, Set<String> topic) {
        Map<String, Integer> rankOf = new HashMap<>();
        words.forEach(word -> rankOf.put(word, rankOf.size()));
        int[][] ranks = new int[mentions.size()][];
        for (int i = 0; i < ranks.length; i++) {
            ranks[i] = mentions.get(i).context().stream().filter(word -> !topic.contains(word)).mapToInt(rankOf::get).sorted().toArray();
        }
        return ranks;
    }

    /** The lowest rank in both ascending arrays, which share one at least. */
    private static int firstShared(int[] a, int[] b) {
        int x = 0;
        int y = 0;
        while (a[x] != b[y]) {
            if (a[x] < b[y]) {
                x++;
            } else {
                y++;
            }
        }
        return a[x];
    }

    private static Optional<Finding> compare(DateMention a, DateMention b, StatementAligner similarity, Set<String> topic) {
        if (a.statement().document() == b.statement().document() || !a.saidOfSameAs(b, topic) || a.compatibleWith(b)
                || similarity.similarity(a.statement(), b.statement()) < RELATED) {
            return Optional.empty();
        }
        Set<String> shared = new HashSet<>(a.context());
        shared.retainAll(b.context());
        boolean relative = !a.text().matches("(?i).*\\d{4}.*") || !b.text().matches("(?i).*\\d{4}.*");
        return Optional.of(new Finding(Finding.Type.DATE, String.join(" ", new LinkedHashSet<>(shared)), List.of(source(a), source(b)), relative ? 0.7 : 0.8,
                (relative ? "the dates differ once relative dates are resolved against publication dates" : "the dates differ")
                        + String.format(Locale.ROOT, " (statements' similarity %.2f)", similarity.similarity(a.statement(), b.statement()))));
    }

    private static Finding.Source source(DateMention mention) {
        return new Finding.Source(mention.statement().documentId(), mention.begin(), mention.end(), mention.text(), mention.resolved());
    }
}
