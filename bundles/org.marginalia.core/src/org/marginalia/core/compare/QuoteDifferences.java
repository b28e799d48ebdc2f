package org.marginalia.core.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.BiPredicate;

import org.marginalia.core.assist.Finding;
import org.marginalia.model.Document;

/**
 * Quotations compared word by word across documents: the same statement quoted with different words ("poses" /
 * "represents": one changed word in a quotation is what an analyst must see), given to different speakers or said
 * in different settings, and words one source puts in quotation marks that another gives as its own.
 */
final class QuoteDifferences {

    private static final double SAME_STATEMENT = 0.5;
    private static final int MIN_QUOTE = 4;
    private static final int RARE_WORDS = 3;
    private static final int TITLE = 40;

    private QuoteDifferences() {
    }

    /**
     * @param statements the statements to compare (one of each set of copies)
     * @param all every statement, copies included: a copy of a quotation still makes its words a quotation there
     */
    static List<Finding> find(List<Statement> statements, List<Statement> all) {
        List<Statement> quotes = statements.stream().filter(Statement::quoted).toList();
        List<Statement> allQuotes = all.stream().filter(Statement::quoted).toList();
        List<Finding> findings = new ArrayList<>();
        Map<Document, List<Statement>> sentences = sentencesByDocument(all);
        for (List<Statement> cluster : clusters(quotes)) {
            wording(cluster).ifPresent(findings::add);
        }
        // copies of a quotation are word for word the same, yet the sentences around them may name another speaker
        for (List<Statement> cluster : clusters(allQuotes)) {
            context(cluster, sentences, QuoteContext::speaker, QuoteContext::sameSpeaker, Finding.Type.QUOTE_SPEAKER,
                    "the same quotation given to different speakers").ifPresent(findings::add);
            context(cluster, sentences, QuoteContext::setting, String::equals, Finding.Type.SETTING, "the same quotation said in different settings")
                    .ifPresent(findings::add);
        }
        Map<String, List<Statement>> sentencesWith = sentencesWith(statements, quotes);
        for (Statement quote : quotes) {
            if (quote.tokens().size() < MIN_QUOTE) {
                continue;
            }
            // only the sentences holding the quotation's rarest word can hold all of it
            List<Statement> candidates = quote.tokens().stream().map(t -> sentencesWith.getOrDefault(t.norm(), List.of()))
                    .min(Comparator.comparingInt(List::size)).orElse(List.of());
            for (Statement sentence : candidates) {
                if (sentence.document() != quote.document() && contains(sentence.tokens(), quote.tokens())
                        && allQuotes.stream().noneMatch(q -> q.document() == sentence.document() && overlap(q, quote) >= SAME_STATEMENT)) {
                    findings.add(extent(quote, sentence, allQuotes));
                }
            }
        }
        return findings;
    }

    /** For each word of the quotations long enough to be looked for, the sentences having it; other words are never looked up. */
    private static Map<String, List<Statement>> sentencesWith(List<Statement> statements, List<Statement> quotes) {
        Set<String> quoted = new HashSet<>();
        quotes.stream().filter(q -> q.tokens().size() >= MIN_QUOTE).forEach(q -> q.tokens().forEach(t -> quoted.add(t.norm())));
        Map<String, List<Statement>> sentencesWith = new HashMap<>();
        for (Statement sentence : statements) {
            if (!sentence.quoted()) {
                sentence.tokens().stream().map(Token::norm).filter(quoted::contains).distinct()
                        .forEach(word -> sentencesWith.computeIfAbsent(word, w -> new ArrayList<>()).add(sentence));
            }
        }
        return sentencesWith;
    }

    /** The sentences of each document, in order: a quotation's sentence is looked for among its own document's only. */
    private static Map<Document, List<Statement>> sentencesByDocument(List<Statement> all) {
        Map<Document, List<Statement>> sentences = new IdentityHashMap<>();
        for (Statement statement : all) {
            if (!statement.quoted()) {
                sentences.computeIfAbsent(statement.document(), d -> new ArrayList<>()).add(statement);
            }
        }
        return sentences;
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

    /**
     * Quotations of one statement: those of different documents sharing half their words, found through the few
     * rarest words of each (two wordings of one quotation share those), joined transitively.
     */
    private static List<List<Statement>> clusters(List<Statement> quotes) {
        Map<String, Integer> frequency = new HashMap<>();
        quotes.forEach(q -> content(q).forEach(w -> frequency.merge(w, 1, Integer::sum)));
        Map<String, List<Integer>> byRareWord = new HashMap<>();
        List<List<String>> rarest = new ArrayList<>();
        for (int i = 0; i < quotes.size(); i++) {
            List<String> words = content(quotes.get(i)).stream().sorted(Comparator.comparingInt((String w) -> frequency.get(w)).thenComparing(w -> w))
                    .limit(RARE_WORDS).toList();
            rarest.add(words);
            for (String word : words) {
                byRareWord.computeIfAbsent(word, w -> new ArrayList<>()).add(i);
            }
        }
        int[] parent = new int[quotes.size()];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        for (int i = 0; i < quotes.size(); i++) {
            for (String word : rarest.get(i)) {
                for (int j : byRareWord.get(word)) {
                    if (j > i && quotes.get(i).document() != quotes.get(j).document() && root(parent, i) != root(parent, j)
                            && overlap(quotes.get(i), quotes.get(j)) >= SAME_STATEMENT) {
                        parent[root(parent, j)] = root(parent, i);
                    }
                }
            }
        }
        Map<Integer, List<Statement>> clusters = new LinkedHashMap<>();
        for (int i = 0; i < quotes.size(); i++) {
            clusters.computeIfAbsent(root(parent, i), r -> new ArrayList<>()).add(quotes.get(i));
        }
        return clusters.values().stream().filter(c -> c.size() > 1).toList();
    }

    private static int root(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    /** The wordings of one quotation (each distinct: copies were merged before), each set against the first. */
    private static Optional<Finding> wording(List<Statement> cluster) {
        Statement first = cluster.get(0);
        Set<String> firstSays = new LinkedHashSet<>();
        List<Finding.Source> others = new ArrayList<>();
        int differences = 0;
        for (Statement other : cluster.subList(1, cluster.size())) {
            List<WordDiff.Change> changes = WordDiff.of(first.tokens(), other.tokens());
            if (changes.isEmpty()) {
                continue; // the same words, punctuation aside
            }
            differences = Math.max(differences, changes.size());
            List<String> saysOther = new ArrayList<>();
            List<String> saysFirst = new ArrayList<>();
            for (WordDiff.Change change : changes) {
                saysFirst.add(change.a().isEmpty() ? "(nothing)" : change.aText());
                saysOther.add(change.b().isEmpty() ? "(nothing)" : change.bText());
            }
            firstSays.addAll(saysFirst);
            others.add(new Finding.Source(other.documentId(), other.begin(), other.end(), other.text(),
                    "says " + quoted(saysOther) + " where \u201c" + title(first) + "\u201d says " + quoted(saysFirst)));
        }
        if (others.isEmpty()) {
            return Optional.empty();
        }
        List<Finding.Source> sources = new ArrayList<>();
        sources.add(new Finding.Source(first.documentId(), first.begin(), first.end(), first.text(), "says " + quoted(new ArrayList<>(firstSays))));
        sources.addAll(others);
        return Optional.of(new Finding(Finding.Type.QUOTE_WORDING, subject(first), sources, 0.8,
                differences == 1 ? "the same quotation with different words" : "the same quotation with up to " + differences + " differences in its words"));
    }

    /**
     * What the sentences around one quotation's wordings say of it (its speaker, its setting), when two sources say
     * it differently; a source that does not say is left out, as silence is no disagreement.
     */
    private static Optional<Finding> context(List<Statement> cluster, Map<Document, List<Statement>> sentences,
            BiFunction<Statement, Statement, Optional<QuoteContext.Said>> read, BiPredicate<String, String> same, Finding.Type type, String explanation) {
        Map<String, Finding.Source> byKey = new LinkedHashMap<>();
        for (Statement quote : cluster) {
            Optional<Statement> around = sentences.getOrDefault(quote.document(), List.of()).stream()
                    .filter(s -> s.begin() <= quote.begin() && quote.begin() < s.end()).findFirst();
            Optional<QuoteContext.Said> said = around.flatMap(sentence -> read.apply(sentence, quote));
            if (said.isPresent() && byKey.keySet().stream().noneMatch(key -> same.test(key, said.get().key()))) {
                Statement sentence = around.get();
                byKey.put(said.get().key(), new Finding.Source(sentence.documentId(), sentence.begin(), sentence.end(), sentence.text(), said.get().words()));
            }
        }
        if (byKey.size() < 2) {
            return Optional.empty();
        }
        return Optional.of(new Finding(type, subject(cluster.get(0)), List.copyOf(byKey.values()), 0.6, explanation));
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

    private static String quoted(List<String> words) {
        return String.join(" / ", words.stream().map(w -> w.startsWith("(") ? w : "\u201c" + w + "\u201d").toList());
    }

    /** A document as a reader knows it: its title, shortened, else its id. */
    private static String title(Statement statement) {
        String title = statement.document().getTitle();
        if (title == null || title.isBlank()) {
            return statement.documentId();
        }
        return title.length() <= TITLE ? title : title.substring(0, TITLE).strip() + "\u2026";
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
