package org.marginalia.core.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.marginalia.core.assist.Finding;
import org.marginalia.model.Document;

/**
 * What the documents say differently, read from their raw text before anyone annotates: statements aligned
 * across documents, then figures compared as ranges, dates resolved against publication dates, quotations word
 * by word, and aligned statements for the way they describe things and for hedges. Every result is a candidate
 * with a confidence, for the analyst to confirm or dismiss; none replaces reading.
 */
public final class SourceComparison {

    /** The statements compared (one for each set of word-for-word copies), their alignment and the candidates found on them. */
    public record Result(List<Statement> statements, List<StatementAligner.Pair> pairs, List<Finding> candidates) {
    }

    private SourceComparison() {
    }

    /** The words of the whole story: in at least three documents and three in five of them ("Japan", "minister"). */
    static Set<String> topic(List<Statement> statements, int documents) {
        Map<String, Set<Document>> where = new HashMap<>();
        for (Statement statement : statements) {
            statement.tokens().forEach(t -> where.computeIfAbsent(t.norm(), w -> new HashSet<>()).add(statement.document()));
        }
        Set<String> topic = new HashSet<>();
        where.forEach((word, in) -> {
            if (in.size() >= Math.max(3, 0.6 * documents)) {
                topic.add(word);
            }
        });
        return topic;
    }

    public static Result of(List<Document> documents) {
        List<Statement> all = new ArrayList<>();
        documents.forEach(document -> all.addAll(Statements.of(document)));
        Copies copies = Copies.of(all);
        List<Statement> statements = copies.representatives();
        List<StatementAligner.Pair> pairs = StatementAligner.align(statements);
        Map<Document, Words> documentWords = new HashMap<>();
        all.forEach(s -> documentWords.computeIfAbsent(s.document(), d -> new Words(List.of())).addAll(s.tokens()));
        List<Finding> candidates = new ArrayList<>();
        candidates.addAll(QuoteDifferences.find(statements, all));
        candidates.addAll(FigureDifferences.find(statements));
        candidates.addAll(DateDifferences.find(statements, StatementAligner.over(statements), topic(statements, documents.size())));
        candidates.addAll(PairDifferences.find(pairs, documentWords));
        candidates.replaceAll(copies::withCopies);
        candidates.sort(Comparator.comparingDouble(Finding::confidence).reversed());
        return new Result(statements, pairs, candidates);
    }
}
