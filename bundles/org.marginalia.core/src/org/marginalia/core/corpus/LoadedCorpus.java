package org.marginalia.core.corpus;

import java.util.List;

import org.eclipse.emf.ecore.resource.ResourceSet;
import org.marginalia.model.Corpus;
import org.marginalia.model.Document;

/**
 * A corpus as read from its folder, with what was found wrong in it (never repaired silently), and the
 * confinement every later read or write of its files goes through.
 */
public record LoadedCorpus(CorpusLayout layout, ConfinedFolder folder, Corpus corpus, List<CorpusProblem> problems) {

    public LoadedCorpus {
        problems = List.copyOf(problems);
    }

    /** The resource set holding the description; annotation sets are loaded into it so references resolve. */
    public ResourceSet resources() {
        return corpus.eResource().getResourceSet();
    }

    public Document document(String id) {
        return corpus.getDocuments().stream().filter(d -> id.equals(d.getId())).findFirst().orElse(null);
    }
}
