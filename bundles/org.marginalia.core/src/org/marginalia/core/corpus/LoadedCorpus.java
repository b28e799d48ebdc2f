package org.marginalia.core.corpus;

import java.util.List;

import org.marginalia.model.Corpus;

/** A corpus as read from its folder, with what was found wrong in it (never repaired silently). */
public record LoadedCorpus(CorpusLayout layout, Corpus corpus, List<CorpusProblem> problems) {

    public LoadedCorpus {
        problems = List.copyOf(problems);
    }
}
