package org.marginalia.core.text;

import java.util.Arrays;

/**
 * A document's text as an editor shows it: no line longer than about {@link #MAX_LINE} characters, because
 * text widgets lay out a whole line at a time and a one-line article of 100,000 characters takes them
 * minutes. A long line is broken at a space, which is swapped for a line break (the offsets stay the same);
 * a stretch without spaces (Japanese, Chinese, a URL) gets a line break inserted between two characters,
 * never inside a surrogate pair, and only those insertions shift offsets. Everything that crosses between
 * the widget and the document goes through {@link #toDisplay} and {@link #toDocument}; copying takes the
 * document's own characters, so the analyst never sees the difference.
 */
public final class DisplayText {

    public static final int MAX_LINE = 500;
    /** How far back from the limit a break looks for a space before it inserts one. */
    private static final int LOOK_BACK = 200;

    private final String document;
    private final String display;
    /** Document offsets before which a line break was inserted, ascending. */
    private final int[] inserted;

    private DisplayText(String document, String display, int[] inserted) {
        this.document = document;
        this.display = display;
        this.inserted = inserted;
    }

    public static DisplayText of(String document) {
        return of(document, MAX_LINE);
    }

    static DisplayText of(String document, int maxLine) {
        StringBuilder display = null;
        int[] inserted = new int[0];
        int insertions = 0;
        int lineStart = 0;
        int i = 0;
        int length = document.length();
        while (i < length) {
            char c = document.charAt(i);
            if (c == '\n' || c == '\r') {
                lineStart = i + 1;
                i++;
                continue;
            }
            if (i - lineStart < maxLine) {
                i++;
                continue;
            }
            if (display == null) {
                display = new StringBuilder(document);
            }
            int space = lastSpace(document, i, Math.max(lineStart + 1, i - LOOK_BACK));
            if (space >= 0) {
                display.setCharAt(space + insertions, '\n');
                lineStart = space + 1;
            } else {
                int at = Graphemes.start(document, i);
                display.insert(at + insertions, '\n');
                if (insertions == inserted.length) {
                    inserted = Arrays.copyOf(inserted, Math.max(8, insertions * 2));
                }
                inserted[insertions++] = at;
                lineStart = at;
            }
            i = lineStart + 1;
        }
        return new DisplayText(document, display == null ? document : display.toString(), Arrays.copyOf(inserted, insertions));
    }

    private static int lastSpace(String text, int from, int limit) {
        for (int i = from; i >= limit; i--) {
            if (text.charAt(i) == ' ') {
                return i;
            }
        }
        return -1;
    }

    public String document() {
        return document;
    }

    /** What the widget is given. */
    public String display() {
        return display;
    }

    /** Whether any offset differs between the two (only inserted breaks shift offsets). */
    public boolean shiftsOffsets() {
        return inserted.length > 0;
    }

    /** The display offset of a document offset; an offset at an inserted break lands after it. */
    public int toDisplay(int documentOffset) {
        if (inserted.length == 0) {
            return documentOffset;
        }
        return documentOffset + upperBound(inserted, documentOffset);
    }

    /** The document offset of a display offset; an inserted break maps to the offset of the character after it. */
    public int toDocument(int displayOffset) {
        if (inserted.length == 0) {
            return displayOffset;
        }
        int low = 0;
        int high = inserted.length;
        // the k-th insertion (0-based) sits at display offset inserted[k] + k
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (inserted[mid] + mid < displayOffset) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return displayOffset - low;
    }

    /** The document's characters between two display offsets: what Copy puts on the clipboard. */
    public String documentText(int displayBegin, int displayEnd) {
        return document.substring(toDocument(displayBegin), toDocument(displayEnd));
    }

    /** The number of values in the sorted array that are at most {@code value}. */
    private static int upperBound(int[] sorted, int value) {
        int low = 0;
        int high = sorted.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (sorted[mid] <= value) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }
}
