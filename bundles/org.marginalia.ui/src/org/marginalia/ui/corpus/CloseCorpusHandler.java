package org.marginalia.ui.corpus;

import java.util.LinkedHashSet;
import java.util.Set;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.handlers.HandlerUtil;
import org.marginalia.core.corpus.LoadedCorpus;
import org.marginalia.ui.navigator.DocumentNode;

/**
 * Closes the corpora selected in the Corpus view (a selected document stands for its corpus). Their editors
 * close first, asking to save unsaved changes as Eclipse does; if the analyst cancels, the corpus stays open.
 */
public final class CloseCorpusHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        IStructuredSelection selection = HandlerUtil.getCurrentStructuredSelection(event);
        IWorkbench workbench = HandlerUtil.getActiveWorkbenchWindowChecked(event).getWorkbench();
        for (LoadedCorpus corpus : corporaOf(selection)) {
            if (!CorpusEditors.close(workbench, corpus)) {
                return null;
            }
            CorpusSession.getDefault().close(corpus);
        }
        return null;
    }

    private static Set<LoadedCorpus> corporaOf(IStructuredSelection selection) {
        Set<LoadedCorpus> corpora = new LinkedHashSet<>();
        for (Object element : selection) {
            if (element instanceof LoadedCorpus corpus) {
                corpora.add(corpus);
            } else if (element instanceof DocumentNode node) {
                corpora.add(node.corpus());
            }
        }
        return corpora;
    }
}
