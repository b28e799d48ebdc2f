package org.marginalia.team.ui;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;
import org.marginalia.core.corpus.LoadedCorpus;
import org.marginalia.ui.corpus.CorpusSelections;

/** Team > Resolve Conflicts...: the {@link ResolveConflictsDialog} of the selected corpus or the active editor's. */
public final class ResolveConflictsHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindowChecked(event);
        LoadedCorpus corpus = CorpusSelections.corpusOf(window.getWorkbench(), HandlerUtil.getCurrentStructuredSelection(event));
        if (corpus == null || !TeamStates.isShared(corpus)) {
            MessageDialog.openInformation(window.getShell(), ResolveConflictsDialog.TITLE, corpus == null
                    ? "Select a corpus in the Corpus view, or open one of its documents, then choose Team > Resolve Conflicts again."
                    : corpus.layout().root() + " is not shared with a team: it is not a Git repository, so no sync merged anything.");
            return null;
        }
        ResolveConflictsDialog.open(window.getShell(), window.getWorkbench(), corpus.layout().root());
        return null;
    }
}
