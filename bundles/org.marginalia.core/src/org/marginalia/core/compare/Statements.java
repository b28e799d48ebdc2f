package org.marginalia.core.compare;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.marginalia.model.Document;

/**
 * A document cut into statements: its sentences ({@link BreakIterator}, not cut after the abbreviations news
 * use, "U.S." or "Nov."), and the quotations inside them of two words or more, in any common style of marks.
 */
public final class Statements {

    private static final Pattern ABBREVIATION = Pattern.compile(
            "(?:\\b\\p{Lu}\\.|\\b(?:Jan|Feb|Mar|Apr|Aug|Sept|Sep|Oct|Nov|Dec|Mr|Mrs|Ms|Dr|St|No|Gen|Lt|Col|Sgt|Prof|Rep|Sen|Gov|Jr|Sr|vs|etc|Inc|Corp|Ltd)\\.)\\s*$");
    private static final Pattern QUOTATION = Pattern.compile("“([^”]+)”|\"([^\"]+)\"|«([^»]+)»|「([^」]+)」|‘([^’]{12,})’");

    private Statements() {
    }

    public static List<Statement> of(Document document) {
        String text = document.getText() == null ? "" : document.getText();
        List<Statement> statements = new ArrayList<>();
        BreakIterator sentences = BreakIterator.getSentenceInstance(Locale.ENGLISH);
        // a region of the text, not a copy of the sentence: the same match (its bounds are the region's), no copying
        Matcher abbreviation = ABBREVIATION.matcher(text);
        int paragraph = 0;
        // a line break ends a statement: a headline has no full stop
        for (int lineEnd = text.indexOf('\n'); paragraph < text.length(); lineEnd = text.indexOf('\n', paragraph)) {
            int limit = lineEnd < 0 ? text.length() : lineEnd;
            sentences.setText(text.substring(paragraph, limit));
            int start = sentences.first();
            for (int end = sentences.next(); end != BreakIterator.DONE; end = sentences.next()) {
                if (paragraph + end < limit && abbreviation.region(paragraph + start, paragraph + end).find()) {
                    continue; // "the Nov. 5 U.S. election" is one sentence
                }
                add(document, text, paragraph + start, paragraph + end, statements);
                start = end;
            }
            paragraph = limit + 1;
        }
        return statements;
    }

    private static void add(Document document, String text, int start, int end, List<Statement> statements) {
        int begin = start;
        int limit = end;
        while (begin < limit && Character.isWhitespace(text.charAt(begin))) {
            begin++;
        }
        while (limit > begin && Character.isWhitespace(text.charAt(limit - 1))) {
            limit--;
        }
        List<Token> tokens = Token.of(text, begin, limit);
        if (tokens.isEmpty()) {
            return;
        }
        statements.add(new Statement(document, begin, limit, false, tokens));
        Matcher quotation = QUOTATION.matcher(text).region(begin, limit);
        while (quotation.find()) {
            int group = 1;
            while (quotation.group(group) == null) {
                group++;
            }
            List<Token> quoted = Token.of(text, quotation.start(group), quotation.end(group));
            if (quoted.size() >= 2) {
                statements.add(new Statement(document, quotation.start(group), quotation.end(group), true, quoted));
            }
        }
    }
}
