package org.marginalia.ui.handlers;

import org.eclipse.core.commands.ExecutionEvent;
import org.marginalia.ui.editor.DocumentEditor;

/** Link to Annotation... (L): a relation of the corpus's schema from the selected annotation to one the analyst picks. */
public final class LinkHandler extends EditorHandler<DocumentEditor> {

    public LinkHandler() {
        super(DocumentEditor.class);
    }

    @Override
    protected void execute(DocumentEditor editor, ExecutionEvent event) {
        editor.linkSelected();
    }
}
