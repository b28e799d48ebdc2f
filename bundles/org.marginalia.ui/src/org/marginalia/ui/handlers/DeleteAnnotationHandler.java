package org.marginalia.ui.handlers;

import org.marginalia.ui.editor.DocumentEditor;

/** Deletes the annotation under the caret (undoable). */
public final class DeleteAnnotationHandler extends EditorHandler {

    @Override
    protected void execute(DocumentEditor editor) {
        editor.deleteSelected();
    }
}
