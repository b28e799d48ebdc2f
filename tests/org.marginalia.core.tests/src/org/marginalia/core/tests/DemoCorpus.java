package org.marginalia.core.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.marginalia.core.corpus.CorpusException;
import org.marginalia.core.corpus.AnnotationStore;
import org.marginalia.core.corpus.CorpusImporter;
import org.marginalia.core.corpus.CorpusStore;
import org.marginalia.core.corpus.LoadedCorpus;
import org.marginalia.core.schema.CorpusSchema;
import org.marginalia.model.AnnotationSet;

/** The demo corpus of seeds/ (five texts, three analysts, its schema of events and claims), copied into a folder a test may change. */
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

    /**
     * The demo as its analysts tagged it before their team had a schema: the built-in kinds only, their events and
     * claims left out, for tests that give a corpus a schema of their own.
     */
    public static LoadedCorpus copyWithoutSchema(Path folder) throws CorpusException, IOException {
        LoadedCorpus copy = copyInto(folder);
        for (AnnotationSet set : AnnotationStore.loadAllOrFail(copy).sets()) {
            if (set.getAnnotations().removeIf(annotation -> !CorpusSchema.isBuiltIn(annotation.eClass()))) {
                AnnotationStore.save(copy, set);
            }
        }
        Files.delete(copy.layout().root().resolve(copy.corpus().getSchema()));
        copy.corpus().setSchema(null);
        CorpusStore.writeDescription(copy.corpus(), copy.layout().description());
        return CorpusStore.load(folder);
    }
}
