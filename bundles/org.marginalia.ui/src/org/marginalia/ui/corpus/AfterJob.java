package org.marginalia.ui.corpus;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.PlatformUI;
import org.marginalia.core.corpus.CorpusImporter;
import org.marginalia.core.corpus.CorpusProblem;

/** Runs a step on the UI thread once a job is done: opening what it made, telling what it could not do. */
public final class AfterJob extends JobChangeAdapter {

    private final Runnable step;

    public AfterJob(Runnable step) {
        this.step = step;
    }

    @Override
    public void done(IJobChangeEvent event) {
        if (PlatformUI.isWorkbenchRunning()) {
            Display display = PlatformUI.getWorkbench().getDisplay();
            display.asyncExec(() -> {
                if (!display.isDisposed()) {
                    step.run();
                }
            });
        }
    }

    /** Opens the corpus (if there is one) and then, if there were problems, says which files and why. */
    public static void reopen(Path corpusFolder, List<CorpusProblem> problems, String failed, String title) {
        if (CorpusImporter.isCorpus(corpusFolder)) {
            CorpusOpener.open(corpusFolder);
        }
        if (!problems.isEmpty()) {
            MessageDialog.openError(PlatformUI.getWorkbench().getModalDialogShellProvider().getShell(), title,
                    failed + "\n\n" + ProblemSummary.lines(corpusFolder, problems));
        }
    }
}
