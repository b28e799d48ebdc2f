package org.marginalia.core.assist;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The shapes of reported speech in one sentence without quotation marks: what was said, who said it and the
 * speech verb. Its shapes:
 * <ul>
 * <li>"According to X, …" and "…, according to X.";</li>
 * <li>"X said (on Monday) that …", the subject perhaps interrupted ("Ashdown, who spoke to reporters, said that …");</li>
 * <li>"…, X said." where X may be a common noun ("officials", "the mayor told reporters");</li>
 * <li>a content clause without "that": "The authority said it had issued fifteen warnings." The clause must start
 * with a subject (a pronoun, a determiner and a noun, a name) and a finite verb, so that "said nothing about the
 * dam" and "said goodbye" are no statement.</li>
 * </ul>
 * Offsets are into the sentence.
 */
final class ReportedSpeech {

    /** What a sentence reports: the content, the words naming the speaker, and the cue. */
    record Found(int contentBegin, int contentEnd, int speakerBegin, int speakerEnd, String cue) {
    }

    private static final String VERB = "(said|says|stated|announced|confirmed|insisted|argued|explained|admitted|denied|stressed|noted|added|warned|claimed|reported|told reporters|believes|estimated)";
    private static final String END = "[.!?]?$";
    private static final Pattern ACCORDING_FIRST = Pattern.compile("^[Aa]ccording to ([^,]+),\\s+(.+?)" + END);
    private static final Pattern ACCORDING_LAST = Pattern.compile("^(.+?),\\s+according to ([^,]+?)" + END);
    /** The that-clause may follow a time or place ("said on Monday that", "said in a statement that"). */
    private static final Pattern THAT = Pattern.compile("^(.*?)\\b" + VERB
            + "(?:\\s+(?:on|in|at|late|early|last|this|yesterday|today|earlier|later)\\b[^,]{0,30}?)?\\s+that\\s+(.+?)" + END);
    /** The subject of a sentence-final attribution: up to four words, not the start of another clause. */
    private static final Pattern VERB_LAST = Pattern.compile("^(.+),\\s+((?!(?:and|but|or|which|who|as|when|while|that|then)\\b)(?:[^\\s,]+\\s+){0,3}[^\\s,]+)\\s+"
            + VERB + "(?:\\s+(?:on\\s+\\p{Lu}\\p{L}+|yesterday|today|in a statement))?" + END);
    private static final String NUMBER = "\\d[\\d,.]*|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty"
            + "|hundreds|thousands|dozens)(?:-\\p{Ll}+)?";
    /** The subject of a content clause: a pronoun, a determiner or number and a noun, a bare plural ("engineers"), a name. */
    private static final String CLAUSE_SUBJECT = "(?:(?i:he|she|it|they|we|i|you)"
            + "|(?:(?i:the|a|an|this|these|those|its|his|her|their|our|some|many|several|all|no)|" + NUMBER + ")"
            + "(?:\\s+(?!(?:that|which|who)\\b)[\\p{L}\\p{N}\u2019'-]+){1,3}?"
            + "|\\p{Ll}{3,}s|\\p{Lu}[\\p{L}\u2019'-]*(?:\\s+\\p{Lu}[\\p{L}\u2019'-]*){0,3})";
    /** A finite verb: an auxiliary, a regular past, or one of the irregular pasts news use most. */
    private static final String FINITE = "(?:had|has|have|would|will|was|were|is|are|could|should|might|must|can|may|did|does|do|\\p{Ll}{2,}ed"
            + "|rose|fell|grew|began|went|came|took|made|gave|left|kept|lost|found|hit|spent|sent|held|met|ran|saw|stood|broke|burst|knew|became|brought)\\b";
    /** The speaker (up to eight words) starts the sentence, no adverbial clause before him, and the verb follows him directly. */
    private static final Pattern CLAUSE = Pattern.compile("^((?!(?:In|On|At|After|While|When|As|If|Although|Though|Since|Because|Before|Until|Once)\\b)"
            + "(?:[^\\s,]+\\s+){0,7}?[^\\s,]+)\\s+" + VERB + "\\s+(" + CLAUSE_SUBJECT + "\\s+" + FINITE + ".*?)" + END);
    /** "that" marks a clause for sure, so a short one ("schools would close") is a statement; other shapes need more words. */
    private static final int MIN_WORDS_AFTER_THAT = 3;
    private static final int MIN_WORDS = 4;
    private static final Pattern WORD = Pattern.compile("\\S+");
    /** The dateline an article starts with ("BRACKENFORD — "), which is not what anyone said. */
    private static final Pattern DATELINE = Pattern.compile("\\p{Lu}{2,}(?:[ -]\\p{Lu}{2,})*\\s*[—–-]\\s*");
    private static final Pattern INTERRUPTED = Pattern.compile("^([^,]+),\\s+(?:who|which|whose)\\b[^,]*,\\s*$");

    private ReportedSpeech() {
    }

    /** The reported statement of a sentence, or null. */
    static Found in(String sentence) {
        Matcher m;
        Found found = null;
        int minWords = MIN_WORDS;
        if ((m = ACCORDING_FIRST.matcher(sentence)).matches()) {
            found = new Found(m.start(2), m.end(2), m.start(1), m.end(1), "according to");
        } else if ((m = ACCORDING_LAST.matcher(sentence)).matches()) {
            found = new Found(m.start(1), m.end(1), m.start(2), m.end(2), "according to");
        } else if ((m = THAT.matcher(sentence)).matches()) {
            int[] subject = subject(sentence, m.start(1), m.end(1));
            found = new Found(m.start(3), m.end(3), subject[0], subject[1], m.group(2));
            minWords = MIN_WORDS_AFTER_THAT;
        } else if ((m = VERB_LAST.matcher(sentence)).matches()) {
            found = new Found(m.start(1), m.end(1), m.start(2), m.end(2), m.group(3));
        } else if ((m = CLAUSE.matcher(sentence)).matches()) {
            found = new Found(m.start(3), m.end(3), m.start(1), m.end(1), m.group(2));
        }
        if (found == null) {
            return null;
        }
        found = withoutDateline(sentence, found);
        return words(sentence.substring(found.contentBegin(), found.contentEnd())) >= minWords ? found : null;
    }

    private static Found withoutDateline(String sentence, Found found) {
        Matcher dateline = DATELINE.matcher(sentence).region(found.contentBegin(), found.contentEnd());
        return dateline.lookingAt() ? new Found(dateline.end(), found.contentEnd(), found.speakerBegin(), found.speakerEnd(), found.cue()) : found;
    }

    /**
     * The speaker's words before the verb of "… said that": the subject before a clause that interrupts it
     * ("Ashdown, who spoke to reporters,"), else what follows the last comma ("On Monday, the council").
     */
    private static int[] subject(String sentence, int begin, int end) {
        Matcher interrupted = INTERRUPTED.matcher(sentence).region(begin, end);
        if (interrupted.matches()) {
            return new int[] { interrupted.start(1), interrupted.end(1) };
        }
        int comma = sentence.lastIndexOf(',', end - 1);
        int from = comma >= begin ? comma + 1 : begin;
        while (from < end && Character.isWhitespace(sentence.charAt(from))) {
            from++;
        }
        int to = end;
        while (to > from && Character.isWhitespace(sentence.charAt(to - 1))) {
            to--;
        }
        return new int[] { from, to };
    }

    /** Its words: what is between spaces and holds a letter or digit (a dash is none). */
    static int words(String text) {
        return (int) WORD.matcher(text).results().filter(w -> w.group().codePoints().anyMatch(Character::isLetterOrDigit)).count();
    }
}
