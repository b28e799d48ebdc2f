package org.marginalia.team;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.marginalia.core.corpus.AnnotationStore;
import org.marginalia.core.corpus.CorpusLayout;

/**
 * The annotation set files of a clone, searched as text: which sets refer to an element of the corpus description,
 * without loading every set (a team's corpus may hold tens of thousands). A reference is the href an XMI set
 * writes, such as {@code #person.takeshi-iwaya"}.
 */
final class SetFiles {

    private SetFiles() {
    }

    /** Every analyst's folder and curated/, those that exist. */
    static List<Path> folders(CorpusLayout layout) {
        List<Path> folders = new ArrayList<>();
        AnnotationStore.analystIds(layout).forEach(analyst -> folders.add(layout.annotations().resolve(analyst)));
        folders.add(layout.curated());
        return folders.stream().filter(Files::isDirectory).toList();
    }

    /** The set files whose text holds {@code reference}, in folder and name order. */
    static List<Path> referring(CorpusLayout layout, String reference) throws IOException {
        List<Path> sets = new ArrayList<>();
        for (Path folder : folders(layout)) {
            try (Stream<Path> files = Files.list(folder)) {
                for (Path file : files.filter(f -> f.toString().endsWith(TeamPaths.SET_EXTENSION)).sorted().toList()) {
                    if (Files.readString(file).contains(reference)) {
                        sets.add(file);
                    }
                }
            }
        }
        return sets;
    }
}
