package org.marginalia.core.compare;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.marginalia.model.Document;

/**
 * A {@link SideBySide} comparison as an SVG picture: one column per document under its title, one band per row,
 * the words that differ on an amber ground, a gap in grey italics. Lines are wrapped by an estimate of the text's
 * width, as viewers' fonts differ a little.
 */
public final class SideBySideSvg {

    private static final int COLUMN = 360;
    private static final int GUTTER = 16;
    private static final int MARGIN = 12;
    private static final int LINE = 15;
    private static final int TITLE = 30;
    /** Roughly how wide 12-pixel sans-serif text is, per character. */
    private static final double CHARACTER = 6.6;
    private static final String CHANGED = "#ffd68c";
    /** The connector of two aligned statements whose words differ, and of two that read the same. */
    public static final String CONNECTED_CHANGED = "#e08a00";
    public static final String CONNECTED_SAME = "#9aa5b1";

    private SideBySideSvg() {
    }

    public static String of(List<Document> documents, List<SideBySide.Row> rows, String gap) {
        int width = 2 * MARGIN + documents.size() * COLUMN + (documents.size() - 1) * GUTTER;
        StringBuilder body = new StringBuilder();
        int y = MARGIN + TITLE;
        for (SideBySide.Row row : rows) {
            int height = 0;
            StringBuilder band = new StringBuilder();
            for (int d = 0; d < documents.size(); d++) {
                int x = MARGIN + d * (COLUMN + GUTTER);
                Statement cell = row.cell(d);
                List<List<Word>> lines = cell == null ? List.of(List.of(new Word(gap, false))) : lines(cell, row.changed().get(d));
                for (int l = 0; l < lines.size(); l++) {
                    line(band, lines.get(l), x, y + LINE * (l + 1), cell == null);
                }
                height = Math.max(height, LINE * lines.size());
            }
            if (row.differs()) {
                body.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"#f6f8fb\"/>%n", MARGIN / 2, y,
                        width - MARGIN, height + 6));
            }
            connectors(body, row, documents.size(), y + LINE / 2 + 2);
            body.append(band);
            y += height + 10;
        }
        StringBuilder svg = new StringBuilder(String.format(Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" font-family=\"sans-serif\" font-size=\"12\">%n", width, y + MARGIN));
        svg.append(String.format(Locale.ROOT, "<rect width=\"%d\" height=\"%d\" fill=\"white\"/>%n", width, y + MARGIN));
        for (int d = 0; d < documents.size(); d++) {
            svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-weight=\"bold\">%s</text>%n", MARGIN + d * (COLUMN + GUTTER), MARGIN + 14,
                    escape(TimelineSvg.shorten(TimelineSvg.title(documents.get(d)), (int) (COLUMN / CHARACTER) - 2))));
        }
        return svg.append(body).append("</svg>\n").toString();
    }

    private record Word(String text, boolean changed) {
    }

    /** A line across the gutter between each two neighbouring sources that hold the row's statement: orange where their words differ. */
    private static void connectors(StringBuilder svg, SideBySide.Row row, int documents, int y) {
        for (int d = 0; d + 1 < documents; d++) {
            if (row.cell(d) != null && row.cell(d + 1) != null) {
                int from = MARGIN + d * (COLUMN + GUTTER) + COLUMN + 2;
                boolean changed = !row.changed().get(d).isEmpty() || !row.changed().get(d + 1).isEmpty();
                svg.append(String.format(Locale.ROOT, "<line class=\"connector\" x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"%s\" stroke-width=\"2\"/>%n", from, y,
                        from + GUTTER - 4, y, changed ? CONNECTED_CHANGED : CONNECTED_SAME));
            }
        }
    }

    /** The statement's words in lines that fit the column, each word marked when it differs. */
    private static List<List<Word>> lines(Statement statement, List<Token> changed) {
        Set<Integer> changedStarts = new HashSet<>();
        changed.forEach(token -> changedStarts.add(token.begin()));
        List<List<Word>> lines = new ArrayList<>();
        List<Word> line = new ArrayList<>();
        int length = 0;
        String text = statement.text();
        int offset = statement.begin();
        for (String piece : text.split(" ")) {
            if (!piece.isEmpty()) {
                if (!line.isEmpty() && (length + 1 + piece.length()) * CHARACTER > COLUMN) {
                    lines.add(line);
                    line = new ArrayList<>();
                    length = 0;
                }
                line.add(new Word(piece, startsChanged(changedStarts, offset, piece)));
                length += piece.length() + (length == 0 ? 0 : 1);
            }
            offset += piece.length() + 1; // the offsets of the statement's words in the document
        }
        if (!line.isEmpty()) {
            lines.add(line);
        }
        return lines;
    }

    /** Whether a changed word starts within this piece of text (a piece may carry punctuation around its word). */
    private static boolean startsChanged(Set<Integer> changedStarts, int offset, String piece) {
        for (int i = 0; i < piece.length(); i++) {
            if (changedStarts.contains(offset + i)) {
                return true;
            }
        }
        return false;
    }

    private static void line(StringBuilder svg, List<Word> words, int x, int y, boolean gap) {
        double at = x;
        for (Word word : words) {
            double width = word.text().length() * CHARACTER;
            if (word.changed()) {
                svg.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"%d\" fill=\"%s\"/>%n", at - 1, y - 11, width + 2, 14, CHANGED));
            }
            svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\"%s>%s</text>%n", at, y, gap ? " fill=\"#777\" font-style=\"italic\"" : "",
                    escape(word.text())));
            at += width + CHARACTER;
        }
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
