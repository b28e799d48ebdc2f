package org.marginalia.core.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToIntFunction;

import org.marginalia.model.Document;

/**
 * Where each date of a {@link Timeline} is drawn, the same on screen and in the exported pictures: a bar over the
 * days it can mean and its words beside it (to its left near the right edge), in the first lane of its
 * document's row where they overlap nothing; a row is as tall as its lanes need.
 */
public final class TimelineLayout {

    public static final int LABEL_WIDTH = 260;
    public static final int AXIS_HEIGHT = 30;
    public static final int LANE_HEIGHT = 15;
    public static final int ROW_PADDING = 8;
    /** Room kept right of the axis for the words of the last dates. */
    public static final int RIGHT_MARGIN = 140;

    /** One date: its bar from {@code x} for {@code width}, in {@code lane}, its words from {@code labelX}. */
    public record Placed(Timeline.Entry entry, double x, double width, int lane, double labelX) {
    }

    /** One document's row: its top, its height and its dates. */
    public record Row(Document document, int y, int height, List<Placed> placed) {
    }

    private TimelineLayout() {
    }

    /** The axis width for a picture {@code width} wide. */
    public static double axis(int width) {
        return Math.max(100, width - LABEL_WIDTH - RIGHT_MARGIN);
    }

    public static List<Row> of(Timeline timeline, int width, ToIntFunction<String> textWidth) {
        double axis = axis(width);
        List<Row> rows = new ArrayList<>();
        int y = AXIS_HEIGHT;
        for (Document document : timeline.documents()) {
            List<Placed> placed = new ArrayList<>();
            List<Double> laneEnds = new ArrayList<>();
            for (Timeline.Entry entry : timeline.entriesOf(document)) {
                double from = LABEL_WIDTH + timeline.x(entry.from(), axis);
                double to = Math.max(from + 3, LABEL_WIDTH + timeline.x(entry.to().plusDays(1), axis));
                int words = textWidth.applyAsInt(entry.label());
                boolean left = to + 2 + words > width;
                double start = left ? from - 2 - words : from;
                double end = left ? to : to + 2 + words;
                int lane = 0;
                while (lane < laneEnds.size() && laneEnds.get(lane) + 4 > start) {
                    lane++;
                }
                if (lane == laneEnds.size()) {
                    laneEnds.add(end);
                } else {
                    laneEnds.set(lane, end);
                }
                placed.add(new Placed(entry, from, to - from, lane, left ? from - 2 - words : to + 2));
            }
            int height = ROW_PADDING + Math.max(1, laneEnds.size()) * LANE_HEIGHT;
            rows.add(new Row(document, y, height, placed));
            y += height;
        }
        return rows;
    }

    /** The height of the whole picture. */
    public static int height(List<Row> rows) {
        return rows.isEmpty() ? AXIS_HEIGHT + LANE_HEIGHT : rows.get(rows.size() - 1).y() + rows.get(rows.size() - 1).height() + 4;
    }
}
