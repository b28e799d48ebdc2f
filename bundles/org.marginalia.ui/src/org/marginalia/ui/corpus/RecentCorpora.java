package org.marginalia.ui.corpus;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.preference.IPreferenceStore;
import org.marginalia.ui.preferences.MarginaliaPreferences;

/** The corpus folders opened last, newest first, kept in the workspace's preferences for File > Recent Corpora. */
public final class RecentCorpora {

    static final String KEY = "recentCorpora";
    static final int MAX = 6;

    private RecentCorpora() {
    }

    public static List<Path> list() {
        List<Path> folders = new ArrayList<>();
        for (String line : store().getString(KEY).split("\n")) {
            if (!line.isBlank()) {
                folders.add(Path.of(line));
            }
        }
        return folders;
    }

    /** Puts {@code folder} first, dropping an earlier mention and the oldest beyond {@value #MAX}. */
    static void remember(Path folder) {
        Path absolute = folder.toAbsolutePath().normalize();
        List<Path> folders = new ArrayList<>(list());
        folders.remove(absolute);
        folders.add(0, absolute);
        store().setValue(KEY, String.join("\n", folders.subList(0, Math.min(MAX, folders.size())).stream().map(Path::toString).toList()));
    }

    private static IPreferenceStore store() {
        return MarginaliaPreferences.store();
    }
}
