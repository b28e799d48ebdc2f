package org.marginalia.ui.views;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.core.runtime.Status;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.ViewPart;
import org.eclipse.ui.statushandlers.StatusManager;
import org.marginalia.core.corpus.AnnotationStore;
import org.marginalia.core.corpus.CorpusStore;
import org.marginalia.core.corpus.LoadedCorpus;
import org.marginalia.core.edit.AnnotationEdits;
import org.marginalia.core.edit.EntityEdits;
import org.marginalia.ui.editor.CommandStackAction;
import org.marginalia.model.AnnotationSet;
import org.marginalia.model.Corpus;
import org.marginalia.model.Entity;
import org.marginalia.ui.corpus.CorpusAnnotations;
import org.marginalia.ui.corpus.CorpusSession;
import org.marginalia.ui.editor.AnnotationDescriptions;
import org.marginalia.ui.editor.DocumentEditor;
import org.marginalia.ui.editor.DocumentEditorInput;
import org.marginalia.ui.preferences.MarginaliaPreferences;
import org.marginalia.ui.views.EntityNodes.DocumentNode;
import org.marginalia.ui.views.EntityNodes.EntityNode;
import org.marginalia.ui.views.EntityNodes.MentionNode;

/**
 * The corpus-wide entities with the current analyst's mentions of them, document by document. Rename and
 * merge act on the entity everywhere at once; double-clicking a mention opens it in its document.
 */
public final class EntitiesView extends ViewPart {

    public static final String ID = "org.marginalia.ui.views.entities";

    private final CorpusSession.Listener corporaListener = this::refreshLater;
    private final BasicCommandStack stack = new BasicCommandStack();
    private final EditingDomain domain = new AdapterFactoryEditingDomain(new ReflectiveItemProviderAdapterFactory(), stack);
    private TreeViewer viewer;
    private final Map<Command, CorpusAnnotations> corpusOf = new HashMap<>();
    private CommandStackAction undo;
    private CommandStackAction redo;

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
        CorpusSession.getDefault().addListener(corporaListener);
        MarginaliaPreferences.store().addPropertyChangeListener(event -> refreshLater());
        undo = new CommandStackAction(stack, true);
        redo = new CommandStackAction(stack, false);
        getViewSite().getActionBars().setGlobalActionHandler(ActionFactory.UNDO.getId(), undo);
        getViewSite().getActionBars().setGlobalActionHandler(ActionFactory.REDO.getId(), redo);
        stack.addCommandStackListener(event -> {
            save(stack.getMostRecentCommand());
            undo.update();
            redo.update();
        });
        refresh();
    }

    private void refreshLater() {
        viewer.getControl().getDisplay().asyncExec(this::refresh);
    }

    /** Rebuilds the rows from the open corpora; call after annotations change. */
    public void refresh() {
        if (viewer.getControl().isDisposed()) {
            return;
        }
        List<EntityNode> nodes = new ArrayList<>();
        String analyst = MarginaliaPreferences.analyst();
        for (LoadedCorpus corpus : CorpusSession.getDefault().corpora()) {
            nodes.addAll(EntityNodes.of(CorpusSession.getDefault().annotations(corpus), analyst));
        }
        viewer.setInput(nodes);
        setContentDescription(nodes.size() + " entities; mentions by " + analyst);
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
        run(corpus, EntityEdits.rename(domain, entity, name));
    }

    private void mergeSelected() {
        List<EntityNode> selected = selectedEntities();
        if (selected.size() == 2 && selected.get(0).corpus() == selected.get(1).corpus()) {
            merge(selected.get(0).corpus(), selected.get(0).entity(), selected.get(1).entity());
        }
    }

    /** Merges within the current analyst's annotations (undoable) and saves the files that changed. */
    public void merge(CorpusAnnotations corpus, Entity kept, Entity merged) {
        run(corpus, EntityEdits.merge(domain, kept, merged, corpus.setsOf(MarginaliaPreferences.analyst())));
    }

    private void run(CorpusAnnotations corpus, Command command) {
        corpusOf.put(command, corpus);
        stack.execute(command);
    }

    /**
     * Entity changes are saved at once, after Undo and Redo too: each file that holds an object the command
     * changed (the corpus description, or an analyst's set) is written.
     */
    private void save(Command command) {
        CorpusAnnotations corpus = command == null ? null : corpusOf.get(command);
        if (corpus == null) {
            return;
        }
        Set<EObject> files = new LinkedHashSet<>();
        for (Object affected : command.getAffectedObjects()) {
            if (affected instanceof EObject object) {
                files.add(EcoreUtil.getRootContainer(object));
            }
        }
        try {
            for (EObject file : files) {
                if (file instanceof Corpus description) {
                    CorpusStore.writeDescription(description, corpus.corpus().layout().description());
                } else if (file instanceof AnnotationSet set) {
                    AnnotationStore.save(corpus.corpus(), set);
                }
            }
        } catch (IOException e) {
            report("Could not save after " + command.getLabel(), e);
        }
        annotationsChanged();
    }

    private static void report(String message, Exception e) {
        StatusManager.getManager().handle(Status.error(message + ": " + e.getMessage(), e), StatusManager.SHOW | StatusManager.LOG);
    }

    private void annotationsChanged() {
        refresh();
        for (IEditorReference reference : getSite().getPage().getEditorReferences()) {
            IEditorPart part = reference.getEditor(false);
            if (part instanceof DocumentEditor editor) {
                editor.refresh();
            }
        }
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
        super.dispose();
    }

    private static final class ContentProvider implements ITreeContentProvider {
        @Override
        public Object[] getElements(Object input) {
            return ((List<?>) input).toArray();
        }

        @Override
        public Object[] getChildren(Object parent) {
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
            return element instanceof DocumentNode document ? document.parent() : null;
        }

        @Override
        public boolean hasChildren(Object element) {
            return getChildren(element).length > 0;
        }
    }

    private static final class Labels extends LabelProvider {
        @Override
        public String getText(Object element) {
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
