package org.marginalia.core.corpus;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.marginalia.core.io.AtomicFiles;
import org.marginalia.core.io.TextHash;

/**
 * A list an analyst keeps in their own folder beside their sets (what they dismissed, what they rejected): one
 * line per entry, a SHA-256 key and a few words for a human reader, written whole and atomically. Only that
 * analyst writes it, so it travels with their work; a line that cannot be read is skipped.
 */
public final class AnalystList {

    private final Path file;
    private final Map<String, String> entries;

    private AnalystList(Path file, Map<String, String> entries) {
        this.file = file;
        this.entries = entries;
    }

    public static AnalystList of(CorpusLayout layout, String analystId, String fileName) throws CorpusException {
        AnnotationStore.checkAnalystId(analystId);
        Path file = layout.annotations().resolve(analystId).resolve(fileName);
        Map<String, String> entries = new LinkedHashMap<>();
        if (Files.exists(file)) {
            String text = new String(new ConfinedFolder(layout.root()).read(file, ConfinedFolder.TEXT_LIMIT), StandardCharsets.UTF_8);
            for (String line : text.lines().toList()) {
                String[] fields = line.split("\t", 2);
                if (fields.length == 2 && fields[0].matches("[0-9a-f]{64}")) {
                    entries.put(fields[0], fields[1]);
                }
            }
        }
        return new AnalystList(file, entries);
    }

    /** A key for what {@code identity} says, stable from run to run. */
    public static String key(String identity) {
        return TextHash.of(identity);
    }

    public boolean contains(String key) {
        return entries.containsKey(key);
    }

    public Set<String> keys() {
        return entries.keySet();
    }

    public void add(String key, String label) throws IOException {
        entries.put(key, label.replaceAll("[\\t\\r\\n]+", " "));
        StringBuilder text = new StringBuilder();
        entries.forEach((k, what) -> text.append(k).append('\t').append(what).append('\n'));
        Files.createDirectories(file.getParent());
        AtomicFiles.write(file, text.toString().getBytes(StandardCharsets.UTF_8));
    }
}
