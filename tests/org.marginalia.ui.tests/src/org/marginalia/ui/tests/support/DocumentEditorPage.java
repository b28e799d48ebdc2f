package org.marginalia.ui.tests.support;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.marginalia.ui.editor.DocumentEditor;

/** An open document editor, seen through its widgets. */
public final class DocumentEditorPage {

    private final DocumentEditor editor;

    DocumentEditorPage(DocumentEditor editor) {
        this.editor = editor;
    }

    public String text() {
        return UI.call(() -> editor.getTextWidget().getText());
    }

    public boolean isEditable() {
        return UI.call(() -> editor.getTextWidget().getEditable());
    }

    public String title() {
        return UI.call(editor::getPartName);
    }

    public String documentId() {
        return UI.call(() -> editor.getDocumentInput().getDocument().getId());
    }

    /** Types into the text widget through SWT key events, as a keyboard would. */
    public void type(char character) {
        UI.run(() -> {
            Event event = new Event();
            event.character = character;
            event.keyCode = character;
            editor.getTextWidget().setFocus();
            editor.getTextWidget().notifyListeners(SWT.KeyDown, event);
        });
    }
}
