package org.marginalia.ui.corpus;

import java.nio.file.Path;

import org.eclipse.ui.progress.IProgressConstants;
import org.marginalia.core.corpus.CorpusImporter;

/**
 * Opens a folder the analyst chose (Open Corpus, or the corpus given at start-up) and tells them what came of
 * it: a folder of plain texts is explained, with an offer to make a corpus of them; a corpus with problems
 * gets a summary; a folder that records its analyst (a team clone) is worked on as that analyst. Call on the UI
 * thread.
 */
public final class CorpusOpener {

    private CorpusOpener() {
    }

    public static void open(Path folder) {
        if (!CorpusImporter.isCorpus(folder)) {
            NotACorpusDialog.open(folder);
            return;
        }
        OpenCorpusJob job = new OpenCorpusJob(folder);
        // OpenCorpusReport names the files; the job manager's own "Problem Occurred" dialog would not.
        job.setProperty(IProgressConstants.NO_IMMEDIATE_ERROR_PROMPT_PROPERTY, Boolean.TRUE);
        job.addJobChangeListener(new OpenCorpusReport());
        job.addJobChangeListener(new WorkAsCorpusOwner());
        job.schedule();
    }
}
