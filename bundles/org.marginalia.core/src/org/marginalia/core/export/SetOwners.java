package org.marginalia.core.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.marginalia.core.corpus.CorpusIds;
import org.marginalia.core.corpus.LoadedCorpus;
import org.marginalia.model.Analyst;
import org.marginalia.model.AnnotationSet;
import org.marginalia.model.Document;

/**
 * Who may own a set in a corpus, for exports written per owner: the analysts the corpus names, those with a
 * folder of sets, and {@value #CURATED} for the curated result.
 */
public final class SetOwners {

    public static final String CURATED = "curated";

    private SetOwners() {
    }

    /**
     * For each owner of {@code sets}, what an export per owner leaves out: the corpus's documents that owner has no
     * set for (an analyst who did not read a document has nothing to say about it, not "nothing found").
     */
    public static List<String> documentsWithoutSets(LoadedCorpus corpus, List<AnnotationSet> sets, String fileSuffix) {
        Map<String, Set<String>> read = new LinkedHashMap<>();
        for (AnnotationSet set : sets) {
            read.computeIfAbsent(set.isCurated() ? CURATED : set.getAnalystId(), o -> new LinkedHashSet<>()).add(set.getDocument().getId());
        }
        List<String> missing = new ArrayList<>();
        read.forEach((owner, documents) -> {
            List<String> without = corpus.corpus().getDocuments().stream().map(Document::getId).filter(id -> !documents.contains(id)).toList();
            if (!without.isEmpty()) {
                missing.add(owner + fileSuffix + ": " + owner + " has no set for " + without.size() + (without.size() == 1 ? " document" : " documents")
                        + ", left out: " + String.join(", ", without));
            }
        });
        return missing;
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
