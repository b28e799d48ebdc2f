package org.marginalia.ui.handlers;

import org.eclipse.core.commands.ExecutionEvent;
import org.marginalia.ui.editor.DocumentEditor;

/** Find in the document (Ctrl+F) and tagging every match of an annotation's words like it (A). */
public final class FindHandlers {

    private FindHandlers() {
    }

    /** Opens the editor's find bar on the platform's Find/Replace command. */
    public static final class Find extends EditorHandler<DocumentEditor> {
        public Find() {
            super(DocumentEditor.class);
        }

        @Override
        protected void execute(DocumentEditor editor, ExecutionEvent event) {
            editor.showFindBar();
        }
    }

    public static final class TagAllMatches extends EditorHandler<DocumentEditor> {
        public TagAllMatches() {
            super(DocumentEditor.class);
        }

        @Override
        protected void execute(DocumentEditor editor, ExecutionEvent event) {
            editor.tagAllMatches();
        }
    }
}
