package org.marginalia.core.compare;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.marginalia.model.Document;

/**
 * A {@link Timeline} as an SVG picture: one row per document, each date a bar over the days it can mean: blue for
 * the text's dates, green with italic words for the annotations' (events, dated figures), red where sources conflict.
 */
public final class TimelineSvg {

    public static final String TEXT = "#1f77b4";
    public static final String ANNOTATED = "#2ca02c";
    public static final String CONFLICT = "#d62728";

    /** Roughly how wide 11-pixel sans-serif text is, for placing the words; viewers differ a little. */
    private static final double CHARACTER = 6.2;

    private TimelineSvg() {
    }

    public static String of(Timeline timeline, int width) {
        List<TimelineLayout.Row> rows = TimelineLayout.of(timeline, width, text -> (int) Math.ceil(text.length() * CHARACTER));
        int height = TimelineLayout.height(rows);
        double axis = TimelineLayout.axis(width);
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" font-family=\"sans-serif\" font-size=\"11\">%n",
                width, height));
        svg.append(String.format(Locale.ROOT, "<rect width=\"%d\" height=\"%d\" fill=\"white\"/>%n", width, height));
        for (int year = timeline.first().getYear(); year <= timeline.last().getYear() + 1; year++) {
            LocalDate day = LocalDate.of(year, 1, 1);
            if (!day.isBefore(timeline.first()) && !day.isAfter(timeline.last().plusDays(1))) {
                double x = TimelineLayout.LABEL_WIDTH + timeline.x(day, axis);
                svg.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#ccc\"/>%n", x,
                        TimelineLayout.AXIS_HEIGHT - 6, x, height));
                svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" fill=\"#555\">%d</text>%n", x + 2, TimelineLayout.AXIS_HEIGHT - 10, year));
            }
        }
        for (TimelineLayout.Row row : rows) {
            svg.append(String.format(Locale.ROOT, "<line x1=\"0\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#eee\"/>%n", row.y(), width, row.y()));
            svg.append(String.format(Locale.ROOT, "<text x=\"4\" y=\"%d\">%s</text>%n", row.y() + 16, escape(shorten(title(row.document()), 42))));
            for (TimelineLayout.Placed placed : row.placed()) {
                int barY = row.y() + 5 + placed.lane() * TimelineLayout.LANE_HEIGHT;
                Timeline.Entry entry = placed.entry();
                String color = entry.conflict() ? CONFLICT : entry.annotated() ? ANNOTATED : TEXT;
                svg.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"8\" fill=\"%s\"><title>%s</title></rect>%n", placed.x(),
                        barY, placed.width(), color, escape(entry.text() + " = " + entry.resolved())));
                svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" fill=\"%s\"%s>%s</text>%n", placed.labelX(), barY + 8,
                        entry.conflict() ? CONFLICT : "#333", entry.annotated() ? " font-style=\"italic\"" : "", escape(entry.label())));
            }
        }
        return svg.append("</svg>\n").toString();
    }

    static String title(Document document) {
        return document.getTitle() == null || document.getTitle().isBlank() ? document.getId() : document.getTitle();
    }

    static String shorten(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length).strip() + "\u2026";
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
