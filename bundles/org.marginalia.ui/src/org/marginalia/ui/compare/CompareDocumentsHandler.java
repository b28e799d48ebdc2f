package org.marginalia.ui.compare;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;
import org.marginalia.ui.navigator.DocumentNode;

/** Opens the documents selected in the Corpus view (two or more, of one corpus) side by side; says what to select otherwise. */
public final class CompareDocumentsHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        IStructuredSelection selection = HandlerUtil.getCurrentStructuredSelection(event);
        List<DocumentNode> documents = new ArrayList<>();
        for (Object element : selection) {
            if (element instanceof DocumentNode node) {
                documents.add(node);
            }
        }
        if (documents.size() < 2) {
            MessageDialog.openInformation(HandlerUtil.getActiveShellChecked(event), "Compare Documents", CompareTexts.chooseTwo);
            return null;
        }
        if (documents.stream().anyMatch(node -> node.corpus() != documents.get(0).corpus())) {
            MessageDialog.openInformation(HandlerUtil.getActiveShellChecked(event), "Compare Documents", CompareTexts.notSameCorpus);
            return null;
        }
        try {
            HandlerUtil.getActiveWorkbenchWindowChecked(event).getActivePage().openEditor(
                    new CompareEditorInput(documents.get(0).corpus(), documents.stream().map(DocumentNode::document).toList()), CompareEditor.ID);
        } catch (PartInitException e) {
            throw new ExecutionException("Cannot compare the documents", e);
        }
        return null;
    }
}
