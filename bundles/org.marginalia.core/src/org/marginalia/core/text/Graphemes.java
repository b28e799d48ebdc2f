package org.marginalia.core.text;

import java.text.BreakIterator;
import java.util.Locale;

/**
 * Boundaries of user-perceived characters (a letter with its accents, a surrogate pair, an emoji sequence),
 * so that no span and no display break ever cuts one. The break iterator is given a window around the offset
 * only: given a whole document it would scan all of it, and such a character is far shorter than the window.
 */
public final class Graphemes {

    private static final int WINDOW = 64;

    private Graphemes() {
    }

    /** {@code offset} if it lies between two user-perceived characters, else the start of the one it falls in. */
    public static int start(String text, int offset) {
        return boundary(text, offset, false);
    }

    /** {@code offset} if it lies between two user-perceived characters, else the end of the one it falls in. */
    public static int end(String text, int offset) {
        return boundary(text, offset, true);
    }

    private static int boundary(String text, int offset, boolean forward) {
        if (offset <= 0 || offset >= text.length()) {
            return offset;
        }
        int from = Math.max(0, offset - WINDOW);
        BreakIterator characters = BreakIterator.getCharacterInstance(Locale.ROOT);
        characters.setText(text.substring(from, Math.min(text.length(), offset + WINDOW)));
        int local = offset - from;
        if (characters.isBoundary(local)) {
            return offset;
        }
        return from + (forward ? characters.following(local) : characters.preceding(local));
    }
}
