package org.marginalia.core.compare;

import java.util.ArrayList;
import java.util.List;

/**
 * The words two statements do not share, in order: a longest common subsequence of their normalised words,
 * and the runs between its words as replacements ("poses" / "represents"), deletions or insertions.
 */
public final class WordDiff {

    /** A run of words of {@code a} replaced by one of {@code b}; either side may be empty. */
    public record Change(List<Token> a, List<Token> b) {

        public String aText() {
            return words(a);
        }

        public String bText() {
            return words(b);
        }

        private static String words(List<Token> tokens) {
            return String.join(" ", tokens.stream().map(Token::text).toList());
        }
    }

    private WordDiff() {
    }

    public static List<Change> of(List<Token> a, List<Token> b) {
        int[][] lcs = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                lcs[i][j] = a.get(i).norm().equals(b.get(j).norm()) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        List<Change> changes = new ArrayList<>();
        List<Token> runA = new ArrayList<>();
        List<Token> runB = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < a.size() || j < b.size()) {
            if (i < a.size() && j < b.size() && a.get(i).norm().equals(b.get(j).norm())) {
                flush(runA, runB, changes);
                i++;
                j++;
            } else if (j >= b.size() || i < a.size() && lcs[i + 1][j] >= lcs[i][j + 1]) {
                runA.add(a.get(i++));
            } else {
                runB.add(b.get(j++));
            }
        }
        flush(runA, runB, changes);
        return changes;
    }

    private static void flush(List<Token> runA, List<Token> runB, List<Change> changes) {
        if (!runA.isEmpty() || !runB.isEmpty()) {
            changes.add(new Change(List.copyOf(runA), List.copyOf(runB)));
            runA.clear();
            runB.clear();
        }
    }
}
