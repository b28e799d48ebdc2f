package org.marginalia.ui.navigator;

import java.nio.file.Path;
import java.util.List;

import org.marginalia.core.corpus.LoadedCorpus;

/**
 * Where a corpus lives, said as briefly as the open corpora allow: its folder's name, or as many trailing
 * folders as it takes to tell it from every other open corpus of the same name (".../a/demo" and ".../b/demo").
 */
final class CorpusLocations {

    private CorpusLocations() {
    }

    static String distinguishing(LoadedCorpus corpus, List<LoadedCorpus> open) {
        Path root = rootOf(corpus);
        List<Path> namesakes = open.stream()
                .filter(other -> !rootOf(other).equals(root) && other.corpus().getName().equals(corpus.corpus().getName()))
                .map(CorpusLocations::rootOf)
                .toList();
        int segments = 1;
        while (segments < root.getNameCount() && !distinct(root, namesakes, segments)) {
            segments++;
        }
        return tail(root, segments);
    }

    private static boolean distinct(Path root, List<Path> others, int segments) {
        String mine = tail(root, segments);
        return others.stream().noneMatch(other -> tail(other, segments).equals(mine));
    }

    private static String tail(Path path, int segments) {
        int count = path.getNameCount();
        if (segments >= count) {
            return path.toString();
        }
        return "\u2026/" + path.subpath(count - segments, count).toString().replace('\\', '/');
    }

    private static Path rootOf(LoadedCorpus corpus) {
        return corpus.layout().root().toAbsolutePath().normalize();
    }
}
