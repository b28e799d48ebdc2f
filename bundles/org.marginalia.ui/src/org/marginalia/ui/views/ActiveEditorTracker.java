package org.marginalia.ui.views;

import java.util.function.Consumer;

import org.eclipse.core.runtime.Adapters;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.IWorkbenchPartReference;
import org.marginalia.model.AnnotationSet;

/**
 * Follows which editor a view should show: the one last activated that adapts to a set of annotations (the
 * analyst's editor, the review), until it closes. Views find what they show through the adapter, not by class.
 */
final class ActiveEditorTracker implements IPartListener2 {

    private final IWorkbenchPage page;
    private final Consumer<IEditorPart> onChange;
    private IEditorPart current;

    ActiveEditorTracker(IWorkbenchPage page, Consumer<IEditorPart> onChange) {
        this.page = page;
        this.onChange = onChange;
        page.addPartListener(this);
        if (showsAnnotations(page.getActiveEditor())) {
            show(page.getActiveEditor());
        }
    }

    private static boolean showsAnnotations(IWorkbenchPart part) {
        return part instanceof IEditorPart && Adapters.adapt(part, AnnotationSet.class) != null;
    }

    @Override
    public void partActivated(IWorkbenchPartReference reference) {
        IWorkbenchPart part = reference.getPart(false);
        if (part != current && showsAnnotations(part)) {
            show((IEditorPart) part);
        }
    }

    @Override
    public void partClosed(IWorkbenchPartReference reference) {
        if (reference.getPart(false) == current) {
            IEditorPart other = page.getActiveEditor();
            show(other != current && showsAnnotations(other) ? other : null);
        }
    }

    private void show(IEditorPart editor) {
        current = editor;
        onChange.accept(editor);
    }

    void dispose() {
        page.removePartListener(this);
    }
}
