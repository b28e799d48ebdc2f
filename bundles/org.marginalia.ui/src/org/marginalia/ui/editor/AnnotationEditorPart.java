package org.marginalia.ui.editor;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.part.EditorPart;
import org.eclipse.ui.views.properties.IPropertySheetPage;
import org.eclipse.ui.views.properties.PropertySheetPage;
import org.marginalia.model.Annotation;
import org.marginalia.ui.properties.AnnotationEditing;
import org.marginalia.ui.properties.AnnotationPropertySource;

/**
 * What the analyst's editor and the review share: an EMF command stack behind Edit > Undo/Redo and the dirty
 * marker, the selected annotation offered to the Properties view, and dropping unsaved changes on close so
 * the shared in-memory sets match their files again.
 */
public abstract class AnnotationEditorPart extends EditorPart implements ISelectionProvider, AnnotationEditing {

    private final List<ISelectionChangedListener> selectionListeners = new CopyOnWriteArrayList<>();
    private BasicCommandStack stack;
    private EditingDomain domain;
    private CommandStackAction undo;
    private CommandStackAction redo;

    /** Starts a fresh stack (a new part, or another analyst's set); {@code onChange} runs after every command. */
    protected final void newCommandStack(Runnable onChange) {
        stack = new BasicCommandStack();
        domain = new AdapterFactoryEditingDomain(new ReflectiveItemProviderAdapterFactory(), stack);
        stack.addCommandStackListener(event -> onChange.run());
        undo = new CommandStackAction(stack, true);
        redo = new CommandStackAction(stack, false);
        IActionBars bars = getEditorSite().getActionBars();
        bars.setGlobalActionHandler(ActionFactory.UNDO.getId(), undo);
        bars.setGlobalActionHandler(ActionFactory.REDO.getId(), redo);
        bars.updateActionBars();
    }

    /** Brings the Undo and Redo labels and the dirty marker up to date. */
    protected final void commandStackChanged() {
        undo.update();
        redo.update();
        firePropertyChange(PROP_DIRTY);
    }

    /** Undoes every unsaved change. */
    protected final void revert() {
        while (stack != null && stack.isSaveNeeded() && stack.canUndo()) {
            stack.undo();
        }
    }

    protected final void saved() {
        stack.saveIsDone();
        firePropertyChange(PROP_DIRTY);
    }

    @Override
    public void execute(Command command) {
        if (command.canExecute()) {
            stack.execute(command);
        }
    }

    @Override
    public EditingDomain getEditingDomain() {
        return domain;
    }

    public BasicCommandStack getCommandStack() {
        return stack;
    }

    @Override
    public boolean isDirty() {
        return stack != null && stack.isSaveNeeded();
    }

    @Override
    public void doSaveAs() {
        // Save As is not offered: every set of annotations has exactly one file.
    }

    @Override
    public boolean isSaveAsAllowed() {
        return false;
    }

    @Override
    public void dispose() {
        revert();
        super.dispose();
    }

    @Override
    public void addSelectionChangedListener(ISelectionChangedListener listener) {
        selectionListeners.add(listener);
    }

    @Override
    public void removeSelectionChangedListener(ISelectionChangedListener listener) {
        selectionListeners.remove(listener);
    }

    protected final void fireSelection() {
        SelectionChangedEvent event = new SelectionChangedEvent(this, getSelection());
        selectionListeners.forEach(l -> l.selectionChanged(event));
    }

    @Override
    public <T> T getAdapter(Class<T> adapter) {
        if (adapter == IPropertySheetPage.class) {
            PropertySheetPage page = new PropertySheetPage();
            page.setPropertySourceProvider(object -> object instanceof Annotation annotation ? new AnnotationPropertySource(annotation, this) : null);
            return adapter.cast(page);
        }
        return super.getAdapter(adapter);
    }
}
