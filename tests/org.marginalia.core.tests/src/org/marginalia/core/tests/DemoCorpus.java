package org.marginalia.core.tests;

import java.nio.file.Path;

import org.marginalia.core.corpus.CorpusException;
import org.marginalia.core.corpus.CorpusImporter;
import org.marginalia.core.corpus.LoadedCorpus;

/** The demo corpus of seeds/ (five texts, three analysts), copied into a folder a test may change. */
public final class DemoCorpus {

    public static final String ANA = "ana";
    public static final String BEN = "ben";
    public static final String CHLOE = "chloe";
    public static final String DOC_000 = "000_3ffbc56c78e89f21";
    public static final String DOC_001 = "001_78016d3573fe0450";
    public static final String DOC_003 = "003_8fdbe4dfb0182242";

    private DemoCorpus() {
    }

    public static LoadedCorpus copyInto(Path folder) throws CorpusException {
        return CorpusImporter.importCorpus(Seeds.folder(), folder);
    }
}
