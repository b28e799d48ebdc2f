package org.marginalia.core.compare;

import java.time.LocalDate;
import java.util.Locale;

import org.marginalia.model.Document;

/** A {@link Timeline} as an SVG picture: one row per document, each date a bar over the days it can mean, conflicts red. */
public final class TimelineSvg {

    public static final int LABEL_WIDTH = 260;
    public static final int ROW_HEIGHT = 44;
    public static final int AXIS_HEIGHT = 30;

    private TimelineSvg() {
    }

    public static String of(Timeline timeline, int width) {
        int axis = width - LABEL_WIDTH - 20;
        int height = AXIS_HEIGHT + ROW_HEIGHT * timeline.documents().size() + 10;
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" font-family=\"sans-serif\" font-size=\"11\">%n",
                width, height));
        svg.append(String.format(Locale.ROOT, "<rect width=\"%d\" height=\"%d\" fill=\"white\"/>%n", width, height));
        for (int year = timeline.first().getYear(); year <= timeline.last().getYear(); year++) {
            LocalDate day = LocalDate.of(year, 1, 1);
            if (!day.isBefore(timeline.first())) {
                double x = LABEL_WIDTH + timeline.x(day, axis);
                svg.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#ccc\"/>%n", x, AXIS_HEIGHT - 6, x, height));
                svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" fill=\"#555\">%d</text>%n", x + 2, AXIS_HEIGHT - 10, year));
            }
        }
        int row = 0;
        for (Document document : timeline.documents()) {
            int y = AXIS_HEIGHT + row * ROW_HEIGHT;
            svg.append(String.format(Locale.ROOT, "<text x=\"4\" y=\"%d\">%s</text>%n", y + 16, escape(shorten(title(document), 42))));
            int lane = 0;
            for (Timeline.Entry entry : timeline.entriesOf(document)) {
                double from = LABEL_WIDTH + timeline.x(entry.from(), axis);
                double to = Math.max(from + 3, LABEL_WIDTH + timeline.x(entry.to().plusDays(1), axis));
                int barY = y + 4 + (lane % 3) * 12;
                svg.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"8\" fill=\"%s\"><title>%s</title></rect>%n", from, barY,
                        to - from, entry.conflict() ? "#d62728" : "#1f77b4", escape(entry.text() + " = " + entry.resolved())));
                svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" fill=\"%s\">%s</text>%n", to + 2, barY + 8, entry.conflict() ? "#d62728" : "#333",
                        escape(entry.text())));
                lane++;
            }
            row++;
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
