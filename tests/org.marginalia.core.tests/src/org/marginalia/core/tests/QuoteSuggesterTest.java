package org.marginalia.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.marginalia.core.assist.QuoteSuggester;
import org.marginalia.core.assist.Suggestion;
import org.marginalia.core.edit.EntityDirectory;
import org.marginalia.core.text.QuotationMarks;
import org.marginalia.model.Corpus;
import org.marginalia.model.Document;
import org.marginalia.model.Entity;
import org.marginalia.model.EntityKind;
import org.marginalia.model.EntityMention;
import org.marginalia.model.MarginaliaFactory;
import org.marginalia.model.Quote;
import org.marginalia.model.QuoteMode;

/** Quotes in reports of another event than the demo's, a flood: every mark style, cues, speakers, reported speech. */
class QuoteSuggesterTest {

    @Test
    void japaneseQuotationsAreProposedWithTheirSpeechVerb() {
        Map<String, Suggestion> quotes = proposals("\u5e02\u9577\u306f\u300c\u6c34\u4f4d\u304c\u3053\u308c\u307b\u3069\u901f\u304f\u4e0a\u304c\u3063\u305f"
                + "\u3053\u3068\u306f\u306a\u3044\u300d\u3068\u8ff0\u3079\u305f\u3002\u74b0\u5883\u76f8\u306f\u300c\u653f\u5e9c\u306f\u5168\u529b\u3067\u652f\u63f4\u3059\u308b"
                + "\u300d\u3068\u8a9e\u3063\u305f\u3002").quotes();

        assertEquals("\u8ff0\u3079\u305f", quote(quotes, "\u6c34\u4f4d\u304c\u3053\u308c\u307b\u3069\u901f\u304f\u4e0a\u304c\u3063\u305f\u3053\u3068\u306f\u306a\u3044").getCue(),
                "no spaces: the characters are counted; the verb after \u3068 is the cue");
        assertEquals("\u8a9e\u3063\u305f", quote(quotes, "\u653f\u5e9c\u306f\u5168\u529b\u3067\u652f\u63f4\u3059\u308b").getCue());
    }

    @Test
    void anOpeningMarkWithoutItsPairHidesNoLaterQuotationAndMixedPairsPair() {
        Map<String, Suggestion> mixed = proposals("He said \u201cwe are ready to act\" and left. Critics said \u00abthis is far too late\u00bb afterwards.").quotes();
        assertEquals(List.of("we are ready to act", "this is far too late"), List.copyOf(mixed.keySet()), "a curly opening closed by a straight mark");

        String unclosed = "He said \u201cwe are ready to act and left. Critics said \u00abthis is far too late\u00bb afterwards.";
        assertEquals(List.of("this is far too late"), QuotationMarks.of(unclosed).stream().map(q -> unclosed.substring(q.begin(), q.end())).toList());
        String twice = "Residents said \"the wall held and then \"it gave way in minutes\" before dawn.";
        assertEquals(List.of("it gave way in minutes"), QuotationMarks.of(twice).stream().map(q -> twice.substring(q.begin(), q.end())).toList(),
                "a straight mark opening again: the first never closed, and no narrative is paired");
    }

    @Test
    void straightSingleQuotesAreProposedWhileApostrophesOpenNothing() {
        String text = "The floods of the '90s were worse. The mayor said 'we will rebuild the whole town'. The ports' boats didn't sail and the "
                + "minister's car stayed.\nShe said: 'They said \"don't worry\" and we believed them.'";

        Map<String, Suggestion> quotes = proposals(text).quotes();

        assertEquals(List.of("we will rebuild the whole town", "They said \"don't worry\" and we believed them."), List.copyOf(quotes.keySet()),
                "the quotation nested in a single-quoted one stays inside it");
        assertEquals("said", quote(quotes, "we will rebuild the whole town").getCue());
    }

    @Test
    void theSpeakerIsLookedForInTheQuotationsOwnParagraphOnly() {
        String text = "Critics called the response \"slow\", and the minister's spokesman said the review would take \"weeks, not months\".\n\n"
                + "Mayor Helen Ashdown said \"we will hold an inquiry\" and left.";

        Map<String, Suggestion> quotes = proposals(text, person("Helen Ashdown")).quotes();

        assertNull(quote(quotes, "weeks, not months").getSpeaker(), "the mayor of the next paragraph did not say it");
        assertTrue(quotes.get("weeks, not months").confidence() <= 0.4, "no speaker, less sure: " + quotes.get("weeks, not months").confidence());
        assertEquals("Helen Ashdown", quote(quotes, "we will hold an inquiry").getSpeaker().getName());
        assertEquals(0.8, quotes.get("we will hold an inquiry").confidence());
        assertTrue(!quotes.containsKey("slow"), "one word in quotation marks is a term");
    }

    @Test
    void aPronounIsTheLastPersonNamedAndAQuotationStandingAloneContinuesTheOneBefore() {
        String text = "Paul Greaves toured the shelter with Helen Ashdown.\n"
                + "\u201cI don\u2019t think the wall was ever safe,\u201d he said. \u201cBut that does not mean we should blame the engineers.\u201d";

        Map<String, Suggestion> quotes = proposals(text, person("Paul Greaves"), person("Helen Ashdown")).quotes();

        assertEquals("Paul Greaves", quote(quotes, "I don\u2019t think the wall was ever safe,").getSpeaker().getName(),
                "'he': the last person named, not one named after 'with'");
        Quote continued = quote(quotes, "But that does not mean we should blame the engineers.");
        assertEquals("Paul Greaves", continued.getSpeaker().getName());
        assertEquals("said", continued.getCue());
    }

    @Test
    void theCueIsTheSpeechVerbOfTheQuotationsSentenceOutsideTheQuotation() {
        String text = "\"We are doing everything we can, but the rain keeps coming,\" Ashdown told reporters outside the town hall. "
                + "Greaves told reporters that the government would help. \"We will rebuild,\" Greaves said.\n"
                + "Ashdown told reporters: \u00abThe next 48 hours are critical\u00bb.\n"
                + "\"They told us the wall was 'safe for a century',\" said retired teacher Ann Bell.\n"
                + "The mayor's \u201cemergency plan\u201d and the minister\u2019s \u201crecovery fund\u201d were both criticised. Outlets called it "
                + "\u201ea real disaster for the town\u201c.";

        Map<String, Suggestion> quotes = proposals(text).quotes();

        assertEquals("told", quote(quotes, "We are doing everything we can, but the rain keeps coming,").getCue());
        assertEquals("said", quote(quotes, "We will rebuild,").getCue(), "not the 'told' of the sentence before");
        assertEquals("told", quote(quotes, "The next 48 hours are critical").getCue());
        assertEquals("said", quote(quotes, "They told us the wall was 'safe for a century',").getCue(), "not the 'told' inside the quotation");
        assertTrue(quotes.keySet().stream().noneMatch(q -> q.contains("emergency plan") || q.contains("recovery fund") || q.contains("disaster")),
                "terms in quotation marks that nobody is said to say are no quotes: " + quotes.keySet());
    }

    @Test
    void reportedSpeechInItsCommonShapesIsProposedWithItsCueAndTheContentAsItsSpan() {
        String text = "Mayor Helen Ashdown said on Monday that the town had never seen water rise this fast.\n"
                + "The river burst its banks overnight, officials said.\n"
                + "Dozens of homes were flooded, the mayor told reporters.\n"
                + "According to the Red Cross, hundreds of volunteers arrived.\n"
                + "Hundreds of volunteers arrived, according to the Red Cross.\n"
                + "The authority said it had issued fifteen warnings.\n"
                + "Ashdown said the council would open a shelter.\n"
                + "The minister's office said the army had been sent.\n"
                + "The council announced that schools would close.\n"
                + "Ashdown, who spoke to reporters, said that help was coming.\n"
                + "She said the roads would stay closed until Friday.\n"
                + "BRACKENFORD \u2014 The river rose by two metres in six hours, the authority said.\n"
                + "A spokesperson for the Northern Rivers Authority said engineers would inspect every station.\n"
                + "The report said nothing about the dam. He said goodbye and left the town. The council said it would.";

        Map<String, Suggestion> quotes = proposals(text, person("Helen Ashdown", "Ashdown"), organisation("Red Cross")).quotes();

        assertReported(quotes, "the town had never seen water rise this fast", "said", "Helen Ashdown");
        assertReported(quotes, "The river burst its banks overnight", "said", null);
        assertReported(quotes, "Dozens of homes were flooded", "told reporters", null);
        assertReported(quotes, "hundreds of volunteers arrived", "according to", "Red Cross");
        assertReported(quotes, "Hundreds of volunteers arrived", "according to", "Red Cross");
        assertReported(quotes, "it had issued fifteen warnings", "said", null);
        assertReported(quotes, "the council would open a shelter", "said", "Helen Ashdown");
        assertReported(quotes, "the army had been sent", "said", null);
        assertReported(quotes, "schools would close", "announced", null);
        assertReported(quotes, "help was coming", "said", "Helen Ashdown");
        assertReported(quotes, "the roads would stay closed until Friday", "said", "Helen Ashdown");
        assertReported(quotes, "The river rose by two metres in six hours", "said", null);
        assertReported(quotes, "engineers would inspect every station", "said", null);
        assertEquals(13, quotes.size(), "nothing about the dam, a goodbye, a statement of two words and a dateline are not reported speech: " + quotes.keySet());
    }

    @Test
    void aSpeakerNoEntityStandsForIsProposedAsAMentionWithoutAnEntity() {
        String text = "Paul Greaves warned that more rain was coming over the weekend.\n"
                + "According to the Northern Rivers Authority, the water level peaked at 4.2 metres.\n"
                + "\u00abWe lost everything\u00bb, said shopkeeper Anna Reyes, who has run her caf\u00e9 for 15 years.\n"
                + "The river burst its banks overnight, officials said. Officials expect more rain.\n"
                + "Mayor Helen Ashdown said the council would open a third shelter.";

        Proposed proposed = proposals(text, person("Helen Ashdown"));
        Map<String, Suggestion> mentions = proposed.mentions();

        assertEquals(List.of("Paul Greaves", "Northern Rivers Authority", "Anna Reyes"), List.copyOf(mentions.keySet()),
                "names, without 'the', titles or a known entity's name, and not 'officials': " + mentions.keySet());
        assertTrue(mentions.values().stream().allMatch(m -> ((EntityMention) m.proposal()).getEntity() == null), "which entity is the analyst's call");
        assertTrue(mentions.values().stream().allMatch(m -> m.confidence() <= 0.3), "a modest confidence");
        assertEquals("Helen Ashdown", quote(proposed.quotes(), "the council would open a third shelter").getSpeaker().getName());
    }

    private static void assertReported(Map<String, Suggestion> quotes, String content, String cue, String speaker) {
        Quote quote = quote(quotes, content);
        assertEquals(QuoteMode.REPORTED, quote.getMode(), content);
        assertEquals(cue, quote.getCue(), content);
        assertEquals(speaker, quote.getSpeaker() == null ? null : quote.getSpeaker().getName(), content);
    }

    private static Quote quote(Map<String, Suggestion> quotes, String words) {
        Suggestion quote = quotes.get(words);
        assertTrue(quote != null, "'" + words + "' is proposed as one quote: " + quotes.keySet());
        return (Quote) quote.proposal();
    }

    /** What the suggester proposed for a text. */
    private record Proposed(String text, List<Suggestion> suggestions) {

        /** The proposed quotes by their words, in text order. */
        Map<String, Suggestion> quotes() {
            return byWords(Quote.class);
        }

        Map<String, Suggestion> mentions() {
            return byWords(EntityMention.class);
        }

        private Map<String, Suggestion> byWords(Class<?> kind) {
            Map<String, Suggestion> byWords = new LinkedHashMap<>();
            suggestions.stream().filter(s -> kind.isInstance(s.proposal())).sorted((a, b) -> Integer.compare(a.begin(), b.begin()))
                    .forEach(s -> byWords.put(text.substring(s.begin(), s.end()), s));
            return byWords;
        }
    }

    private static Proposed proposals(String text, Entity... entities) {
        Corpus corpus = MarginaliaFactory.eINSTANCE.createCorpus();
        corpus.getEntities().addAll(List.of(entities));
        Document document = MarginaliaFactory.eINSTANCE.createDocument();
        document.setId("flood");
        document.setText(text);
        corpus.getDocuments().add(document);
        return new Proposed(text, new QuoteSuggester().suggest(document, new EntityDirectory(corpus, List.of())));
    }

    private static Entity person(String name, String... aliases) {
        Entity entity = EntityDirectory.newEntity(EntityKind.PERSON, name);
        entity.getAliases().addAll(List.of(aliases));
        return entity;
    }

    private static Entity organisation(String name) {
        return EntityDirectory.newEntity(EntityKind.ORGANISATION, name);
    }
}
