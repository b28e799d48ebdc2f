package org.marginalia.ui.tests.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.marginalia.core.edit.AnnotationEdits;
import org.marginalia.ui.views.AnnotationsView;

/** The Annotations view: its rows ("Kind | Text | Attributes") and its description line. */
public final class AnnotationsViewPage {

    private final AnnotationsView view;

    private AnnotationsViewPage(AnnotationsView view) {
        this.view = view;
    }

    /** Shows the view, listing every kind, without taking the focus from the editor. */
    public static AnnotationsViewPage show() {
        return new AnnotationsViewPage(UI.call(() -> {
            try {
                AnnotationsView view = (AnnotationsView) WorkbenchPage.page().showView(AnnotationsView.ID, null, IWorkbenchPage.VIEW_VISIBLE);
                view.filter(Set.copyOf(AnnotationEdits.KINDS)); // an earlier test may have left a filter on
                return view;
            } catch (PartInitException e) {
                throw new AssertionError(e);
            }
        }));
    }

    public List<String> rows() {
        return UI.call(() -> {
            List<String> rows = new ArrayList<>();
            for (TableItem item : view.getViewer().getTable().getItems()) {
                rows.add(item.getText(0) + " | " + item.getText(1) + " | " + item.getText(2));
            }
            return rows;
        });
    }

    /** Waits until the rows satisfy {@code condition}; on timeout the error shows the rows and the view's description. */
    public void waitForRows(String what, Predicate<List<String>> condition) {
        try {
            UI.waitUntil(what, () -> condition.test(rows()));
        } catch (AssertionError timeout) {
            throw new AssertionError(timeout.getMessage() + "; rows " + rows() + ", description \"" + description() + "\"", timeout);
        }
    }

    public String description() {
        return UI.call(view::getContentDescription);
    }
}
