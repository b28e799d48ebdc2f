package org.marginalia.ui.corpus;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.marginalia.core.corpus.LoadedCorpus;
import org.marginalia.ui.editor.CorpusDocumentInput;

/** The editors of one corpus, in every window: closed together, asking to save first. */
public final class CorpusEditors {

    private CorpusEditors() {
    }

    /** Closes every editor of {@code corpus}, its schema's included; false if the analyst cancelled a save. */
    public static boolean close(IWorkbench workbench, LoadedCorpus corpus) {
        return close(workbench, corpus, true);
    }

    /** Closes the document and review editors of {@code corpus} (before its schema changes); false if a save was cancelled. */
    public static boolean closeDocuments(IWorkbench workbench, LoadedCorpus corpus) {
        return close(workbench, corpus, false);
    }

    private static boolean close(IWorkbench workbench, LoadedCorpus corpus, boolean schemaToo) {
        for (IWorkbenchWindow window : workbench.getWorkbenchWindows()) {
            for (IWorkbenchPage page : window.getPages()) {
                List<IEditorReference> editors = new ArrayList<>();
                for (IEditorReference reference : page.getEditorReferences()) {
                    if (showsCorpus(reference, corpus, schemaToo)) {
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

    private static boolean showsCorpus(IEditorReference reference, LoadedCorpus corpus, boolean schemaToo) {
        try {
            IEditorInput input = reference.getEditorInput();
            LoadedCorpus shown = input instanceof CorpusDocumentInput document ? document.getCorpus()
                    : schemaToo ? input.getAdapter(LoadedCorpus.class) : null;
            return shown != null && shown.layout().root().equals(corpus.layout().root());
        } catch (PartInitException e) {
            // an editor whose input cannot be restored shows nothing of this corpus that could be lost
            return false;
        }
    }
}
