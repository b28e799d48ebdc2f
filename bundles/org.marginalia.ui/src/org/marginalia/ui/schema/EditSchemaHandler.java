package org.marginalia.ui.schema;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;
import org.marginalia.core.corpus.LoadedCorpus;
import org.marginalia.ui.editor.CorpusDocumentInput;
import org.marginalia.ui.navigator.DocumentNode;

/** Marginalia > Edit Schema: the schema editor of the selected corpus, or of the one the active editor shows. */
public final class EditSchemaHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindowChecked(event);
        LoadedCorpus corpus = corpusOf(HandlerUtil.getCurrentSelection(event), HandlerUtil.getActiveEditor(event));
        if (corpus == null) {
            MessageDialog.openInformation(window.getShell(), "Edit Schema",
                    "Select a corpus in the Corpus view, or open one of its documents, then choose Marginalia > Edit Schema again.");
            return null;
        }
        try {
            window.getActivePage().openEditor(new SchemaEditorInput(corpus), SchemaEditor.ID);
        } catch (PartInitException e) {
            throw new ExecutionException("Cannot open the schema of " + corpus.layout().root(), e);
        }
        return null;
    }

    private static LoadedCorpus corpusOf(ISelection selection, IEditorPart editor) {
        if (selection instanceof IStructuredSelection structured) {
            Object first = structured.getFirstElement();
            if (first instanceof LoadedCorpus corpus) {
                return corpus;
            }
            if (first instanceof DocumentNode node) {
                return node.corpus();
            }
        }
        if (editor != null && editor.getEditorInput() instanceof CorpusDocumentInput input) {
            return input.getCorpus();
        }
        return editor != null ? editor.getEditorInput().getAdapter(LoadedCorpus.class) : null;
    }
}
