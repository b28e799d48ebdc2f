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

    /** Find Next and Find Previous (Ctrl+K and Ctrl+Shift+K) in the document. */
    public static final class FindNext extends EditorHandler<DocumentEditor> {
        public FindNext() {
            super(DocumentEditor.class);
        }

        @Override
        protected void execute(DocumentEditor editor, ExecutionEvent event) {
            editor.findNext(!"org.marginalia.ui.commands.findPrevious".equals(event.getCommand().getId()));
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
