package org.marginalia.ui.corpus;

import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.marginalia.core.corpus.LoadedCorpus;

/**
 * Tells the analyst, once an {@link OpenCorpusJob} is done, what was wrong with the corpus: the problems it
 * opened with (which the editors show as they were found), or why it could not be opened. A corpus without
 * problems opens silently.
 */
final class OpenCorpusReport extends JobChangeAdapter {

    static final String OPENED_WITH_PROBLEMS = "Corpus Opened with Problems";
    static final String NOT_OPENED = "Corpus Not Opened";

    @Override
    public void done(IJobChangeEvent event) {
        OpenCorpusJob job = (OpenCorpusJob) event.getJob();
        if (job.problems().isEmpty() || !PlatformUI.isWorkbenchRunning()) {
            return;
        }
        Display display = PlatformUI.getWorkbench().getDisplay();
        display.asyncExec(() -> {
            if (!display.isDisposed()) {
                show(job);
            }
        });
    }

    private static void show(OpenCorpusJob job) {
        Shell shell = PlatformUI.getWorkbench().getModalDialogShellProvider().getShell();
        LoadedCorpus corpus = job.opened();
        String problems = ProblemSummary.lines(job.folder(), job.problems());
        if (corpus == null) {
            MessageDialog.openError(shell, NOT_OPENED, "The corpus in " + job.folder() + " could not be opened:\n\n" + problems);
            return;
        }
        String message = "The corpus \u201c" + corpus.corpus().getName() + "\u201d in " + job.folder() + " opened with "
                + ProblemSummary.count(job.problems().size()) + ". Nothing was repaired or rewritten: "
                + "the files are shown as they were found.\n\n" + problems
                + "\nAll of them are listed in the Problems view.";
        MessageDialog dialog = new MessageDialog(shell, OPENED_WITH_PROBLEMS, null, message, MessageDialog.WARNING, 1,
                "Show Problems View", "Close");
        if (dialog.open() == 0) {
            showProblemsView();
        }
    }

    private static void showProblemsView() {
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        if (window == null || window.getActivePage() == null) {
            return;
        }
        try {
            window.getActivePage().showView(IPageLayout.ID_PROBLEM_VIEW);
        } catch (PartInitException e) {
            MessageDialog.openError(window.getShell(), OPENED_WITH_PROBLEMS, "The Problems view cannot be shown: " + e.getMessage());
        }
    }
}
