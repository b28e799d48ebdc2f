package org.marginalia.ui.handlers;

import org.eclipse.core.commands.ExecutionEvent;
import org.marginalia.ui.editor.DocumentEditor;

/** Marginalia > New Kind...: a kind for the corpus's schema, made from the selected words. */
public final class NewKindHandler extends EditorHandler<DocumentEditor> {

    public NewKindHandler() {
        super(DocumentEditor.class);
    }

    @Override
    protected void execute(DocumentEditor editor, ExecutionEvent event) {
        editor.newKindFromSelection();
    }
}
