package org.marginalia.ui.handlers;

import org.eclipse.core.commands.ExecutionEvent;
import org.marginalia.ui.editor.DocumentEditor;

/** Deletes the annotation under the caret (undoable). */
public final class DeleteAnnotationHandler extends EditorHandler<DocumentEditor> {

    public DeleteAnnotationHandler() {
        super(DocumentEditor.class);
    }

    @Override
    protected void execute(DocumentEditor editor, ExecutionEvent event) {
        editor.deleteSelected();
    }
}
