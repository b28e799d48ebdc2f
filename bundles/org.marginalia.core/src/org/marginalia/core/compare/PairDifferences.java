package org.marginalia.core.compare;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.marginalia.core.assist.Finding;
import org.marginalia.model.Document;

/**
 * Differences within two aligned statements. <b>Description</b>: a word both use, described by marked words
 * the other lacks ("recent U.S. mid-term elections" / "Nov. 5 U.S. presidential election", "Deputy Foreign
 * Minister" / "Foreign Minister"): names, numbers and qualifiers such as deputy or former, not mere style.
 * <b>Modality</b>: one hedges what the other states ("in principle", "reportedly").
 */
final class PairDifferences {

    private static final int WINDOW = 3;
    /** The marks that end a description: looked for char by char, as they are between every two words near every anchor. */
    private static final String PUNCTUATION = ",;:()\u2014\u2013\"\u201c\u201d";
    private static final Set<String> QUALIFIERS = Set.of("deputy", "vice", "former", "acting", "interim", "then", "ex", "first", "last", "previous",
            "senior", "chief", "prime", "presidential", "mid-term", "midterm", "parliamentary", "local", "general", "full-scale", "partial", "official",
            "unofficial", "secret", "unannounced", "surprise", "planned");
    /** Qualifiers that change what a title means even when the other source has no word in their place. */
    private static final Set<String> TITLE_QUALIFIERS = Set.of("deputy", "vice", "former", "acting", "interim", "then", "ex");
    private static final Pattern HEDGE = Pattern.compile("(?i)\\b(in principle|reportedly|allegedly|apparently|purportedly|unconfirmed|is said to"
            + "|are said to|is believed to|are believed to|claimed|claims)\\b");

    private PairDifferences() {
    }

    /** @param documentWords each document's words: a name the other document has elsewhere is no difference */
    static List<Finding> find(List<StatementAligner.Pair> pairs, Map<Document, Words> documentWords) {
        List<Finding> findings = new ArrayList<>();
        Map<Statement, Reading> readings = new IdentityHashMap<>();
        for (StatementAligner.Pair pair : pairs) {
            if (!pair.a().quoted()) {
                Reading a = readings.computeIfAbsent(pair.a(), Reading::of);
                Reading b = readings.computeIfAbsent(pair.b(), Reading::of);
                description(pair, a, b, documentWords).ifPresent(findings::add);
                modality(pair, a.hedges(), b.hedges()).ifPresent(findings::add);
            }
        }
        return findings;
    }

    /** What is read of a statement, once however many pairs it is in: its words, their normalised forms and its hedges. */
    private record Reading(Words words, Set<String> norms, Set<String> hedges) {

        static Reading of(Statement statement) {
            return new Reading(new Words(statement.tokens()), PairDifferences.norms(statement.tokens()), PairDifferences.hedges(statement));
        }
    }

    private static Optional<Finding> description(StatementAligner.Pair pair, Reading readingA, Reading readingB, Map<Document, Words> documentWords) {
        Statement a = pair.a();
        Statement b = pair.b();
        Words wordsA = readingA.words();
        Words wordsB = readingB.words();
        Set<String> anchors = new LinkedHashSet<>(readingA.norms());
        anchors.retainAll(readingB.norms());
        List<String> saysA = new ArrayList<>();
        List<String> saysB = new ArrayList<>();
        Set<String> reported = new HashSet<>();
        for (String anchor : anchors) {
            int atA = index(a.tokens(), anchor);
            int atB = index(b.tokens(), anchor);
            if (!a.tokens().get(atA).isContent()) {
                continue;
            }
            for (boolean before : new boolean[] { true, false }) {
                List<Token> uniqueA = unique(a, atA, before, wordsB);
                List<Token> uniqueB = unique(b, atB, before, wordsA);
                // both sides use marked words the other lacks; or one side names what the other puts in its own words
                // ("return to the White House" / "return to prominence"); or a title is qualified on one side only
                Words otherOfA = documentWords.get(b.document());
                Words otherOfB = documentWords.get(a.document());
                boolean marked = marked(uniqueA, a, otherOfA) && marked(uniqueB, b, otherOfB)
                        || !uniqueA.isEmpty() && !uniqueB.isEmpty() && (named(uniqueA, a, otherOfA) && content(uniqueB) || named(uniqueB, b, otherOfB) && content(uniqueA))
                        || titled(uniqueA) != titled(uniqueB);
                if (marked && reported.add(offsets(uniqueA) + "|" + offsets(uniqueB))) { // one difference, seen from several anchors
                    saysA.add(phrase(a, atA, uniqueA, before));
                    saysB.add(phrase(b, atB, uniqueB, before));
                }
            }
        }
        if (saysA.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Finding(Finding.Type.DESCRIPTION, String.join(", ", new LinkedHashSet<>(saysA)),
                List.of(new Finding.Source(a.documentId(), a.begin(), a.end(), a.text(), "says " + String.join("; ", new LinkedHashSet<>(saysA))),
                        new Finding.Source(b.documentId(), b.begin(), b.end(), b.text(), "says " + String.join("; ", new LinkedHashSet<>(saysB)))),
                Math.min(0.7, 0.3 + pair.similarity() / 2), String.format(Locale.ROOT, "the same statement (similarity %.2f) describes something differently", pair.similarity())));
    }

    private static Optional<Finding> modality(StatementAligner.Pair pair, Set<String> hedgesA, Set<String> hedgesB) {
        if (hedgesA.equals(hedgesB)) {
            return Optional.empty();
        }
        Set<String> onlyA = new LinkedHashSet<>(hedgesA);
        onlyA.removeAll(hedgesB);
        Set<String> onlyB = new LinkedHashSet<>(hedgesB);
        onlyB.removeAll(hedgesA);
        String hedge = String.join(", ", onlyA.isEmpty() ? onlyB : onlyA);
        return Optional.of(new Finding(Finding.Type.MODALITY, hedge,
                List.of(new Finding.Source(pair.a().documentId(), pair.a().begin(), pair.a().end(), pair.a().text(),
                        onlyA.isEmpty() ? "states it" : "hedges it: " + String.join(", ", onlyA)),
                        new Finding.Source(pair.b().documentId(), pair.b().begin(), pair.b().end(), pair.b().text(),
                                onlyB.isEmpty() ? "states it" : "hedges it: " + String.join(", ", onlyB))),
                Math.min(0.6, 0.2 + pair.similarity() / 2), String.format(Locale.ROOT, "one source hedges what the other states (similarity %.2f)", pair.similarity())));
    }

    private static Set<String> hedges(Statement statement) {
        Set<String> hedges = new LinkedHashSet<>();
        Matcher m = HEDGE.matcher(statement.text());
        while (m.find()) {
            hedges.add(m.group(1).toLowerCase(Locale.ROOT));
        }
        return hedges;
    }

    private static Set<String> norms(List<Token> tokens) {
        Set<String> norms = new HashSet<>();
        tokens.forEach(t -> norms.add(t.norm()));
        return norms;
    }

    private static int index(List<Token> tokens, String norm) {
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).norm().equals(norm)) {
                return i;
            }
        }
        return -1;
    }

    /** The words next to the anchor, up to a punctuation mark, that the other statement does not have at all. */
    private static List<Token> unique(Statement statement, int anchor, boolean before, Words other) {
        List<Token> unique = new ArrayList<>();
        List<Token> tokens = statement.tokens();
        String text = statement.document().getText();
        int previous = anchor;
        for (int step = 1; step <= WINDOW; step++) {
            int i = before ? anchor - step : anchor + step;
            if (i < 0 || i >= tokens.size()) {
                break;
            }
            Token near = tokens.get(i);
            Token far = tokens.get(previous);
            if (before ? punctuated(text, near.end(), far.begin()) : punctuated(text, far.end(), near.begin())) {
                break;
            }
            if (!other.has(near)) {
                unique.add(near);
            }
            previous = i;
        }
        return unique;
    }

    private static boolean punctuated(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (PUNCTUATION.indexOf(text.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * Marked words: a number, a qualifier, or a name or title (capitalised, not the first word) that the other
     * document does not use anywhere (a paraphrase moves names around; a different name is news).
     */
    private static boolean marked(List<Token> words, Statement statement, Words otherDocument) {
        for (Token word : words) {
            boolean first = word.begin() == statement.begin();
            if (word.isNumber() || word.isCapitalised() && !first && !otherDocument.has(word) || QUALIFIERS.contains(word.norm())) {
                return true;
            }
        }
        return false;
    }

    /** A name (capitalised, not the first word) the other document does not use at all, and no other kind of word. */
    private static boolean named(List<Token> words, Statement statement, Words otherDocument) {
        return words.stream().allMatch(w -> w.isCapitalised() && w.begin() != statement.begin() && !otherDocument.has(w));
    }

    private static boolean content(List<Token> words) {
        return words.stream().allMatch(Token::isContent);
    }

    private static String offsets(List<Token> words) {
        return String.join(",", words.stream().map(w -> Integer.toString(w.begin())).toList());
    }

    private static boolean titled(List<Token> words) {
        for (Token word : words) {
            String norm = word.norm();
            if (norm.indexOf('-') < 0 ? TITLE_QUALIFIERS.contains(norm) : List.of(norm.split("-")).stream().anyMatch(TITLE_QUALIFIERS::contains)) {
                return true;
            }
        }
        return false;
    }

    /** The anchor with its distinguishing words, as the statement has them. */
    private static String phrase(Statement statement, int anchor, List<Token> unique, boolean before) {
        List<Token> tokens = statement.tokens();
        Token anchorToken = tokens.get(anchor);
        if (unique.isEmpty()) {
            return anchorToken.text();
        }
        int from = before ? unique.stream().mapToInt(Token::begin).min().orElseThrow() : anchorToken.begin();
        int to = before ? anchorToken.end() : unique.stream().mapToInt(Token::end).max().orElseThrow();
        return statement.document().getText().substring(from, to);
    }
}
