package org.marginalia.core.compare;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.marginalia.core.assist.Finding;

/**
 * The same statement word for word in several documents (wire copy reprinted by many outlets) is compared once:
 * the first occurrence stands for all, and a finding on it says which other documents carry it. This keeps the
 * comparison of a thousand articles that share most of their sentences about as cheap as that of the distinct
 * ones, and their findings readable.
 */
final class Copies {

    private final List<Statement> representatives = new ArrayList<>();
    private final Map<Statement, List<Statement>> copiesOf = new IdentityHashMap<>();
    private final Map<String, List<Statement>> byDocument = new HashMap<>();

    private Copies() {
    }

    static Copies of(List<Statement> statements) {
        Copies copies = new Copies();
        Map<String, Statement> byWords = new LinkedHashMap<>();
        for (Statement statement : statements) {
            String key = (statement.quoted() ? "q:" : "s:") + String.join(" ", statement.tokens().stream().map(Token::norm).toList());
            Statement first = byWords.putIfAbsent(key, statement);
            if (first == null) {
                copies.representatives.add(statement);
                copies.byDocument.computeIfAbsent(statement.documentId(), d -> new ArrayList<>()).add(statement);
            } else if (first.document() != statement.document()) {
                copies.copiesOf.computeIfAbsent(first, f -> new ArrayList<>()).add(statement);
            }
        }
        return copies;
    }

    /** The (shortest) statement holding the source's span. */
    private Statement statementOf(Finding.Source source) {
        Statement found = null;
        for (Statement statement : byDocument.getOrDefault(source.documentId(), List.of())) {
            if (statement.begin() <= source.begin() && source.end() <= statement.end()
                    && (found == null || statement.end() - statement.begin() < found.end() - found.begin())) {
                found = statement;
            }
        }
        return found;
    }

    List<Statement> representatives() {
        return representatives;
    }

    /**
     * The finding with, in its explanation, the other documents carrying the same words as each of its sources
     * (what a source says stays as it is: accepting a candidate reads it).
     */
    Finding withCopies(Finding finding) {
        if (copiesOf.isEmpty()) {
            return finding;
        }
        StringBuilder explanation = new StringBuilder(finding.explanation());
        for (Finding.Source source : finding.sources()) {
            List<String> others = copiesOf.getOrDefault(statementOf(source), List.of()).stream().map(Statement::documentId).distinct().toList();
            if (!others.isEmpty()) {
                String listed = String.join(", ", others.subList(0, Math.min(5, others.size()))) + (others.size() > 5 ? ", \u2026" : "");
                explanation.append("; ").append(source.documentId()).append("'s words are also in ").append(others.size())
                        .append(others.size() == 1 ? " other document: " : " other documents: ").append(listed);
            }
        }
        return new Finding(finding.type(), finding.subject(), finding.sources(), finding.confidence(), explanation.toString());
    }
}
