package org.marginalia.core.corpus;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where things live in a corpus folder. One writer per file: the importer writes the description and the
 * texts, each analyst writes only under {@code annotations/<analyst>/}, and only the review writes
 * {@code curated/}.
 */
public record CorpusLayout(Path root) {

    public static final String DESCRIPTION = "corpus.marginalia";
    public static final String DOCUMENTS = "documents";
    public static final String ANNOTATIONS = "annotations";
    public static final String CURATED = "curated";

    public Path description() {
        return root.resolve(DESCRIPTION);
    }

    public Path documents() {
        return root.resolve(DOCUMENTS);
    }

    public Path annotations() {
        return root.resolve(ANNOTATIONS);
    }

    public Path curated() {
        return root.resolve(CURATED);
    }

    /** The path of a document's text relative to the corpus root, as recorded in the description. */
    public static String documentPath(String documentId) {
        return DOCUMENTS + "/" + documentId + ".txt";
    }

    public boolean isCorpus() {
        return Files.isRegularFile(description());
    }
}
