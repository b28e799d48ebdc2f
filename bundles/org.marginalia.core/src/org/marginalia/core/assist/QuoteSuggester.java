package org.marginalia.core.assist;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.marginalia.core.compare.Statement;
import org.marginalia.core.compare.Statements;
import org.marginalia.core.edit.EntityDirectory;
import org.marginalia.core.text.QuotationMarks;
import org.marginalia.model.Document;
import org.marginalia.model.Entity;
import org.marginalia.model.EntityKind;
import org.marginalia.model.EntityMention;
import org.marginalia.model.MarginaliaFactory;
import org.marginalia.model.Quote;
import org.marginalia.model.QuoteMode;

/**
 * Words in quotation marks of any common style (“…”, "…", «…», „…“, 「…」, ‘…’), paired in order by
 * {@link QuotationMarks}, of two words or more, with an attribution verb and a speaker nearby: the person named closest in the same sentence, or, for "he"/"she", the last person named.
 * The quotation marks stay outside the span. Reported speech too ("…, according to X", "X told reporters that
 * …", "…, X said"), as quotes of mode reported.
 */
public final class QuoteSuggester implements Suggester {

    /** A quotation of fewer words is a term in quotation marks ("strong support" may be one), not proposed as a quote. */
    private static final int MIN_WORDS = 2;
    private static final Pattern CUE = Pattern.compile("\\b(said|says|stated|stating|told|added|remarked|described|hinted|noted|warned|emphasi[sz]ed|emphasi[sz]ing|declared|wrote|reaffirm(?:ed)?)\\b");
    private static final int WINDOW = 120;

    @Override
    public String name() {
        return "quotes";
    }

    @Override
    public List<Suggestion> suggest(Document document, EntityDirectory entities) {
        String text = document.getText();
        List<Suggestion> mentions = new MentionSuggester().suggest(document, entities);
        List<Suggestion> suggestions = new ArrayList<>();
        for (QuotationMarks.Quotation quotation : QuotationMarks.of(text)) {
            int begin = quotation.begin();
            int end = quotation.end();
            if (text.substring(begin, end).strip().split("\\s+").length < MIN_WORDS) {
                continue;
            }
            int from = Math.max(0, begin - 1 - WINDOW);
            int to = Math.min(text.length(), end + 1 + WINDOW);
            Matcher cue = CUE.matcher(text.substring(from, to));
            String cueWord = cue.find() ? cue.group(1) : null;
            Quote quote = MarginaliaFactory.eINSTANCE.createQuote();
            quote.setBegin(begin);
            quote.setEnd(end);
            quote.setCue(cueWord);
            quote.setMode(QuoteMode.DIRECT);
            quote.setSpeaker(speaker(text, mentions, begin - 1, end + 1));
            double confidence = (cueWord != null ? 0.4 : 0.2) + (quote.getSpeaker() != null ? 0.4 : 0.0);
            suggestions.add(new Suggestion(quote, name(), confidence));
        }
        suggestions.addAll(reported(document, text, mentions));
        return suggestions;
    }

    private static final Pattern ACCORDING = Pattern.compile("^(.+?),\\s+according to ([^,]+?)\\.?$");
    private static final Pattern THAT = Pattern.compile("^(.*?\\b)(told reporters|said|says|stated|believes|believe|reported|claimed|warned) that (.+?)\\.?$");
    private static final Pattern SAID_AFTER = Pattern.compile("^(.+?),\\s+((?:[A-Z][\\p{L}.'-]* ){0,3}[A-Z][\\p{L}.'-]*|he|she) (said|says|told reporters|added)\\.?$");
    private static final int MIN_REPORTED_WORDS = 4;

    /**
     * Reported speech: "…, according to X", "X told reporters that …", "…, X said": the reported words become a
     * quote of mode reported, its speaker the person or organisation named in the attribution. Sentences with
     * quotation marks are left to the direct quotes.
     */
    private List<Suggestion> reported(Document document, String text, List<Suggestion> mentions) {
        List<Suggestion> suggestions = new ArrayList<>();
        for (Statement sentence : Statements.of(document)) {
            String words = sentence.text();
            if (sentence.quoted() || words.matches("(?s).*[\"\u201c\u201d\u00ab\u00bb\u300c\u300d].*")) {
                continue;
            }
            int base = sentence.begin();
            int[] content = null;
            int[] who = null;
            String cue = null;
            Matcher m;
            if ((m = ACCORDING.matcher(words)).matches()) {
                content = new int[] { m.start(1), m.end(1) };
                who = new int[] { m.start(2), m.end(2) };
                cue = "according to";
            } else if ((m = THAT.matcher(words)).matches()) {
                content = new int[] { m.start(3), m.end(3) };
                who = new int[] { m.start(1), m.end(1) };
                cue = m.group(2);
            } else if ((m = SAID_AFTER.matcher(words)).matches()) {
                content = new int[] { m.start(1), m.end(1) };
                who = new int[] { m.start(2), m.end(2) };
                cue = m.group(3);
            }
            if (content == null || words.substring(content[0], content[1]).strip().split("\\s+").length < MIN_REPORTED_WORDS) {
                continue;
            }
            Quote quote = MarginaliaFactory.eINSTANCE.createQuote();
            quote.setBegin(base + content[0]);
            quote.setEnd(base + content[1]);
            quote.setCue(cue);
            quote.setMode(QuoteMode.REPORTED);
            quote.setSpeaker(speakerIn(text, mentions, base + who[0], base + who[1]));
            suggestions.add(new Suggestion(quote, name(), quote.getSpeaker() != null ? 0.5 : 0.3));
        }
        return suggestions;
    }

    /** The person or organisation named in the attribution; for "he"/"she", the last person named before it. */
    private static Entity speakerIn(String text, List<Suggestion> mentions, int begin, int end) {
        Entity lastPerson = null;
        for (Suggestion mention : mentions) {
            Entity entity = ((EntityMention) mention.proposal()).getEntity();
            boolean speaks = entity.getKind() == EntityKind.PERSON || entity.getKind() == EntityKind.ORGANISATION;
            if (speaks && mention.begin() >= begin && mention.end() <= end) {
                return entity;
            }
            if (entity.getKind() == EntityKind.PERSON && mention.end() <= begin) {
                lastPerson = entity;
            }
        }
        return text.substring(begin, end).matches("(?i)\\s*(he|she)\\s*") ? lastPerson : null;
    }

    /** The person named nearest the quotation within its sentence; for a pronoun, the last person named before. */
    private static Entity speaker(String text, List<Suggestion> mentions, int quoteBegin, int quoteEnd) {
        int sentenceStart = Math.max(text.lastIndexOf(". ", quoteBegin), text.lastIndexOf('\n', quoteBegin)) + 1;
        int sentenceEnd = text.indexOf(". ", quoteEnd);
        sentenceEnd = sentenceEnd < 0 ? text.length() : sentenceEnd;
        Entity nearest = null;
        int distance = Integer.MAX_VALUE;
        Entity lastBefore = null;
        for (Suggestion mention : mentions) {
            Entity entity = ((EntityMention) mention.proposal()).getEntity();
            if (entity.getKind() != EntityKind.PERSON) {
                continue;
            }
            if (mention.end() <= quoteBegin) {
                lastBefore = entity;
            }
            boolean inSentence = mention.begin() >= sentenceStart && mention.end() <= sentenceEnd && (mention.end() <= quoteBegin || mention.begin() >= quoteEnd);
            int gap = mention.end() <= quoteBegin ? quoteBegin - mention.end() : mention.begin() - quoteEnd;
            if (inSentence && gap < distance) {
                nearest = entity;
                distance = gap;
            }
        }
        if (nearest != null) {
            return nearest;
        }
        String before = text.substring(sentenceStart, quoteBegin);
        return before.matches("(?s).*\\b(He|She|he|she)\\b.*") ? lastBefore : null;
    }
}
