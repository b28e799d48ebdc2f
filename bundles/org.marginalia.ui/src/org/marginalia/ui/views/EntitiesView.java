package org.marginalia.ui.views;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;

import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.Status;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.util.IPropertyChangeListener;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.ViewPart;
import org.eclipse.ui.statushandlers.StatusManager;
import org.marginalia.core.corpus.LoadedCorpus;
import org.marginalia.core.edit.AnnotationEdits;
import org.marginalia.core.edit.EntityEdits;
import org.marginalia.model.AnnotationSet;
import org.marginalia.model.Entity;
import org.marginalia.ui.corpus.CorpusAnnotations;
import org.marginalia.ui.corpus.CorpusSession;
import org.marginalia.ui.editor.AnnotationDescriptions;
import org.marginalia.ui.editor.DocumentEditor;
import org.marginalia.ui.editor.DocumentEditorInput;
import org.marginalia.ui.editor.UndoRedoActions;
import org.marginalia.ui.preferences.MarginaliaPreferences;
import org.marginalia.ui.views.EntityNodes.CorpusNode;
import org.marginalia.ui.views.EntityNodes.DocumentNode;
import org.marginalia.ui.views.EntityNodes.EntityNode;
import org.marginalia.ui.views.EntityNodes.MentionNode;

/**
 * The corpus-wide entities with the current analyst's mentions of them, document by document. Rename and
 * merge act on the entity everywhere at once; double-clicking a mention opens it in its document.
 */
public final class EntitiesView extends ViewPart {

    public static final String ID = "org.marginalia.ui.views.entities";
    private static final int REFRESH_DELAY_MS = 300;

    private final CorpusSession.Listener corporaListener = this::refreshSoon;
    private final IPropertyChangeListener preferenceListener = event -> refreshSoon();
    /** The commands this view ran (and so saves after, undone or redone too), by identity. */
    private final Set<Command> ownCommands = Collections.newSetFromMap(new WeakHashMap<>());
    /** Every corpus's stack is followed: a change from an editor changes the mentions shown here. */
    private final Map<CorpusAnnotations, CommandStackListener> followed = new HashMap<>();
    private TreeViewer viewer;
    private boolean refreshPending;
    private CorpusAnnotations undoCorpus;
    private UndoRedoActions undoRedo;

    @Override
    public void createPartControl(Composite parent) {
        viewer = new TreeViewer(parent, SWT.MULTI | SWT.H_SCROLL | SWT.V_SCROLL);
        viewer.setContentProvider(new ContentProvider());
        viewer.setLabelProvider(new Labels());
        viewer.addOpenListener(event -> open((IStructuredSelection) event.getSelection()));
        getSite().setSelectionProvider(viewer);
        Action rename = new Action("Rename...") {
            @Override
            public void run() {
                renameSelected();
            }
        };
        Action merge = new Action("Merge Into First Selected") {
            @Override
            public void run() {
                mergeSelected();
            }
        };
        merge.setToolTipText("Select two entities: the second becomes an alias of the first, and its mentions follow");
        IToolBarManager toolbar = getViewSite().getActionBars().getToolBarManager();
        toolbar.add(rename);
        toolbar.add(merge);
        MenuManager menu = new MenuManager();
        menu.add(rename);
        menu.add(merge);
        viewer.getControl().setMenu(menu.createContextMenu(viewer.getControl()));
        viewer.addSelectionChangedListener(event -> undoFor(selectedCorpus()));
        CorpusSession.getDefault().addListener(corporaListener);
        MarginaliaPreferences.store().addPropertyChangeListener(preferenceListener);
        refresh();
    }

    /** Edit > Undo/Redo act on the stack of the corpus whose entities are selected (or the only one open). */
    private void undoFor(CorpusAnnotations corpus) {
        if (corpus == undoCorpus) {
            return;
        }
        if (undoRedo != null) {
            undoRedo.dispose();
            undoRedo = null;
        }
        undoCorpus = corpus;
        if (corpus != null) {
            undoRedo = UndoRedoActions.install(getViewSite().getActionBars(), corpus.editing().stack());
        }
    }

    private CorpusAnnotations selectedCorpus() {
        Object first = viewer.getStructuredSelection().getFirstElement();
        if (first instanceof EntityNode node) {
            return node.corpus();
        }
        if (first instanceof CorpusNode node) {
            return node.corpus();
        }
        List<LoadedCorpus> open = CorpusSession.getDefault().corpora();
        return open.isEmpty() ? null : CorpusSession.getDefault().annotations(open.get(0));
    }

    /** Follows the stacks of the open corpora (and no longer those closed). */
    private void follow(List<CorpusAnnotations> open) {
        followed.entrySet().removeIf(entry -> {
            boolean closed = !open.contains(entry.getKey());
            if (closed) {
                entry.getKey().editing().stack().removeCommandStackListener(entry.getValue());
            }
            return closed;
        });
        for (CorpusAnnotations corpus : open) {
            followed.computeIfAbsent(corpus, c -> {
                CommandStackListener listener = event -> stackChanged(c);
                c.editing().stack().addCommandStackListener(listener);
                return listener;
            });
        }
    }

    /** Refreshes at once on the UI thread (corpora are opened and closed from any thread). */
    private void refreshSoon() {
        if (!viewer.getControl().isDisposed()) {
            viewer.getControl().getDisplay().asyncExec(this::refresh);
        }
    }

    /** Refreshes once changes pause: an analyst tagging quickly changes the stack at every key. */
    private void refreshLater() {
        if (refreshPending || viewer.getControl().isDisposed()) {
            return;
        }
        Display display = viewer.getControl().getDisplay();
        if (display.getThread() != Thread.currentThread()) {
            display.asyncExec(this::refreshLater);
            return;
        }
        refreshPending = true;
        display.timerExec(REFRESH_DELAY_MS, () -> {
            refreshPending = false;
            refresh();
        });
    }

    /** Rebuilds the rows from the open corpora; call after annotations change. */
    public void refresh() {
        if (viewer.getControl().isDisposed()) {
            return;
        }
        String analyst = MarginaliaPreferences.analyst();
        List<CorpusAnnotations> open = CorpusSession.getDefault().corpora().stream().map(CorpusSession.getDefault()::annotations).toList();
        follow(open);
        List<CorpusNode> corpora = new ArrayList<>();
        int entities = 0;
        for (CorpusAnnotations corpus : open) {
            List<EntityNode> nodes = EntityNodes.of(corpus, analyst);
            corpora.add(new CorpusNode(corpus, nodes));
            entities += nodes.size();
        }
        // One corpus: its entities at the top. Several: each corpus a branch, so that their entities never mix.
        viewer.setInput(corpora.size() == 1 ? corpora.get(0).entities() : corpora);
        if (corpora.size() > 1) {
            viewer.expandToLevel(2);
        }
        setContentDescription(entities + " entities" + (corpora.size() > 1 ? " in " + corpora.size() + " corpora" : "") + "; mentions by " + analyst);
        undoFor(selectedCorpus());
    }

    public TreeViewer getViewer() {
        return viewer;
    }

    private List<EntityNode> selectedEntities() {
        List<EntityNode> entities = new ArrayList<>();
        for (Object element : viewer.getStructuredSelection()) {
            if (element instanceof EntityNode node) {
                entities.add(node);
            }
        }
        return entities;
    }

    private void renameSelected() {
        List<EntityNode> selected = selectedEntities();
        if (selected.size() != 1) {
            return;
        }
        EntityNode node = selected.get(0);
        InputDialog dialog = new InputDialog(getSite().getShell(), "Rename Entity",
                "New name for " + node.entity().getName() + " (the old name stays as an alias):", node.entity().getName(),
                name -> name.isBlank() ? "An entity needs a name" : null);
        if (dialog.open() == Window.OK) {
            rename(node.corpus(), node.entity(), dialog.getValue());
        }
    }

    /** Renames the entity (undoable) and saves the one file that holds it; every mention in every document follows. */
    public void rename(CorpusAnnotations corpus, Entity entity, String name) {
        run(corpus, EntityEdits.rename(corpus.editing().domain(), entity, name));
    }

    private void mergeSelected() {
        List<EntityNode> selected = selectedEntities();
        if (selected.size() == 2 && selected.get(0).corpus() == selected.get(1).corpus()) {
            merge(selected.get(0).corpus(), selected.get(0).entity(), selected.get(1).entity());
        }
    }

    /** Merges within the current analyst's annotations (undoable) and saves the files that changed. */
    public void merge(CorpusAnnotations corpus, Entity kept, Entity merged) {
        run(corpus, EntityEdits.merge(corpus.editing().domain(), kept, merged, corpus.setsOf(MarginaliaPreferences.analyst())));
    }

    private void run(CorpusAnnotations corpus, Command command) {
        ownCommands.add(command);
        corpus.editing().execute(command);
        save(corpus); // also done by stackChanged, if this view already followed the corpus's stack
        refresh();
    }

    /** After this view's own changes, undone or redone too, their files are saved; any change refreshes the rows. */
    private void stackChanged(CorpusAnnotations corpus) {
        Command last = corpus.editing().stack().getMostRecentCommand();
        if (last != null && ownCommands.contains(last)) {
            save(corpus);
            refresh();
        } else {
            refreshLater();
        }
    }

    /**
     * Entity changes are saved at once, after Undo and Redo too: every file they changed is written, except
     * one an open editor shows: that editor is marked unsaved instead, so that saving the entity never writes
     * an analyst's unsaved work behind their back.
     */
    private void save(CorpusAnnotations corpus) {
        Set<Resource> shown = resourcesOfOpenEditors();
        try {
            for (Resource resource : corpus.editing().modified()) {
                if (!shown.contains(resource)) {
                    corpus.editing().save(resource, false);
                }
            }
        } catch (IOException e) {
            report("Could not save the entity change", e);
        }
    }

    private Set<Resource> resourcesOfOpenEditors() {
        Set<Resource> shown = new HashSet<>();
        for (IEditorReference reference : getSite().getPage().getEditorReferences()) {
            AnnotationSet set = Adapters.adapt(reference.getEditor(false), AnnotationSet.class);
            if (set != null && set.eResource() != null) {
                shown.add(set.eResource());
            }
        }
        return shown;
    }

    private static void report(String message, Exception e) {
        StatusManager.getManager().handle(Status.error(message + ": " + e.getMessage(), e), StatusManager.SHOW | StatusManager.LOG);
    }

    private void open(IStructuredSelection selection) {
        if (!(selection.getFirstElement() instanceof MentionNode mention)) {
            return;
        }
        LoadedCorpus corpus = mention.parent().parent().corpus().corpus();
        try {
            DocumentEditor editor = (DocumentEditor) getSite().getPage()
                    .openEditor(new DocumentEditorInput(corpus, mention.parent().document()), DocumentEditor.ID);
            editor.select(mention.annotation());
        } catch (PartInitException e) {
            report("Cannot open " + mention.parent().document().getId(), e);
        }
    }

    @Override
    public void setFocus() {
        viewer.getControl().setFocus();
    }

    @Override
    public void dispose() {
        CorpusSession.getDefault().removeListener(corporaListener);
        MarginaliaPreferences.store().removePropertyChangeListener(preferenceListener);
        follow(List.of());
        if (undoRedo != null) {
            undoRedo.dispose();
        }
        super.dispose();
    }

    private static final class ContentProvider implements ITreeContentProvider {
        @Override
        public Object[] getElements(Object input) {
            return ((List<?>) input).toArray();
        }

        @Override
        public Object[] getChildren(Object parent) {
            if (parent instanceof CorpusNode node) {
                return node.entities().toArray();
            }
            if (parent instanceof EntityNode node) {
                return node.documents().toArray();
            }
            return parent instanceof DocumentNode node ? node.mentions().toArray() : new Object[0];
        }

        @Override
        public Object getParent(Object element) {
            if (element instanceof MentionNode mention) {
                return mention.parent();
            }
            return element instanceof DocumentNode document ? document.parent() : null; // a corpus branch is found by the viewer
        }

        @Override
        public boolean hasChildren(Object element) {
            return getChildren(element).length > 0;
        }
    }

    private static final class Labels extends LabelProvider {
        @Override
        public String getText(Object element) {
            if (element instanceof CorpusNode node) {
                LoadedCorpus corpus = node.corpus().corpus();
                return corpus.corpus().getName() + "  \u00b7  " + corpus.layout().root() + "  \u00b7  " + node.entities().size() + " entities";
            }
            if (element instanceof EntityNode node) {
                Entity entity = node.entity();
                String aliases = entity.getAliases().isEmpty() ? "" : "  (" + String.join(", ", entity.getAliases()) + ")";
                return entity.getName() + aliases + "  \u00b7  " + entity.getKind().getLiteral() + "  \u00b7  "
                        + node.mentionCount() + " in " + node.documents().size() + " documents";
            }
            if (element instanceof DocumentNode node) {
                return node.document().getTitle() + "  (" + node.mentions().size() + ")";
            }
            MentionNode mention = (MentionNode) element;
            String text = mention.parent().document().getText();
            return AnnotationEdits.label(mention.annotation().eClass()) + ": " + AnnotationDescriptions.covered(mention.annotation(), text == null ? "" : text);
        }
    }
}
