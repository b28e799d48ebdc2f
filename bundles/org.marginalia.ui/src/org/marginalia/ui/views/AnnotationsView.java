package org.marginalia.ui.views;

import java.util.Collection;
import java.util.EventObject;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.eclipse.core.runtime.Adapters;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.ILazyContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPropertyListener;
import org.eclipse.ui.part.ViewPart;
import org.marginalia.core.edit.AnnotationEdits;
import org.marginalia.core.edit.SortedAnnotations;
import org.marginalia.core.schema.CorpusSchema;
import org.marginalia.model.Annotation;
import org.marginalia.model.AnnotationSet;
import org.marginalia.model.MarginaliaPackage;
import org.marginalia.ui.editor.AnnotationDescriptions;
import org.marginalia.ui.editor.AnnotationEditorPart;
import org.marginalia.ui.properties.AnnotationEditing;

/**
 * The active editor's annotations in text order, filterable by kind; selecting one reveals it in the text.
 * The rows follow the set's EMF notifications one annotation at a time, and the table is virtual and lazy:
 * a document with 200,000 annotations costs the rows on screen, not a sort after every key.
 */
public final class AnnotationsView extends ViewPart {

    public static final String ID = "org.marginalia.ui.views.annotations";

    /** Built-in kinds switched off in the toolbar; a schema's kinds are always listed. */
    private final Set<EClass> hiddenKinds = new HashSet<>();
    private final Map<EClass, IAction> kindToggles = new LinkedHashMap<>();
    private final SortedAnnotations rows = new SortedAnnotations(a -> !hiddenKinds.contains(a.eClass()));
    private final Adapter setListener = new AdapterImpl() {
        @Override
        public void notifyChanged(Notification change) {
            if (change.getFeature() == MarginaliaPackage.eINSTANCE.getAnnotationSet_Annotations()) {
                annotationsChanged(change);
            }
        }
    };
    /** Attribute edits and span moves come as commands: the visible rows are simply asked again. */
    private final CommandStackListener stackListener = this::stackChanged;
    private final IPropertyListener partListener = (source, property) -> {
        if (property == AnnotationEditorPart.PROP_SET) {
            showEditor(this.editor);
        }
    };
    private TableViewer viewer;
    private ActiveEditorTracker tracker;
    private IEditorPart editor;
    private AnnotationSet set;
    private CommandStack stack;
    private boolean revealing;

    @Override
    public void createPartControl(Composite parent) {
        Composite table = new Composite(parent, SWT.NONE);
        TableColumnLayout layout = new TableColumnLayout();
        table.setLayout(layout);
        viewer = new TableViewer(table, SWT.SINGLE | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.VIRTUAL);
        viewer.getTable().setHeaderVisible(true);
        column(layout, "Kind", 12, a -> AnnotationEdits.label(a.eClass()));
        column(layout, "Text", 45, a -> AnnotationDescriptions.covered(a, text()));
        column(layout, "Attributes", 43, AnnotationDescriptions::attributes);
        viewer.setContentProvider((ILazyContentProvider) index -> {
            if (index < rows.size()) {
                viewer.replace(rows.get(index), index);
            }
        });
        viewer.setInput(rows);
        viewer.addSelectionChangedListener(event -> reveal((IStructuredSelection) event.getSelection()));
        showToggles(AnnotationEdits.KINDS);
        tracker = new ActiveEditorTracker(getSite().getPage(), this::showEditor);
    }

    private void column(TableColumnLayout layout, String title, int weight, Function<Annotation, String> text) {
        TableViewerColumn column = new TableViewerColumn(viewer, SWT.NONE);
        column.getColumn().setText(title);
        layout.setColumnData(column.getColumn(), new ColumnWeightData(weight, 60));
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((Annotation) element);
            }
        });
    }

    /** One toggle per kind the shown corpus annotates with: the built-in ones and its schema's. */
    private void showToggles(List<EClass> kinds) {
        if (List.copyOf(kindToggles.keySet()).equals(kinds)) {
            return;
        }
        IToolBarManager toolBar = getViewSite().getActionBars().getToolBarManager();
        toolBar.removeAll();
        kindToggles.clear();
        for (EClass kind : kinds) {
            toolBar.add(kindToggle(kind));
        }
        toolBar.update(true);
        getViewSite().getActionBars().updateActionBars();
    }

    private IAction kindToggle(EClass kind) {
        Action toggle = new Action(AnnotationEdits.label(kind), IAction.AS_CHECK_BOX) {
            @Override
            public void run() {
                if (isChecked()) {
                    hiddenKinds.remove(kind);
                } else {
                    hiddenKinds.add(kind);
                }
                reload();
            }
        };
        toggle.setChecked(!hiddenKinds.contains(kind));
        toggle.setToolTipText("Show " + AnnotationEdits.label(kind) + " annotations");
        kindToggles.put(kind, toggle);
        return toggle;
    }

    /** Shows the annotations of {@code next} (or none), following its set and its corpus's command stack. */
    private void showEditor(IEditorPart next) {
        if (editor != null && editor != next) {
            editor.removePropertyListener(partListener);
        }
        if (set != null) {
            set.eAdapters().remove(setListener);
        }
        if (stack != null) {
            stack.removeCommandStackListener(stackListener);
        }
        if (next != null && next != editor) {
            next.addPropertyListener(partListener);
        }
        editor = next;
        set = next == null ? null : Adapters.adapt(next, AnnotationSet.class);
        AnnotationEditing editing = next == null ? null : Adapters.adapt(next, AnnotationEditing.class);
        stack = editing == null ? null : editing.getEditingDomain().getCommandStack();
        if (set != null) {
            set.eAdapters().add(setListener);
        }
        if (stack != null) {
            stack.addCommandStackListener(stackListener);
        }
        if (set != null && set.eResource() != null && set.eResource().getResourceSet() != null) {
            showToggles(CorpusSchema.of(set.eResource().getResourceSet()).spanKinds());
        }
        reload();
    }

    private void reload() {
        rows.reset(set == null ? List.of() : set.getAnnotations());
        rowsChanged();
    }

    private void annotationsChanged(Notification change) {
        switch (change.getEventType()) {
            case Notification.ADD -> rows.add((Annotation) change.getNewValue());
            case Notification.REMOVE -> rows.remove((Annotation) change.getOldValue());
            case Notification.SET -> {
                rows.remove((Annotation) change.getOldValue());
                rows.add((Annotation) change.getNewValue());
            }
            case Notification.ADD_MANY -> ((Collection<?>) change.getNewValue()).forEach(a -> rows.add((Annotation) a));
            case Notification.REMOVE_MANY -> ((Collection<?>) change.getOldValue()).forEach(a -> rows.remove((Annotation) a));
            default -> {
                return; // a move changes no row
            }
        }
        rowsChanged();
    }

    private void stackChanged(EventObject event) {
        if (!viewer.getControl().isDisposed()) {
            rows.resortIfMoved();
            viewer.refresh();
        }
    }

    private void rowsChanged() {
        if (viewer.getControl().isDisposed()) {
            return;
        }
        viewer.setItemCount(rows.size());
        viewer.refresh();
        setContentDescription(set == null ? "Open a document to see its annotations."
                : set.getAnnotations().size() + " annotations by " + (set.isCurated() ? "the review" : set.getAnalystId()) + " in " + editor.getTitle());
    }

    private void reveal(IStructuredSelection selection) {
        if (editor != null && !revealing && selection.getFirstElement() instanceof Annotation annotation) {
            revealing = true;
            try {
                editor.getSite().getSelectionProvider().setSelection(new StructuredSelection(annotation));
            } finally {
                revealing = false;
            }
        }
    }

    private String text() {
        String text = set == null ? null : set.getDocument().getText();
        return text == null ? "" : text;
    }

    public TableViewer getViewer() {
        return viewer;
    }

    /** Shows only {@code kinds} of those the toolbar offers, as its toggles do. */
    public void filter(Set<EClass> kinds) {
        hiddenKinds.clear();
        kindToggles.keySet().stream().filter(kind -> !kinds.contains(kind)).forEach(hiddenKinds::add);
        kindToggles.forEach((kind, toggle) -> toggle.setChecked(kinds.contains(kind)));
        reload();
    }

    @Override
    public void setFocus() {
        viewer.getControl().setFocus();
    }

    @Override
    public void dispose() {
        showEditor(null);
        tracker.dispose();
        super.dispose();
    }
}
