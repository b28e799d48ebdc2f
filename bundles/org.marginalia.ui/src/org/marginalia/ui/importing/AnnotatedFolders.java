package org.marginalia.ui.importing;

import java.nio.file.Path;

import org.marginalia.core.corpus.AnnotatedAddition;
import org.marginalia.core.corpus.AnnotatorFolders;
import org.marginalia.core.corpus.CorpusException;
import org.marginalia.core.corpus.CorpusImporter;
import org.marginalia.core.formats.brat.BratImport;
import org.marginalia.core.formats.uima.UimaImport;

/** Folders that bring annotations and a schema of their own (brat, UIMA CAS XMI), as the import wizard tells them from texts. */
final class AnnotatedFolders {

    /** Whose annotations a folder of one annotator's files holds when its name is no analyst id. */
    static final String ANNOTATOR = "annotator";

    private AnnotatedFolders() {
    }

    static boolean isAnnotated(Path folder) {
        return !CorpusImporter.isCorpus(folder) && (BratImport.isBrat(folder) || UimaImport.isUima(folder));
    }

    /** The folder's documents, annotations and schema, read as {@code import} reads them. */
    static AnnotatedAddition.Material read(Path folder) throws CorpusException {
        String analyst = AnnotatorFolders.analystOf(folder, ANNOTATOR);
        return BratImport.isBrat(folder) ? BratImport.read(folder, analyst) : UimaImport.read(folder, analyst);
    }
}
