package org.marginalia.core.assist;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
 * The quotation marks stay outside the span.
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
        return suggestions;
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
