package org.marginalia.core.compare;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.marginalia.core.assist.Finding;
import org.marginalia.core.corpus.AnnotationStore;
import org.marginalia.core.corpus.ConfinedFolder;
import org.marginalia.core.corpus.CorpusException;
import org.marginalia.core.corpus.CorpusLayout;
import org.marginalia.core.io.AtomicFiles;
import org.marginalia.core.io.TextHash;

/**
 * The candidates an analyst dismissed, kept in the analyst's own folder ({@value #FILE} beside their sets, so it
 * travels with their work and nobody else writes it). A candidate is known by its type and the texts of its
 * sources, so it stays dismissed as long as those texts say the same, whichever run found it.
 */
public final class DismissedCandidates {

    public static final String FILE = "dismissed-candidates.tsv";

    private final Path file;
    private final Map<String, String> dismissed;

    private DismissedCandidates(Path file, Map<String, String> dismissed) {
        this.file = file;
        this.dismissed = dismissed;
    }

    /** The analyst's dismissals; none when the file is missing. A line that cannot be read is skipped. */
    public static DismissedCandidates of(CorpusLayout layout, String analystId) throws CorpusException {
        AnnotationStore.checkAnalystId(analystId);
        Path file = layout.annotations().resolve(analystId).resolve(FILE);
        Map<String, String> dismissed = new LinkedHashMap<>();
        if (Files.exists(file)) {
            String text = new String(new ConfinedFolder(layout.root()).read(file, ConfinedFolder.TEXT_LIMIT), StandardCharsets.UTF_8);
            for (String line : text.lines().toList()) {
                String[] fields = line.split("\t", 2);
                if (fields.length == 2 && fields[0].matches("[0-9a-f]{64}")) {
                    dismissed.put(fields[0], fields[1]);
                }
            }
        }
        return new DismissedCandidates(file, dismissed);
    }

    /** Type, then each source's document and text, in a fixed order. */
    public static String key(Finding candidate) {
        StringBuilder identity = new StringBuilder(candidate.type().name());
        candidate.sources().stream().sorted(Comparator.comparing(Finding.Source::documentId).thenComparing(Finding.Source::text))
                .forEach(source -> identity.append('\n').append(source.documentId()).append('\t').append(source.text()));
        return TextHash.of(identity.toString());
    }

    public boolean isDismissed(Finding candidate) {
        return dismissed.containsKey(key(candidate));
    }

    public List<Finding> without(List<Finding> candidates) {
        return candidates.stream().filter(candidate -> !isDismissed(candidate)).toList();
    }

    public Set<String> keys() {
        return dismissed.keySet();
    }

    /** Remembers the dismissal in the analyst's file, written whole and atomically. */
    public void dismiss(Finding candidate) throws IOException {
        dismissed.put(key(candidate), (candidate.type().label() + ": " + candidate.subject()).replaceAll("[\\t\\r\\n]+", " "));
        StringBuilder text = new StringBuilder();
        dismissed.forEach((key, what) -> text.append(key).append('\t').append(what).append('\n'));
        Files.createDirectories(file.getParent());
        AtomicFiles.write(file, text.toString().getBytes(StandardCharsets.UTF_8));
    }
}
