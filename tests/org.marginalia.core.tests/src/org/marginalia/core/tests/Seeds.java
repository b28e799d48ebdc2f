package org.marginalia.core.tests;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/** Finds the project's seeds/ folder: given by the build, or found from the test bundle's folder. */
public final class Seeds {

    private Seeds() {
    }

    public static Path folder() {
        String configured = System.getProperty("marginalia.seeds");
        Path folder = configured != null ? Paths.get(configured) : Paths.get("../../seeds");
        if (!Files.isDirectory(folder)) {
            throw new IllegalStateException("seeds folder not found at " + folder.toAbsolutePath() + " (set -Dmarginalia.seeds)");
        }
        return folder;
    }
}
