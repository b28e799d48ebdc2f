package org.marginalia.ui.properties;

import java.util.EventObject;

import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.views.properties.PropertySheetPage;
import org.marginalia.model.Annotation;
import org.marginalia.ui.editor.UndoRedoActions;

/**
 * The Properties view's page for an annotation editor: its values follow every change on the corpus's command
 * stack (undo and redo included, from whichever part), and Ctrl+Z / Edit > Undo work while it has focus.
 */
public final class AnnotationPropertySheetPage extends PropertySheetPage implements CommandStackListener {

    private final CommandStack stack;
    private UndoRedoActions undoRedo;

    public AnnotationPropertySheetPage(AnnotationEditing owner) {
        this.stack = owner.getEditingDomain().getCommandStack();
        setPropertySourceProvider(object -> object instanceof Annotation annotation ? new AnnotationPropertySource(annotation, owner) : null);
        stack.addCommandStackListener(this);
    }

    @Override
    public void setActionBars(IActionBars actionBars) {
        super.setActionBars(actionBars);
        undoRedo = UndoRedoActions.install(actionBars, stack);
    }

    @Override
    public void commandStackChanged(EventObject event) {
        Control control = getControl();
        if (control != null && !control.isDisposed()) {
            control.getDisplay().asyncExec(() -> {
                if (!control.isDisposed()) {
                    refresh();
                }
            });
        }
    }

    @Override
    public void dispose() {
        stack.removeCommandStackListener(this);
        if (undoRedo != null) {
            undoRedo.dispose();
        }
        super.dispose();
    }
}
