package org.marginalia.core.corpus;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.marginalia.core.io.TextHash;
import org.marginalia.model.Corpus;
import org.marginalia.model.Document;

/** Loads and saves a corpus folder's description and texts. */
public final class CorpusStore {

    private CorpusStore() {
    }

    /**
     * Reads {@code corpus.marginalia} and every document text. A text that is missing, unreadable or whose
     * hash differs from the recorded one is reported; its document stays in the corpus.
     */
    public static LoadedCorpus load(Path root) throws CorpusException {
        CorpusLayout layout = new CorpusLayout(root.toAbsolutePath().normalize());
        if (!layout.isCorpus()) {
            throw new CorpusException(new CorpusProblem(layout.description(), "not found: " + root + " is not a Marginalia corpus folder"));
        }
        List<CorpusProblem> problems = new ArrayList<>();
        Resource resource = CorpusResources.load(CorpusResources.newResourceSet(), layout.description(), problems);
        Corpus corpus = CorpusResources.root(resource, Corpus.class, layout.description());
        for (Document document : corpus.getDocuments()) {
            readText(layout, document, problems);
        }
        return new LoadedCorpus(layout, corpus, problems);
    }

    private static void readText(CorpusLayout layout, Document document, List<CorpusProblem> problems) {
        String element = "document " + document.getId();
        if (document.getPath() == null) {
            problems.add(new CorpusProblem(layout.description(), element, "has no path to its text"));
            return;
        }
        Path file = layout.root().resolve(document.getPath()).normalize();
        if (!file.startsWith(layout.root())) {
            problems.add(new CorpusProblem(layout.description(), element, "points outside the corpus folder: " + document.getPath()));
            return;
        }
        try {
            String text = TextFiles.read(file);
            document.setText(text);
            String hash = TextHash.of(text);
            if (document.getTextHash() != null && !document.getTextHash().equals(hash)) {
                problems.add(new CorpusProblem(file, element,
                        "the text changed since it was imported (SHA-256 " + hash + ", recorded " + document.getTextHash() + ")"));
            }
        } catch (CorpusException e) {
            problems.addAll(e.problems());
        }
    }

    /**
     * Writes a corpus description atomically. The texts are left out: they live in their own files, which
     * the tool never rewrites.
     */
    public static void writeDescription(Corpus corpus, Path file) throws IOException {
        Corpus withoutTexts = EcoreUtil.copy(corpus);
        withoutTexts.getDocuments().forEach(document -> document.setText(null));
        Resource resource = CorpusResources.newResourceSet().createResource(CorpusResources.uriOf(file));
        resource.getContents().add(withoutTexts);
        CorpusResources.save(resource, file);
    }
}
