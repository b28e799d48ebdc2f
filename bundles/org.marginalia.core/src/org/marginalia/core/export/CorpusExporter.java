package org.marginalia.core.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.common.util.Monitor;
import org.marginalia.core.corpus.LoadedCorpus;
import org.marginalia.model.AnnotationSet;

/** Writes a corpus and chosen annotation sets in one format. Callers check for existing output first. */
public interface CorpusExporter {

    /** The files this export would write for {@code out}: what must not exist unless overwriting is allowed. */
    List<Path> outputs(LoadedCorpus corpus, Path out);

    /**
     * Writes the export (some of {@link #outputs}); reports its work to the monitor and stops when it is cancelled.
     * Returns what the format could not represent, for the user to read (empty when it kept everything).
     */
    List<String> export(LoadedCorpus corpus, List<AnnotationSet> sets, Path out, Monitor monitor) throws IOException;
}
