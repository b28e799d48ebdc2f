package org.marginalia.ui.review;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExecutableExtension;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;
import org.marginalia.ui.editor.CorpusDocumentInput;
import org.marginalia.ui.handlers.EditorHandler;
import org.marginalia.ui.navigator.DocumentNode;

/** The review's commands, as plugin.xml handlers; each acts on the active review. */
public final class ReviewHandlers {

    private ReviewHandlers() {
    }

    private abstract static class OnReview extends EditorHandler<ReviewEditor> {
        OnReview() {
            super(ReviewEditor.class);
        }
    }

    /** Accept version N: the number comes from the command parameter (keys 1-9). */
    public static final class AcceptVersion extends OnReview {
        public static final String PARAMETER = "org.marginalia.ui.commands.acceptVersion.number";

        @Override
        protected void execute(ReviewEditor review, ExecutionEvent event) {
            String number = event.getParameter(PARAMETER);
            review.acceptVersion(number == null ? 1 : Integer.parseInt(number));
        }
    }

    public static final class Reject extends OnReview {
        @Override
        protected void execute(ReviewEditor review, ExecutionEvent event) {
            review.rejectSelected();
        }
    }

    public static final class AutoMerge extends OnReview {
        @Override
        protected void execute(ReviewEditor review, ExecutionEvent event) {
            review.autoMerge();
        }
    }

    /** Next / previous conflict, on the platform's Navigate commands (N, P, Ctrl+., Ctrl+,). */
    public static final class NavigateConflict extends OnReview implements IExecutableExtension {
        private boolean forward = true;

        @Override
        public void setInitializationData(IConfigurationElement config, String property, Object data) {
            forward = !"previous".equals(data);
        }

        @Override
        protected void execute(ReviewEditor review, ExecutionEvent event) {
            review.selectNextConflict(forward);
        }
    }

    /**
     * Opens the review of the documents selected in the Corpus view or, when an annotation editor is active, of
     * the document it shows; says what to do when there is neither.
     */
    public static final class OpenReview extends AbstractHandler {
        @Override
        public Object execute(ExecutionEvent event) throws ExecutionException {
            List<CorpusDocumentInput> documents = new ArrayList<>();
            if (HandlerUtil.getCurrentSelection(event) instanceof IStructuredSelection selection) {
                for (Object element : selection) {
                    if (element instanceof DocumentNode node) {
                        documents.add(new ReviewEditorInput(node.corpus(), node.document()));
                    }
                }
            }
            if (documents.isEmpty() && HandlerUtil.getActiveEditor(event) != null
                    && HandlerUtil.getActiveEditor(event).getEditorInput() instanceof CorpusDocumentInput shown) {
                documents.add(new ReviewEditorInput(shown.getCorpus(), shown.getDocument()));
            }
            if (documents.isEmpty()) {
                MessageDialog.openInformation(HandlerUtil.getActiveShellChecked(event), ReviewTexts.reviewDocumentTitle, ReviewTexts.reviewDocumentHow);
                return null;
            }
            for (CorpusDocumentInput document : documents) {
                try {
                    HandlerUtil.getActiveWorkbenchWindowChecked(event).getActivePage().openEditor(document, ReviewEditor.ID);
                } catch (PartInitException e) {
                    throw new ExecutionException("Cannot open the review of " + document.getDocument().getId(), e);
                }
            }
            return null;
        }
    }
}
