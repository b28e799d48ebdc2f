package org.marginalia.cli.tests;

import java.nio.file.Files;
import java.nio.file.Path;

import org.marginalia.core.corpus.AnnotationStore;
import org.marginalia.core.corpus.CorpusStore;
import org.marginalia.core.corpus.LoadedCorpus;
import org.marginalia.core.io.FileChangedException;
import org.marginalia.core.io.FolderLock;
import org.marginalia.model.AnnotationSet;

/**
 * The main class of the second processes in {@link TwoProcessesTest}. {@code save CORPUS ANALYST DOCUMENT NOTE GO}
 * loads the set, changes a note, waits for the file GO to appear (so both processes have read the file before
 * either writes) and saves: exit 0 saved, 3 refused because the file changed. {@code lock FOLDER} takes the
 * folder's lock, says "locked" and waits to be killed.
 */
public final class SaveProcess {

    private SaveProcess() {
    }

    public static void main(String[] args) throws Exception {
        if (args[0].equals("lock")) {
            FolderLock lock = FolderLock.acquire(Path.of(args[1]));
            System.out.println("locked " + lock);
            System.out.flush();
            Thread.sleep(60_000);
            return;
        }
        LoadedCorpus corpus = CorpusStore.load(Path.of(args[1]));
        AnnotationSet set = AnnotationStore.loadAll(corpus).analystSet(args[2], args[3]).orElseThrow();
        set.getAnnotations().get(0).setNote(args[4]);
        System.out.println("loaded");
        System.out.flush();
        Path go = Path.of(args[5]);
        while (!Files.exists(go)) {
            Thread.sleep(10);
        }
        try {
            AnnotationStore.save(corpus, set);
            System.out.println("saved");
        } catch (FileChangedException e) {
            System.out.println("refused: " + e.getMessage());
            System.exit(3);
        }
    }
}
