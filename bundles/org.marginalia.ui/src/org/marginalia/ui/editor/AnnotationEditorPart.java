package org.marginalia.ui.editor;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.IWorkbenchCommandConstants;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.part.EditorPart;
import org.eclipse.ui.statushandlers.StatusManager;
import org.eclipse.ui.views.properties.IPropertySheetPage;
import org.eclipse.ui.views.properties.PropertySheetPage;
import org.marginalia.core.corpus.AnnotationStore;
import org.marginalia.core.corpus.LoadedCorpus;
import org.marginalia.core.io.FileChangedException;
import org.marginalia.model.Annotation;
import org.marginalia.model.AnnotationSet;
import org.marginalia.ui.properties.AnnotationEditing;
import org.marginalia.ui.corpus.CorpusSession;
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

    /**
     * Saves {@code set} to its own file. When someone else saved that file since it was read, the user
     * chooses: reload their version ({@link #reloaded} then shows it), overwrite it, or keep a copy elsewhere.
     */
    protected final void save(LoadedCorpus corpus, AnnotationSet set, String what, IProgressMonitor monitor) {
        try {
            try {
                AnnotationStore.save(corpus, set);
                saved();
            } catch (FileChangedException conflict) {
                resolve(conflict, corpus, set, monitor);
            }
        } catch (IOException | RuntimeException e) {
            StatusManager.getManager().handle(Status.error("Could not save " + what + ": " + e.getMessage(), e),
                    StatusManager.SHOW | StatusManager.LOG);
            cancel(monitor);
        }
    }

    private void resolve(FileChangedException conflict, LoadedCorpus corpus, AnnotationSet set, IProgressMonitor monitor) throws IOException {
        switch (SaveConflictDialog.ask(getSite().getShell(), conflict)) {
            case OVERWRITE -> {
                AnnotationStore.save(corpus, set, true);
                saved();
            }
            case RELOAD -> {
                revert();
                CorpusSession.getDefault().annotations(corpus).reload(set);
                reloaded();
            }
            case SAVE_COPY -> {
                FileDialog dialog = new FileDialog(getSite().getShell(), SWT.SAVE);
                dialog.setOverwrite(true);
                dialog.setFileName(conflict.file().getFileName().toString().replaceFirst("\\.xmi$", "") + ".mine.xmi");
                String target = dialog.open();
                if (target != null) {
                    AnnotationStore.saveCopy(corpus, set, Path.of(target));
                }
                cancel(monitor); // the set's own file still holds the other version, so the editor stays dirty
            }
            case CANCEL -> cancel(monitor);
        }
    }

    private static void cancel(IProgressMonitor monitor) {
        if (monitor != null) {
            monitor.setCanceled(true);
        }
    }

    /**
     * Edit > Copy (Ctrl+C) takes the document's own characters from {@code viewer}: the widget's copy would give
     * the line breaks a long line is shown with. Activated through the part's handler service, so it works in an
     * IDE and in a product whether or not the window registers a Copy action.
     */
    protected final void copyFrom(SpanTextViewer<?> viewer) {
        getSite().getService(IHandlerService.class).activateHandler(IWorkbenchCommandConstants.EDIT_COPY, new AbstractHandler() {
            @Override
            public Object execute(ExecutionEvent event) {
                viewer.copy();
                return null;
            }
        });
    }

    /** Shows the set after it was read again from its file (the old set's objects are gone). */
    protected abstract void reloaded();

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
