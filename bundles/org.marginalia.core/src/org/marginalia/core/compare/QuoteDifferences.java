package org.marginalia.core.compare;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.marginalia.core.assist.Finding;

/**
 * Quotations compared word by word across documents: the same statement quoted with different words ("poses" /
 * "represents": one changed word in a quotation is what an analyst must see), and words one source puts in
 * quotation marks that another gives as its own.
 */
final class QuoteDifferences {

    private static final double SAME_STATEMENT = 0.5;
    private static final int MIN_QUOTE = 4;

    private QuoteDifferences() {
    }

    static List<Finding> find(List<Statement> statements) {
        List<Statement> quotes = statements.stream().filter(Statement::quoted).toList();
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < quotes.size(); i++) {
            for (int j = i + 1; j < quotes.size(); j++) {
                Statement a = quotes.get(i);
                Statement b = quotes.get(j);
                if (a.document() != b.document() && overlap(a, b) >= SAME_STATEMENT) {
                    wording(a, b).ifPresent(findings::add);
                }
            }
        }
        for (Statement quote : quotes) {
            if (quote.tokens().size() < MIN_QUOTE) {
                continue;
            }
            for (Statement sentence : statements) {
                if (!sentence.quoted() && sentence.document() != quote.document() && contains(sentence.tokens(), quote.tokens())
                        && quotes.stream().noneMatch(q -> q.document() == sentence.document() && overlap(q, quote) >= SAME_STATEMENT)) {
                    findings.add(extent(quote, sentence, quotes));
                }
            }
        }
        return findings;
    }

    /** Jaccard similarity of the two quotations' content words. */
    private static double overlap(Statement a, Statement b) {
        Set<String> union = content(a);
        Set<String> shared = new HashSet<>(union);
        union.addAll(content(b));
        shared.retainAll(content(b));
        return union.isEmpty() ? 0 : (double) shared.size() / union.size();
    }

    private static Set<String> content(Statement statement) {
        Set<String> words = new HashSet<>();
        statement.tokens().stream().filter(Token::isContent).forEach(t -> words.add(t.norm()));
        return words;
    }

    private static Optional<Finding> wording(Statement a, Statement b) {
        List<WordDiff.Change> changes = WordDiff.of(a.tokens(), b.tokens());
        if (changes.isEmpty()) {
            return Optional.empty();
        }
        List<String> saysA = new ArrayList<>();
        List<String> saysB = new ArrayList<>();
        for (WordDiff.Change change : changes) {
            saysA.add(change.a().isEmpty() ? "(nothing)" : change.aText());
            saysB.add(change.b().isEmpty() ? "(nothing)" : change.bText());
        }
        String subject = subject(a);
        return Optional.of(new Finding(Finding.Type.QUOTE_WORDING, subject,
                List.of(new Finding.Source(a.documentId(), a.begin(), a.end(), a.text(), "has " + String.join(" / ", saysA)),
                        new Finding.Source(b.documentId(), b.begin(), b.end(), b.text(), "has " + String.join(" / ", saysB))),
                0.8, changes.size() == 1 ? "the same quotation with different words" : "the same quotation with " + changes.size() + " differences in its words"));
    }

    private static Finding extent(Statement quote, Statement sentence, List<Statement> quotes) {
        List<Statement> partial = quotes.stream().filter(q -> q.document() == sentence.document() && q.begin() >= sentence.begin() && q.end() <= sentence.end()
                && contains(quote.tokens(), q.tokens())).toList();
        String says = partial.isEmpty() ? "gives these words as its own, without quotation marks"
                : "puts only \u201c" + partial.get(0).text() + "\u201d in quotation marks, the rest as its own words";
        return new Finding(Finding.Type.QUOTE_WORDING, subject(quote),
                List.of(new Finding.Source(quote.documentId(), quote.begin(), quote.end(), quote.text(), "quotes all of it"),
                        new Finding.Source(sentence.documentId(), sentence.begin(), sentence.end(), sentence.text(), says)),
                partial.isEmpty() ? 0.5 : 0.6, "one source quotes words that another gives, at least in part, as its own");
    }

    /** Whether {@code words} holds {@code part} as a run of consecutive words. */
    private static boolean contains(List<Token> words, List<Token> part) {
        for (int i = 0; i + part.size() <= words.size(); i++) {
            int k = 0;
            while (k < part.size() && words.get(i + k).norm().equals(part.get(k).norm())) {
                k++;
            }
            if (k == part.size()) {
                return true;
            }
        }
        return false;
    }

    private static String subject(Statement quote) {
        List<Token> tokens = quote.tokens();
        String start = String.join(" ", tokens.subList(0, Math.min(8, tokens.size())).stream().map(Token::text).toList());
        return "\u201c" + start + (tokens.size() > 8 ? "\u2026" : "") + "\u201d";
    }
}
