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
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.ui.IWorkbenchCommandConstants;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.part.EditorPart;
import org.eclipse.ui.statushandlers.StatusManager;
import org.eclipse.ui.views.properties.IPropertySheetPage;
import org.marginalia.core.corpus.AnnotationStore;
import org.marginalia.core.corpus.LoadedCorpus;
import org.marginalia.core.edit.CorpusEditing;
import org.marginalia.core.io.FileChangedException;
import org.marginalia.model.AnnotationSet;
import org.marginalia.ui.corpus.CorpusAnnotations;
import org.marginalia.ui.corpus.CorpusSession;
import org.marginalia.ui.properties.AnnotationEditing;
import org.marginalia.ui.properties.AnnotationPropertySheetPage;

/**
 * What the analyst's editor and the review share: they edit through their corpus's one command stack (Edit >
 * Undo/Redo undo the corpus's last change, whichever part made it), the part is dirty when the file it saves
 * really changed ({@link org.eclipse.emf.ecore.resource.Resource#isModified()}), the selected annotation is
 * offered to the Properties view, and closing without saving drops the unsaved changes of that file.
 */
public abstract class AnnotationEditorPart extends EditorPart implements ISelectionProvider, AnnotationEditing {

    /** Part property: the part now shows another set (another analyst's, or one read again from its file). */
    public static final int PROP_SET = 0x301;

    private final List<ISelectionChangedListener> selectionListeners = new CopyOnWriteArrayList<>();
    private CommandStackListener stackListener;
    private UndoRedoActions undoRedo;
    private String lastMessage;

    /** The corpus's annotations and editing domain, shared with every other part that shows this corpus. */
    protected final CorpusAnnotations corpusAnnotations() {
        return CorpusSession.getDefault().annotations(((CorpusDocumentInput) getEditorInput()).getCorpus());
    }

    private CorpusEditing editing() {
        return corpusAnnotations().editing();
    }

    /** The set whose file this part saves (the analyst's set, or the curated one). */
    protected abstract AnnotationSet savedSet();

    /**
     * Follows the corpus's command stack: {@code onChange} runs after every command on it, whichever part ran
     * it (a rename in the Entities view, an undo from the Properties view). Calling it again replaces {@code onChange}.
     */
    protected final void newCommandStack(Runnable onChange) {
        BasicCommandStack stack = editing().stack();
        if (stackListener != null) {
            stack.removeCommandStackListener(stackListener);
        }
        stackListener = event -> onChange.run();
        stack.addCommandStackListener(stackListener);
        if (undoRedo == null && isChangeable()) {
            undoRedo = UndoRedoActions.install(getEditorSite().getActionBars(), stack);
        }
    }

    /**
     * Whether the analyst may change what the part shows. A part that shows a set read only offers no Undo/Redo:
     * the stack is the corpus's, so they would undo a change made in another part, out of sight.
     */
    protected boolean isChangeable() {
        return true;
    }

    /** Tells the views that follow this part that it shows another set now. */
    protected final void setShown() {
        firePropertyChange(PROP_SET);
    }

    /** Brings the dirty marker up to date. */
    protected final void commandStackChanged() {
        firePropertyChange(PROP_DIRTY);
    }

    /** Drops every unsaved change of the saved set: its file is read again, and the part must show the new set. */
    protected final void revert() {
        AnnotationSet set = savedSet();
        if (set != null) {
            corpusAnnotations().discard(set);
        }
    }

    private void saved() {
        firePropertyChange(PROP_DIRTY);
    }

    /**
     * Saves {@code set} to its own file. When someone else saved that file since it was read, the user
     * chooses: reload their version ({@link #reloaded} then shows it), overwrite it, or keep a copy elsewhere.
     */
    protected final void save(LoadedCorpus corpus, AnnotationSet set, String what, IProgressMonitor monitor) {
        try {
            try {
                editing().save(set.eResource(), false);
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
                editing().save(set.eResource(), true);
                saved();
            }
            case RELOAD -> {
                corpusAnnotations().reload(set);
                editing().stack().flush(); // its commands refer to the objects of the version just dropped
                reloaded();
            }
            case SAVE_COPY -> {
                FileDialog dialog = new FileDialog(getSite().getShell(), SWT.SAVE);
                dialog.setText("Save Your Version as a Copy (outside the corpus)");
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

    @Override
    public void inform(String message) {
        lastMessage = message;
        getEditorSite().getActionBars().getStatusLineManager().setMessage(message);
    }

    /** What {@link #inform} last told the analyst. */
    public String lastMessage() {
        return lastMessage;
    }

    /** Shows the set after it was read again from its file (the old set's objects are gone). */
    protected abstract void reloaded();

    @Override
    public void execute(Command command) {
        editing().execute(command);
    }

    @Override
    public EditingDomain getEditingDomain() {
        return editing().domain();
    }

    @Override
    public boolean isDirty() {
        AnnotationSet set = savedSet();
        return set != null && editing().isModified(set);
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
        if (stackListener != null) {
            editing().stack().removeCommandStackListener(stackListener);
            if (undoRedo != null) {
                undoRedo.dispose();
            }
            revert(); // closed without saving: the shared model goes back to what the file holds
        }
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
        if (adapter == AnnotationSet.class) {
            return adapter.cast(savedSet());
        }
        if (adapter == IPropertySheetPage.class) {
            return adapter.cast(new AnnotationPropertySheetPage(this));
        }
        return super.getAdapter(adapter);
    }
}
