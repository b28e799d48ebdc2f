package org.marginalia.core.compare;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.marginalia.model.Document;

/**
 * Two or more documents side by side, statement by statement: each row holds, for each document, the statement
 * that reports what the row reports, or a gap where that source says nothing of it. The first document's order is
 * kept; a statement the rows so far lack comes right after the row of the same document's previous statement (or,
 * before its first statement the rows have, right before that one), so each source's missing statements show as
 * gaps. A source that tells things in another order than the first one
 * reads out of order down its column: its statements stay beside what they match. Each statement's words that differ from the row's first
 * statement are marked (and that statement's words that differ from any other), unless the two are worded so
 * differently that every word would light up.
 */
public final class SideBySide {

    /** Below this, two statements report the same thing in their own words: every word would differ, so none is marked. */
    public static final double SAME_WORDING = 0.5;

    /** One row: a statement per document (null: a gap), and each statement's words that differ. */
    public record Row(List<Statement> cells, List<List<Token>> changed) {

        public Statement cell(int document) {
            return cells.get(document);
        }

        /** Whether the row shows something for the reader to look at: a gap, or words that differ. */
        public boolean differs() {
            return cells.contains(null) || changed.stream().anyMatch(words -> !words.isEmpty());
        }

        /** The row's first statement, against which the others' words are compared. */
        public Statement reference() {
            return cells.stream().filter(cell -> cell != null).findFirst().orElseThrow();
        }
    }

    private SideBySide() {
    }

    public static List<Row> of(Document left, Document right) {
        return of(List.of(left, right));
    }

    public static List<Row> of(List<Document> documents) {
        List<List<Statement>> statements = documents.stream().map(SideBySide::sentences).toList();
        List<Statement> all = statements.stream().flatMap(List::stream).toList();
        StatementAligner similarities = StatementAligner.over(all);
        Map<Statement, List<Statement>> groupOf = groups(all, documents);
        List<List<Statement>> order = new ArrayList<>();
        Set<List<Statement>> placed = Collections.newSetFromMap(new IdentityHashMap<>());
        for (List<Statement> ofDocument : statements) {
            int after = -1;
            List<List<Statement>> leading = new ArrayList<>(); // statements before the document's first one already in a row
            for (Statement statement : ofDocument) {
                List<Statement> group = groupOf.get(statement);
                if (!placed.add(group)) {
                    int at = indexOf(order, group);
                    if (after < 0) {
                        order.addAll(at, leading);
                        at += leading.size();
                        leading.clear();
                    }
                    after = at;
                } else if (after < 0) {
                    leading.add(group);
                } else {
                    order.add(++after, group);
                }
            }
            order.addAll(leading); // a document that shares nothing with those before it follows them
        }
        List<Row> rows = new ArrayList<>();
        for (List<Statement> group : order) {
            rows.add(row(group, documents, similarities));
        }
        return rows;
    }

    /**
     * Statements that report the same thing, at most one of each document: aligned pairs joined best first, a pair
     * left out when joining it would put two statements of one document in one group.
     */
    private static Map<Statement, List<Statement>> groups(List<Statement> all, List<Document> documents) {
        Map<Statement, List<Statement>> groupOf = new IdentityHashMap<>();
        for (Statement statement : all) {
            List<Statement> alone = new ArrayList<>(List.of(statement));
            groupOf.put(statement, alone);
        }
        List<StatementAligner.Pair> pairs = new ArrayList<>(StatementAligner.align(all));
        pairs.sort(Comparator.comparingDouble(StatementAligner.Pair::similarity).reversed());
        for (StatementAligner.Pair pair : pairs) {
            List<Statement> a = groupOf.get(pair.a());
            List<Statement> b = groupOf.get(pair.b());
            if (a == b || sharesADocument(a, b)) {
                continue;
            }
            a.addAll(b);
            b.forEach(statement -> groupOf.put(statement, a));
        }
        return groupOf;
    }

    private static boolean sharesADocument(List<Statement> a, List<Statement> b) {
        Set<Document> documents = Collections.newSetFromMap(new IdentityHashMap<>());
        a.forEach(statement -> documents.add(statement.document()));
        return b.stream().anyMatch(statement -> documents.contains(statement.document()));
    }

    private static int indexOf(List<List<Statement>> order, List<Statement> group) {
        for (int i = 0; i < order.size(); i++) {
            if (order.get(i) == group) {
                return i;
            }
        }
        return -1;
    }

    private static Row row(List<Statement> group, List<Document> documents, StatementAligner similarities) {
        List<Statement> cells = new ArrayList<>(Collections.nCopies(documents.size(), null));
        for (Statement statement : group) {
            cells.set(documents.indexOf(statement.document()), statement);
        }
        Statement reference = cells.stream().filter(cell -> cell != null).findFirst().orElseThrow();
        List<List<Token>> changed = new ArrayList<>();
        Set<Token> referenceChanged = new LinkedHashSet<>();
        int referenceIndex = cells.indexOf(reference);
        for (Statement cell : cells) {
            List<Token> words = new ArrayList<>();
            if (cell != null && cell != reference && similarities.similarity(reference, cell) >= SAME_WORDING) {
                for (WordDiff.Change change : WordDiff.of(reference.tokens(), cell.tokens())) {
                    words.addAll(change.b());
                    referenceChanged.addAll(change.a());
                }
            }
            changed.add(words);
        }
        changed.set(referenceIndex, referenceChanged.stream().sorted(Comparator.comparingInt(Token::begin)).toList());
        return new Row(Collections.unmodifiableList(cells), changed.stream().map(List::copyOf).toList()); // a gap is a null cell
    }

    private static List<Statement> sentences(Document document) {
        return Statements.of(document).stream().filter(s -> !s.quoted()).toList();
    }
}
