package org.marginalia.ui.views;

import java.util.Comparator;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Function;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerFilter;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.part.ViewPart;
import org.marginalia.core.edit.AnnotationEdits;
import org.marginalia.model.Annotation;
import org.marginalia.ui.editor.AnnotationDescriptions;
import org.marginalia.ui.editor.DocumentEditor;

/** The active editor's annotations in text order, filterable by kind; selecting one reveals it in the text. */
public final class AnnotationsView extends ViewPart {

    public static final String ID = "org.marginalia.ui.views.annotations";
    private static final int REFRESH_DELAY_MS = 150;

    private final Set<EClass> shownKinds = new HashSet<>(AnnotationEdits.KINDS);
    /** Refreshes once the analyst pauses: sorting a document's 200,000 annotations after every key would slow the editor. */
    private final Runnable refresher = this::scheduleRefresh;
    private boolean refreshPending;
    private TableViewer viewer;
    private ActiveEditorTracker tracker;
    private DocumentEditor editor;
    private boolean revealing;

    @Override
    public void createPartControl(Composite parent) {
        Composite table = new Composite(parent, SWT.NONE);
        TableColumnLayout layout = new TableColumnLayout();
        table.setLayout(layout);
        // Virtual: a document may have tens of thousands of annotations; only visible rows are made.
        viewer = new TableViewer(table, SWT.SINGLE | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.VIRTUAL);
        viewer.setUseHashlookup(true);
        viewer.getTable().setHeaderVisible(true);
        column(layout, "Kind", 12, a -> AnnotationEdits.label(a.eClass()));
        column(layout, "Text", 45, a -> AnnotationDescriptions.covered(a, text()));
        column(layout, "Attributes", 43, AnnotationDescriptions::attributes);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        viewer.setFilters(new ViewerFilter() {
            @Override
            public boolean select(Viewer v, Object parentElement, Object element) {
                return shownKinds.contains(((Annotation) element).eClass());
            }
        });
        viewer.addSelectionChangedListener(event -> reveal((IStructuredSelection) event.getSelection()));
        for (EClass kind : AnnotationEdits.KINDS) {
            getViewSite().getActionBars().getToolBarManager().add(kindToggle(kind));
        }
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

    private IAction kindToggle(EClass kind) {
        Action toggle = new Action(AnnotationEdits.label(kind), IAction.AS_CHECK_BOX) {
            @Override
            public void run() {
                if (isChecked()) {
                    shownKinds.add(kind);
                } else {
                    shownKinds.remove(kind);
                }
                viewer.refresh();
            }
        };
        toggle.setChecked(true);
        toggle.setToolTipText("Show " + AnnotationEdits.label(kind) + " annotations");
        return toggle;
    }

    private void showEditor(DocumentEditor next) {
        if (editor != null) {
            editor.removeChangeListener(refresher);
        }
        editor = next;
        if (editor != null) {
            editor.addChangeListener(refresher);
        }
        scheduleRefresh(); // after the editor's first paint: listing a large document's annotations takes a moment
    }

    private void scheduleRefresh() {
        if (!refreshPending) {
            refreshPending = true;
            viewer.getControl().getDisplay().timerExec(REFRESH_DELAY_MS, () -> {
                refreshPending = false;
                refresh();
            });
        }
    }

    private void refresh() {
        if (viewer.getControl().isDisposed()) {
            return;
        }
        viewer.setInput(editor == null ? new Object[0] : editor.getAnnotationSet().getAnnotations().stream()
                .sorted(Comparator.comparingInt(Annotation::getBegin).thenComparingInt(Annotation::getEnd)).toArray());
        setContentDescription(editor == null ? "Open a document to see its annotations."
                : editor.getAnnotationSet().getAnnotations().size() + " annotations by " + editor.getAnnotationSet().getAnalystId()
                        + " in " + editor.getPartName());
    }

    private void reveal(IStructuredSelection selection) {
        if (editor != null && !revealing && selection.getFirstElement() instanceof Annotation annotation) {
            revealing = true;
            try {
                editor.select(annotation);
            } finally {
                revealing = false;
            }
        }
    }

    private String text() {
        return editor == null || editor.getDocumentInput().getDocument().getText() == null ? "" : editor.getDocumentInput().getDocument().getText();
    }

    public TableViewer getViewer() {
        return viewer;
    }

    /** Shows only {@code kinds}, as the toolbar toggles do. */
    public void filter(Set<EClass> kinds) {
        shownKinds.clear();
        shownKinds.addAll(kinds);
        viewer.refresh();
    }

    @Override
    public void setFocus() {
        viewer.getControl().setFocus();
    }

    @Override
    public void dispose() {
        if (editor != null) {
            editor.removeChangeListener(refresher);
        }
        tracker.dispose();
        super.dispose();
    }
}
