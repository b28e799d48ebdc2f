package org.marginalia.ui.corpus;

import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.marginalia.ui.preferences.MarginaliaPreferences;

/**
 * Once an {@link OpenCorpusJob} is done, makes the workbench work as the analyst the opened folder belongs to
 * ({@link CorpusOwner}) when that is not who it works as: otherwise an analyst opening their clone would tag into
 * another analyst's folder, which their sync would leave alone. Open editors switch as with Switch Analyst, asking
 * first about unsaved changes. The status line says so.
 */
final class WorkAsCorpusOwner extends JobChangeAdapter {

    @Override
    public void done(IJobChangeEvent event) {
        OpenCorpusJob job = (OpenCorpusJob) event.getJob();
        CorpusOwner owner = job.owner();
        if (owner == null || !PlatformUI.isWorkbenchRunning()) {
            return;
        }
        Display display = PlatformUI.getWorkbench().getDisplay();
        display.asyncExec(() -> {
            if (!display.isDisposed() && !owner.analystId().equals(MarginaliaPreferences.analyst())) {
                MarginaliaPreferences.setAnalyst(owner.analystId());
                tell("Working as " + owner.analystId() + ", the analyst of " + job.folder().getFileName()
                        + " (Marginalia > Switch Analyst changes it)");
            }
        });
    }

    /** In the status line of the active part, which is where the window's status line shows messages from. */
    private static void tell(String message) {
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        IWorkbenchPart part = window == null || window.getActivePage() == null ? null : window.getActivePage().getActivePart();
        IActionBars bars = part instanceof IViewPart view ? view.getViewSite().getActionBars()
                : part instanceof IEditorPart editor ? editor.getEditorSite().getActionBars() : null;
        if (bars != null) {
            bars.getStatusLineManager().setMessage(message);
        }
    }
}
