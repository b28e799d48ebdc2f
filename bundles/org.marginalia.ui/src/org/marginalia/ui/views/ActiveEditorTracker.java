package org.marginalia.ui.views;

import java.util.function.Consumer;

import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.IWorkbenchPartReference;
import org.marginalia.ui.editor.DocumentEditor;

/** Follows which Marginalia editor a view should show: the one last activated, until it closes. */
final class ActiveEditorTracker implements IPartListener2 {

    private final IWorkbenchPage page;
    private final Consumer<DocumentEditor> onChange;
    private DocumentEditor current;

    ActiveEditorTracker(IWorkbenchPage page, Consumer<DocumentEditor> onChange) {
        this.page = page;
        this.onChange = onChange;
        page.addPartListener(this);
        if (page.getActiveEditor() instanceof DocumentEditor editor) {
            show(editor);
        }
    }

    DocumentEditor current() {
        return current;
    }

    @Override
    public void partActivated(IWorkbenchPartReference reference) {
        IWorkbenchPart part = reference.getPart(false);
        if (part instanceof DocumentEditor editor && editor != current) {
            show(editor);
        }
    }

    @Override
    public void partClosed(IWorkbenchPartReference reference) {
        if (reference.getPart(false) == current) {
            show(page.getActiveEditor() instanceof DocumentEditor other && other != current ? other : null);
        }
    }

    private void show(DocumentEditor editor) {
        current = editor;
        onChange.accept(editor);
    }

    void dispose() {
        page.removePartListener(this);
    }
}
