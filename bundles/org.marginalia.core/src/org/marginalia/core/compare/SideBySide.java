package org.marginalia.core.compare;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.marginalia.model.Document;

/**
 * Two documents side by side, statement by statement: each row holds a statement of the left document, of the
 * right one, or of both when they report the same thing (then with the words that differ). The left
 * document's order is kept; a right statement with no match comes where it stands among the matched ones, so
 * each source's missing statements show as gaps.
 */
public final class SideBySide {

    /** One row: either side may be null (a gap); {@code changes} are the differing words when both are there. */
    public record Row(Statement left, Statement right, double similarity, List<WordDiff.Change> changes) {

        /** Whether the row shows something for the reader to look at: a gap, or words that differ. */
        public boolean differs() {
            return left == null || right == null || !changes.isEmpty();
        }
    }

    private SideBySide() {
    }

    public static List<Row> of(Document left, Document right) {
        List<Statement> leftStatements = sentences(left);
        List<Statement> rightStatements = sentences(right);
        List<Statement> both = new ArrayList<>(leftStatements);
        both.addAll(rightStatements);
        Map<Statement, StatementAligner.Pair> matchOf = new IdentityHashMap<>();
        for (StatementAligner.Pair pair : StatementAligner.align(both)) {
            matchOf.put(pair.a(), pair);
            matchOf.put(pair.b(), pair);
        }
        List<Row> rows = new ArrayList<>();
        int nextRight = 0;
        for (Statement statement : leftStatements) {
            StatementAligner.Pair pair = matchOf.get(statement);
            if (pair == null) {
                rows.add(new Row(statement, null, 0, List.of()));
                continue;
            }
            Statement match = pair.a() == statement ? pair.b() : pair.a();
            int at = rightStatements.indexOf(match);
            for (; nextRight < at; nextRight++) {
                if (!matchOf.containsKey(rightStatements.get(nextRight))) {
                    rows.add(new Row(null, rightStatements.get(nextRight), 0, List.of()));
                }
            }
            nextRight = Math.max(nextRight, at + 1);
            rows.add(new Row(statement, match, pair.similarity(), WordDiff.of(statement.tokens(), match.tokens())));
        }
        for (; nextRight < rightStatements.size(); nextRight++) {
            if (!matchOf.containsKey(rightStatements.get(nextRight))) {
                rows.add(new Row(null, rightStatements.get(nextRight), 0, List.of()));
            }
        }
        return rows;
    }

    private static List<Statement> sentences(Document document) {
        return Statements.of(document).stream().filter(s -> !s.quoted()).toList();
    }
}
