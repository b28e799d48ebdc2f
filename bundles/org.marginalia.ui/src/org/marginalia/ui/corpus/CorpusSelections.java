package org.marginalia.ui.corpus;

import org.eclipse.core.runtime.Adapters;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.marginalia.core.corpus.LoadedCorpus;
import org.marginalia.ui.navigator.DocumentNode;

/** The corpus a command or wizard is about: the one selected in the Corpus view, else that of the active editor. */
public final class CorpusSelections {

    private CorpusSelections() {
    }

    /** The corpus, or null when nothing selected or edited belongs to one. */
    public static LoadedCorpus corpusOf(IWorkbench workbench, IStructuredSelection selection) {
        Object first = selection == null ? null : selection.getFirstElement();
        if (first instanceof LoadedCorpus corpus) {
            return corpus;
        }
        if (first instanceof DocumentNode node) {
            return node.corpus();
        }
        IWorkbenchWindow window = workbench == null ? null : workbench.getActiveWorkbenchWindow();
        IWorkbenchPage page = window == null ? null : window.getActivePage();
        IEditorPart editor = page == null ? null : page.getActiveEditor();
        return editor == null ? null : Adapters.adapt(editor.getEditorInput(), LoadedCorpus.class);
    }
}
