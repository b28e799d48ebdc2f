package org.marginalia.core.assist;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.marginalia.core.text.QuotationMarks.Quotation;
import org.marginalia.model.Entity;
import org.marginalia.model.EntityKind;
import org.marginalia.model.EntityMention;
import org.marginalia.model.MarginaliaFactory;

/**
 * Who speaks in an attribution of one text: the known person or organisation named there, for "he"/"she" the
 * last person named before, or a name no entity has yet ("Paul Greaves warned…" in a corpus without him). Such
 * a name is kept, to be proposed as a mention without an entity: the analyst links it to a new entity or an
 * existing one. Words inside quotations never name the speaker.
 */
final class Speakers {

    /** A run of capitalised words, with the particles names have inside (Ministry of Defence, Ursula von der Leyen). */
    private static final String NAME = "(?<![\\p{L}\\p{N}\u2019'-])\\p{Lu}[\\p{L}\u2019'.-]*(?:\\s(?:(?:of|for|the|de|der|van|von|al|bin|da|di|du|la|le)\\s)*\\p{Lu}[\\p{L}\u2019'.-]*)*";
    /** A name that ends the words given: nothing but spaces and symbols (an emoji) between it and their end. */
    private static final Pattern NAME_AT_END = Pattern.compile("(" + NAME + ")[^\\p{L}\\p{N}\\p{P}]*$");
    /** A name after an inverted cue (", said retired teacher Ann Bell"), past a few lower-case words describing the speaker. */
    private static final Pattern NAME_AFTER = Pattern.compile("\\s+(?:(?!(?:on|in|at|that|after|before|during|to)\\b)\\p{Ll}[\\p{L}\u2019'-]*\\s+){0,3}(" + NAME + ")");
    /** Words of a capitalised run that are not the name: an article, a title before the name, a pronoun starting a sentence. */
    private static final Pattern NOT_NAME = Pattern.compile("The|A|An|He|She|It|They|We|I|You|Mayor|President|Minister|Chancellor|Secretary|Governor|Senator|"
            + "Mr\\.?|Mrs\\.?|Ms\\.?|Dr\\.?|Prof\\.?|Professor|General|Chief|Spokesman|Spokeswoman|Spokesperson|King|Queen|Prince|Princess|Pope|Judge|Sir|"
            + "Lord|Lady|Captain|Inspector|Councillor|Director|Commissioner|Ambassador");
    private static final Pattern WORD = Pattern.compile("\\S+");
    private static final Pattern PRONOUN = Pattern.compile("\\b(?:[Hh]e|[Ss]he)\\b");
    /** A person named after a preposition ("met with Iwaya", "to Foreign Minister Sybiha") is spoken to or of, not speaking. */
    private static final Pattern AFTER_PREPOSITION = Pattern.compile("\\b(?:with|to|by|from|of|for|at|on|about|and|met)\\s+(?:\\p{Lu}[\\p{L}\u2019'.-]*\\s+)*$");
    private static final double NEW_NAME = 0.3;

    private final String text;
    private final List<Suggestion> mentions;
    private final List<Quotation> quotations;
    private final Map<Integer, int[]> newNames = new TreeMap<>();

    /** {@code mentions}: the known entities' mentions in the text, in text order. */
    Speakers(String text, List<Suggestion> mentions, List<Quotation> quotations) {
        this.text = text;
        this.mentions = mentions;
        this.quotations = quotations;
    }

    /**
     * The speaker of a quotation whose cue (the speech verb) is at [cueBegin, cueEnd) in the sentence [from, to):
     * the name just before the cue ("Greaves said"), or just after it when the cue follows the quotation ("…,"
     * said teacher Ann Bell); else the known person or organisation named nearest the cue; else, for "he"/"she",
     * the last person named before.
     */
    Entity ofCue(int from, int to, int cueBegin, int cueEnd, boolean inverted) {
        int[] name = nameEndingAt(from, cueBegin);
        if (name == null && inverted) {
            Matcher after = NAME_AFTER.matcher(text).region(cueEnd, to);
            name = after.lookingAt() ? stripped(after.start(1), after.end(1)) : null;
        }
        if (name != null) {
            return byName(name);
        }
        Entity nearest = nearestKnown(from, to, cueBegin, cueEnd);
        return nearest != null ? nearest : byPronoun(from, to);
    }

    /** The speaker the words [begin, end) name, the subject of a reported statement: "Paul Greaves", "the Red Cross", "officials", "he". */
    Entity ofSubject(int begin, int end) {
        int[] name = nameEndingAt(begin, end);
        if (name != null) {
            return byName(name);
        }
        Entity known = nearestKnown(begin, end, end, end);
        return known != null ? known : byPronoun(begin, end);
    }

    /** The names no entity has that attributions named, as mentions without an entity, one per span. */
    List<Suggestion> newNameMentions(String suggester) {
        List<Suggestion> suggestions = new ArrayList<>();
        for (int[] name : newNames.values()) {
            EntityMention mention = MarginaliaFactory.eINSTANCE.createEntityMention();
            mention.setBegin(name[0]);
            mention.setEnd(name[1]);
            suggestions.add(new Suggestion(mention, suggester, NEW_NAME));
        }
        return suggestions;
    }

    /** The entity a name is a mention of, if a person or organisation; a name no entity has is kept as a new one. */
    private Entity byName(int[] name) {
        for (Suggestion mention : mentions) {
            if (mention.begin() < name[1] && name[0] < mention.end()) {
                Entity entity = entity(mention);
                return speaks(entity) ? entity : null; // "Japan said": a place, which the analyst may or may not take for a speaker
            }
        }
        if (isName(name[0], name[1])) {
            newNames.putIfAbsent(name[0], name);
        }
        return null;
    }

    /** The name the words [from, to) end with, its article and titles left out ("Mayor Helen Ashdown" gives "Helen Ashdown"). */
    private int[] nameEndingAt(int from, int to) {
        if (from >= to) {
            return null;
        }
        Matcher name = NAME_AT_END.matcher(text).region(from, to);
        return name.find() ? stripped(name.start(1), name.end(1)) : null;
    }

    private int[] stripped(int begin, int end) {
        int nameBegin = -1;
        Matcher word = WORD.matcher(text).region(begin, end);
        while (word.find()) {
            if (NOT_NAME.matcher(word.group()).matches()) {
                nameBegin = -1; // a title: the name starts after it
            } else if (nameBegin < 0) {
                nameBegin = word.start();
            }
        }
        int nameEnd = end;
        while (nameEnd > nameBegin && text.charAt(nameEnd - 1) == '.') {
            nameEnd--; // the full stop after a name ending the sentence, which the dots of "U.S." let into the run
        }
        return nameBegin < 0 ? null : new int[] { nameBegin, nameEnd };
    }

    /**
     * Whether capitalised words are a name. Two words or more are; one word is unless only its place at the start
     * of a sentence capitalises it ("Officials said…"): a name is capitalised elsewhere in the text too.
     */
    private boolean isName(int begin, int end) {
        String words = text.substring(begin, end);
        if (words.contains(" ") || !startsSentence(begin)) {
            return true;
        }
        Pattern inside = Pattern.compile("(?<=(?:[\\p{L}\\p{N}]|[,;:][\"\u201d\u00bb\u2019']?) )" + Pattern.quote(words) + "(?![\\p{L}\\p{N}])");
        return inside.matcher(text).find();
    }

    private boolean startsSentence(int at) {
        int i = at - 1;
        while (i >= 0 && (Character.isWhitespace(text.charAt(i)) && text.charAt(i) != '\n' || "\"\u201d\u00bb\u2019'".indexOf(text.charAt(i)) >= 0)) {
            i--;
        }
        return i < 0 || ".!?\n".indexOf(text.charAt(i)) >= 0;
    }

    /** The known person or organisation named in [from, to), outside quotations, nearest [anchorBegin, anchorEnd). */
    private Entity nearestKnown(int from, int to, int anchorBegin, int anchorEnd) {
        Entity nearest = null;
        int distance = Integer.MAX_VALUE;
        for (Suggestion mention : mentions) {
            if (mention.begin() < from || mention.end() > to || quoted(mention.begin()) || !speaks(entity(mention))) {
                continue;
            }
            int gap = mention.end() <= anchorBegin ? anchorBegin - mention.end() : Math.max(0, mention.begin() - anchorEnd);
            if (gap < distance) {
                nearest = entity(mention);
                distance = gap;
            }
        }
        return nearest;
    }

    /** For a "he" or "she" in [from, to) outside quotations, the person it stands for. */
    private Entity byPronoun(int from, int to) {
        Matcher pronoun = PRONOUN.matcher(text).region(from, to);
        while (pronoun.find()) {
            if (!quoted(pronoun.start())) {
                return antecedent(from);
            }
        }
        return null;
    }

    /**
     * The last person named before {@code at}, in its paragraph or the one before (news often names the speaker
     * at the end of one paragraph and quotes "he" at the start of the next), outside quotations and not after a
     * preposition.
     */
    private Entity antecedent(int at) {
        int from = paragraphStart(paragraphStart(at) - 1);
        Entity last = null;
        for (Suggestion mention : mentions) {
            Entity entity = entity(mention);
            if (mention.begin() >= from && mention.end() <= at && entity.getKind() == EntityKind.PERSON && !quoted(mention.begin())
                    && !AFTER_PREPOSITION.matcher(text).region(Math.max(0, mention.begin() - 80), mention.begin()).find()) {
                last = entity;
            }
        }
        return last;
    }

    /** The start of the paragraph holding {@code at}, blank lines before it skipped. */
    private int paragraphStart(int at) {
        int i = Math.min(at, text.length() - 1);
        while (i >= 0 && text.charAt(i) == '\n') {
            i--;
        }
        return i < 0 ? 0 : text.lastIndexOf('\n', i) + 1;
    }

    private boolean quoted(int at) {
        return quotations.stream().anyMatch(q -> q.begin() - 1 <= at && at <= q.end());
    }

    private static Entity entity(Suggestion mention) {
        return ((EntityMention) mention.proposal()).getEntity();
    }

    private static boolean speaks(Entity entity) {
        return entity.getKind() == EntityKind.PERSON || entity.getKind() == EntityKind.ORGANISATION;
    }
}
