package org.marginalia.ui.tests.support;

import java.nio.file.Path;
import java.nio.file.Paths;

import org.marginalia.core.corpus.CorpusException;
import org.marginalia.core.corpus.CorpusImporter;
import org.marginalia.core.corpus.LoadedCorpus;
import org.marginalia.ui.corpus.CorpusSession;

/** The demo corpus of seeds/, copied into a folder a test may change, and opened in the workbench. */
public final class DemoCorpus {

    private DemoCorpus() {
    }

    public static Path seeds() {
        return Paths.get(System.getProperty("marginalia.seeds", "../../seeds"));
    }

    public static LoadedCorpus openCopy(Path folder) throws CorpusException {
        CorpusImporter.importCorpus(seeds(), folder);
        return CorpusSession.getDefault().open(folder);
    }
}
