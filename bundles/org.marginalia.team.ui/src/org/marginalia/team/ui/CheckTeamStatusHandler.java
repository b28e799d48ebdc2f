package org.marginalia.team.ui;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;
import org.marginalia.core.corpus.LoadedCorpus;
import org.marginalia.ui.corpus.CorpusSelections;

/** Team > Check Team Status: a {@link CheckTeamStatusJob} for the selected corpus or the active editor's. */
public final class CheckTeamStatusHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindowChecked(event);
        LoadedCorpus corpus = CorpusSelections.corpusOf(window.getWorkbench(), HandlerUtil.getCurrentStructuredSelection(event));
        if (corpus == null || !TeamStates.isShared(corpus)) {
            MessageDialog.openInformation(window.getShell(), "Check Team Status", corpus == null
                    ? "Select a corpus in the Corpus view, or open one of its documents, then choose Team > Check Team Status again."
                    : corpus.layout().root() + " is not shared with a team: it is not a Git repository.");
            return null;
        }
        new CheckTeamStatusJob(corpus).schedule();
        return null;
    }
}
