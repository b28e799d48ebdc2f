package org.marginalia.team;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Git guards each file it rewrites ({@code index}, {@code HEAD}, a branch) with a {@code .lock} file beside it;
 * a sync killed while it held one leaves it, and every later update would be refused. Called while the sync
 * holds the corpus's locks, so no other sync of this clone is running: any such file left is stale. (A
 * {@code git} program run by hand in the clone at that moment is not guarded against.)
 */
final class StaleGitLocks {

    private StaleGitLocks() {
    }

    static void delete(Path gitDir) throws IOException {
        for (String name : List.of("index.lock", "HEAD.lock", "packed-refs.lock", "config.lock", "ORIG_HEAD.lock", "FETCH_HEAD.lock")) {
            Files.deleteIfExists(gitDir.resolve(name));
        }
        Path refs = gitDir.resolve("refs");
        if (Files.isDirectory(refs)) {
            try (Stream<Path> files = Files.walk(refs)) {
                for (Path lock : files.filter(f -> f.getFileName().toString().endsWith(".lock")).toList()) {
                    Files.deleteIfExists(lock);
                }
            }
        }
    }
}
