package org.marginalia.ui.corpus;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.progress.IProgressConstants;
import org.marginalia.core.corpus.CorpusException;
import org.marginalia.core.corpus.CorpusImporter;
import org.marginalia.core.corpus.CorpusProblem;

/**
 * Makes a new corpus of a folder's .txt texts with the importer (which writes only a new folder, and nothing
 * at all if any text is bad), then opens it; if it cannot, the analyst is told which files are the matter.
 */
final class MakeCorpusJob extends Job {

    static final String FAILED = "Corpus Not Made";

    private final Path texts;
    private final Path target;
    private volatile List<CorpusProblem> problems = List.of();

    MakeCorpusJob(Path texts, Path target) {
        super("Making a corpus of the texts in " + texts.getFileName());
        this.texts = texts;
        this.target = target;
        setUser(true);
        setProperty(IProgressConstants.NO_IMMEDIATE_ERROR_PROMPT_PROPERTY, Boolean.TRUE);
        addJobChangeListener(new AfterJob(this::afterwards));
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        try {
            Path name = texts.toAbsolutePath().normalize().getFileName();
            CorpusImporter.importTexts(texts, target, name == null ? "Texts" : name.toString());
            return Status.OK_STATUS;
        } catch (CorpusException e) {
            problems = e.problems();
            return Status.error("No corpus was made of " + texts + ": " + e.getMessage());
        }
    }

    private void afterwards() {
        if (problems.isEmpty()) {
            CorpusOpener.open(target);
        } else {
            MessageDialog.openError(PlatformUI.getWorkbench().getModalDialogShellProvider().getShell(), FAILED,
                    "No corpus was made of the texts in " + texts + "; nothing was written:\n\n" + ProblemSummary.lines(texts, problems));
        }
    }
}
