package org.marginalia.core.assist;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.marginalia.core.compare.Statement;
import org.marginalia.core.compare.Statements;
import org.marginalia.core.edit.EntityDirectory;
import org.marginalia.core.text.QuotationMarks;
import org.marginalia.core.text.QuotationMarks.Quotation;
import org.marginalia.model.Document;
import org.marginalia.model.Entity;
import org.marginalia.model.MarginaliaFactory;
import org.marginalia.model.Quote;
import org.marginalia.model.QuoteMode;

/**
 * Quotes of two kinds. Direct: words in quotation marks of any common style, paired by {@link QuotationMarks},
 * the marks outside the span; the cue is the speech verb of the quotation's own sentence nearest to it, never a
 * word inside a quotation, and the speaker is found by {@link Speakers} in that sentence only. Reported: the
 * shapes of {@link ReportedSpeech} in sentences without quotation marks, the reported words as a quote of mode
 * reported. A speaker no entity stands for is proposed as a mention of its own, for the analyst to link.
 */
public final class QuoteSuggester implements Suggester {

    /** Speech verbs: English, a few French ("«…», a dit X"), and Japanese, which follow the 「」 with と or no particle. */
    private static final Pattern CUE = Pattern.compile("\\b(said|says|say|saying|stated|states|stating|told|tells|added|adds|remarked|described|hinted|"
            + "noted|warned|emphasi[sz]ed|emphasi[sz]ing|declared|wrote|reaffirm(?:ed|s)?|insisted|explained|announced|confirmed|argued|admitted|"
            + "denied|stressed|claimed|asked|replied|urged|promised|[Aa]ccording to)\\b|\\b((?:a|ont) (?:dit|déclaré|affirmé|ajouté))(?!\\p{L})"
            + "|(述べた|語った|話した|言った|強調した|説明した|明らかにした|発表した|指摘した|訴えた|述べ|語り)");
    /** Quotation marks in a sentence leave it to the direct quotes ("’" is an apostrophe too, so it does not count). */
    private static final Pattern MARKS = Pattern.compile("[\"\u201c\u201d\u201e\u2018\u00ab\u00bb\u300c\u300d\u300e\u300f]");
    /** Fewer words in quotation marks are a term ("strong support" may be a quotation, "slow" is not proposed). */
    private static final int MIN_WORDS = 2;
    /** Scripts without spaces between words are counted in characters: four make a phrase. */
    private static final int MIN_CJK_CHARACTERS = 4;
    /** Without a speech verb, only a quotation that reads as a spoken sentence of this many words is proposed. */
    private static final int MIN_WORDS_UNATTRIBUTED = 3;
    private static final double CUE_FOUND = 0.4;
    private static final double SPEAKER_FOUND = 0.4;
    private static final double UNATTRIBUTED = 0.2;
    private static final double REPORTED = 0.3;
    private static final double REPORTED_SPEAKER_FOUND = 0.2;

    @Override
    public String name() {
        return "quotes";
    }

    @Override
    public List<Suggestion> suggest(Document document, EntityDirectory entities) {
        String text = document.getText();
        if (text == null) {
            return List.of();
        }
        List<Quotation> quotations = QuotationMarks.of(text);
        List<Statement> sentences = Statements.of(document).stream().filter(s -> !s.quoted()).toList();
        Speakers speakers = new Speakers(text, new MentionSuggester().suggest(document, entities), quotations);
        List<Suggestion> suggestions = new ArrayList<>(direct(text, quotations, sentences, speakers));
        suggestions.addAll(reported(text, quotations, sentences, speakers));
        suggestions.addAll(speakers.newNameMentions(name()));
        return suggestions;
    }

    /** A speech verb found: its words and where. */
    private record Cue(String words, int begin, int end) {
    }

    private List<Suggestion> direct(String text, List<Quotation> quotations, List<Statement> sentences, Speakers speakers) {
        List<Suggestion> suggestions = new ArrayList<>();
        Suggestion previous = null;
        for (Quotation quotation : quotations) {
            if (!longEnough(text.substring(quotation.begin(), quotation.end()))) {
                continue;
            }
            // the sentences holding the opening and the closing mark, so a quotation of several sentences is whole
            int from = sentenceAt(sentences, quotation.begin() - 1, true);
            int to = sentenceAt(sentences, quotation.end(), false);
            Cue cue = nearestCue(text, quotations, quotation, from, to);
            Suggestion suggestion;
            if (cue != null) {
                boolean inverted = cue.begin() > quotation.end() && text.substring(quotation.end() + 1, cue.begin()).matches("[\\s\\p{P}]*");
                Entity speaker = speakers.ofCue(from, to, cue.begin(), cue.end(), inverted);
                suggestion = quote(quotation, QuoteMode.DIRECT, cue.words(), speaker, CUE_FOUND + (speaker != null ? SPEAKER_FOUND : 0));
            } else if (previous != null && continues(text, previous, quotation, from, to)) {
                Quote before = (Quote) previous.proposal();
                suggestion = quote(quotation, QuoteMode.DIRECT, before.getCue(), before.getSpeaker(), previous.confidence());
            } else if (readsAsSpeech(text.substring(quotation.begin(), quotation.end()))) {
                suggestion = quote(quotation, QuoteMode.DIRECT, null, null, UNATTRIBUTED);
            } else {
                continue; // a term or title in quotation marks ("emergency plan") with no one saying it
            }
            suggestions.add(suggestion);
            previous = suggestion;
        }
        return suggestions;
    }

    /** Two words, or for scripts written without spaces (Japanese, Chinese) four characters. */
    private static boolean longEnough(String quoted) {
        long cjk = quoted.codePoints().filter(QuoteSuggester::isCjk).count();
        return ReportedSpeech.words(quoted) >= MIN_WORDS || cjk >= MIN_CJK_CHARACTERS;
    }

    private static boolean isCjk(int codePoint) {
        Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA || script == Character.UnicodeScript.KATAKANA
                || script == Character.UnicodeScript.HANGUL;
    }

    /** The start (or end) of the sentence holding the character at {@code at}; the character's own place if none does. */
    private static int sentenceAt(List<Statement> sentences, int at, boolean start) {
        for (Statement sentence : sentences) {
            if (sentence.begin() <= at && at < sentence.end()) {
                return start ? sentence.begin() : sentence.end();
            }
        }
        return start ? at : at + 1;
    }

    /** The speech verb of the sentence [from, to) nearest the quotation, outside every quotation; null if it has none. */
    private static Cue nearestCue(String text, List<Quotation> quotations, Quotation quotation, int from, int to) {
        Cue nearest = null;
        int distance = Integer.MAX_VALUE;
        Matcher cue = CUE.matcher(text).region(from, to);
        while (cue.find()) {
            int at = cue.start();
            if (quotations.stream().anyMatch(q -> q.begin() - 1 <= at && at <= q.end())) {
                continue; // "They told us…" inside the quotation is what was said, not who says it
            }
            int gap = cue.end() <= quotation.begin() ? quotation.begin() - cue.end() : cue.start() - quotation.end();
            if (gap < distance) {
                int group = cue.group(1) != null ? 1 : cue.group(2) != null ? 2 : 3;
                nearest = new Cue(cue.group(group), cue.start(group), cue.end(group));
                distance = gap;
            }
        }
        return nearest;
    }

    /**
     * Whether a quotation that is a sentence of its own continues the one before in its paragraph ("…,” he said.
     * “But…”): then it is the same speaker's.
     */
    private static boolean continues(String text, Suggestion previous, Quotation quotation, int from, int to) {
        String around = text.substring(from, quotation.begin()) + text.substring(quotation.end(), to);
        return around.codePoints().noneMatch(Character::isLetterOrDigit) && text.substring(previous.end(), quotation.begin()).indexOf('\n') < 0
                && ((Quote) previous.proposal()).getCue() != null;
    }

    /** A sentence someone could say: it starts with a capital, as a term or a title in quotation marks rarely does. */
    private static boolean readsAsSpeech(String quoted) {
        int first = quoted.codePoints().filter(Character::isLetter).findFirst().orElse(' ');
        return Character.isUpperCase(first) && ReportedSpeech.words(quoted) >= MIN_WORDS_UNATTRIBUTED;
    }

    /** Reported speech, in the sentences with no quotation marks and not inside a quotation. */
    private List<Suggestion> reported(String text, List<Quotation> quotations, List<Statement> sentences, Speakers speakers) {
        List<Suggestion> suggestions = new ArrayList<>();
        for (Statement sentence : sentences) {
            boolean quoting = MARKS.matcher(sentence.text()).find()
                    || quotations.stream().anyMatch(q -> q.begin() < sentence.end() && sentence.begin() < q.end());
            ReportedSpeech.Found found = quoting ? null : ReportedSpeech.in(sentence.text());
            if (found == null) {
                continue;
            }
            int base = sentence.begin();
            Entity speaker = speakers.ofSubject(base + found.speakerBegin(), base + found.speakerEnd());
            Quotation content = new Quotation(base + found.contentBegin(), base + found.contentEnd());
            suggestions.add(quote(content, QuoteMode.REPORTED, found.cue(), speaker, REPORTED + (speaker != null ? REPORTED_SPEAKER_FOUND : 0)));
        }
        return suggestions;
    }

    private Suggestion quote(Quotation span, QuoteMode mode, String cue, Entity speaker, double confidence) {
        Quote quote = MarginaliaFactory.eINSTANCE.createQuote();
        quote.setBegin(span.begin());
        quote.setEnd(span.end());
        quote.setMode(mode);
        quote.setCue(cue);
        quote.setSpeaker(speaker);
        return new Suggestion(quote, name(), confidence);
    }
}
