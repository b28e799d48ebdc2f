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

    @Override
    public String toString() {
        return file + (element == null ? "" : " (" + element + ")") + ": " + message;
    }
}
