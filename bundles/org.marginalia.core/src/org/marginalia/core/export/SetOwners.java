package org.marginalia.core.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.marginalia.core.corpus.CorpusIds;
import org.marginalia.core.corpus.LoadedCorpus;
import org.marginalia.model.Analyst;

/**
 * Who may own a set in a corpus, for exports written per owner: the analysts the corpus names, those with a
 * folder of sets, and {@value #CURATED} for the curated result.
 */
public final class SetOwners {

    public static final String CURATED = "curated";

    private SetOwners() {
    }

    public static List<String> of(LoadedCorpus corpus) {
        Set<String> owners = new LinkedHashSet<>();
        corpus.corpus().getAnalysts().stream().map(Analyst::getId).forEach(owners::add);
        Path annotations = corpus.layout().annotations();
        if (Files.isDirectory(annotations)) {
            try (Stream<Path> folders = Files.list(annotations)) {
                folders.filter(Files::isDirectory).map(f -> f.getFileName().toString()).filter(CorpusIds::isValid).sorted().forEach(owners::add);
            } catch (IOException e) {
                // Unlisted folders only widen the overwrite check; the sets themselves were loaded before this.
            }
        }
        owners.add(CURATED);
        return List.copyOf(owners);
    }
}
