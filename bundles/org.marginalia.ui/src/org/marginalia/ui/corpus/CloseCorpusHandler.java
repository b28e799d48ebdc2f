package org.marginalia.ui.corpus;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;
import org.marginalia.core.corpus.LoadedCorpus;
import org.marginalia.ui.editor.CorpusDocumentInput;
import org.marginalia.ui.navigator.DocumentNode;

/**
 * Closes the corpora selected in the Corpus view (a selected document stands for its corpus). Their editors
 * close first, asking to save unsaved changes as Eclipse does; if the analyst cancels, the corpus stays open.
 */
public final class CloseCorpusHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        IStructuredSelection selection = HandlerUtil.getCurrentStructuredSelection(event);
        IWorkbenchWindow[] windows = HandlerUtil.getActiveWorkbenchWindowChecked(event).getWorkbench().getWorkbenchWindows();
        for (LoadedCorpus corpus : corporaOf(selection)) {
            if (!closeEditors(windows, corpus)) {
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

    /** Closes every editor of the corpus in every window; false if the analyst cancelled a save. */
    private static boolean closeEditors(IWorkbenchWindow[] windows, LoadedCorpus corpus) throws ExecutionException {
        for (IWorkbenchWindow window : windows) {
            for (IWorkbenchPage page : window.getPages()) {
                List<IEditorReference> editors = new ArrayList<>();
                for (IEditorReference reference : page.getEditorReferences()) {
                    if (showsCorpus(reference, corpus)) {
                        editors.add(reference);
                    }
                }
                if (!editors.isEmpty() && !page.closeEditors(editors.toArray(IEditorReference[]::new), true)) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean showsCorpus(IEditorReference reference, LoadedCorpus corpus) throws ExecutionException {
        try {
            return reference.getEditorInput() instanceof CorpusDocumentInput input
                    && input.getCorpus().layout().root().equals(corpus.layout().root());
        } catch (PartInitException e) {
            throw new ExecutionException("Cannot tell which corpus " + reference.getTitle() + " belongs to", e);
        }
    }
}
