package org.marginalia.core.corpus;

import java.nio.file.Path;

/**
 * Something wrong in a corpus file, found while reading it: names the file, and the element where one
 * applies, so the user can find it. Problems are reported, never silently repaired.
 */
public record CorpusProblem(Path file, String element, String message) {

    public CorpusProblem(Path file, String message) {
        this(file, null, message);
    }

    /**
     * One line, whatever the file held: a message may quote a stranger's bytes (a parser error does), and a
     * line break or a terminal escape in it must neither split the report nor reach the terminal.
     */
    @Override
    public String toString() {
        return printable(file + (element == null ? "" : " (" + element + ")") + ": " + message);
    }

    private static String printable(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (Character.isISOControl(c)) {
                out.append(c == '\n' ? "\\n" : String.format("\\u%04x", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }
}
