package org.marginalia.team.ui;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.ui.progress.IProgressConstants;
import org.marginalia.core.corpus.LoadedCorpus;
import org.marginalia.team.SyncResult;
import org.marginalia.ui.corpus.AfterJob;
import org.marginalia.ui.corpus.CorpusSelections;

/**
 * Team > Sync Corpus: saves the corpus's changed editors (asking first), syncs in a {@link SyncCorpusJob}, then
 * shows in the workbench what the sync brought ({@link CorpusReload}) and tells the analyst what needs them.
 */
public final class SyncCorpusHandler extends AbstractHandler {

    static final String TITLE = "Sync Corpus";

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindowChecked(event);
        LoadedCorpus corpus = CorpusSelections.corpusOf(window.getWorkbench(), HandlerUtil.getCurrentStructuredSelection(event));
        if (corpus == null || !TeamStates.isShared(corpus)) {
            MessageDialog.openInformation(window.getShell(), TITLE, corpus == null
                    ? "Select a corpus in the Corpus view, or open one of its documents, then choose Team > Sync Corpus again."
                    : corpus.layout().root() + " is not shared with a team yet: make it a Git repository with 'marginalia team init',"
                            + " or clone the team's corpus with 'marginalia team clone'.");
            return null;
        }
        if (!CorpusReload.saveEditors(window.getWorkbench(), corpus)) {
            return null;
        }
        SyncCorpusJob job = new SyncCorpusJob(corpus);
        job.setProperty(IProgressConstants.KEEP_PROPERTY, Boolean.TRUE);
        job.addJobChangeListener(new AfterJob(() -> afterSync(job)));
        job.schedule();
        return null;
    }

    private static void afterSync(SyncCorpusJob job) {
        PlatformUI.getWorkbench().getDecoratorManager().update(TeamDecorator.ID);
        SyncResult result = job.result();
        if (result == null) {
            return;
        }
        if (!result.received().isEmpty()) {
            CorpusReload.reload(PlatformUI.getWorkbench(), job.corpus());
        }
        SyncReport.tellIfNeeded(PlatformUI.getWorkbench().getActiveWorkbenchWindow(), job.corpus(), result);
    }
}
