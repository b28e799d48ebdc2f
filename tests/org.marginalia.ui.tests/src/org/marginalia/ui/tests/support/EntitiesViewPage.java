package org.marginalia.ui.tests.support;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.PartInitException;
import org.marginalia.ui.views.EntitiesView;

/** The Entities view: its rows as the analyst reads them, and focus for Edit > Undo. */
public final class EntitiesViewPage {

    private final EntitiesView view;

    private EntitiesViewPage(EntitiesView view) {
        this.view = view;
    }

    public static EntitiesViewPage show() {
        return new EntitiesViewPage(UI.call(() -> {
            try {
                return (EntitiesView) WorkbenchPage.page().showView(EntitiesView.ID);
            } catch (PartInitException e) {
                throw new AssertionError(e);
            }
        }));
    }

    public EntitiesView view() {
        return view;
    }

    public void activate() {
        UI.run(() -> WorkbenchPage.page().activate(view));
    }

    /** The top-level rows (entities, or corpora when several are open). */
    public List<String> rows() {
        return UI.call(() -> {
            List<String> rows = new ArrayList<>();
            for (TreeItem item : view.getViewer().getTree().getItems()) {
                rows.add(item.getText());
            }
            return rows;
        });
    }

    /** The rows under the top-level row starting with {@code prefix}. */
    public List<String> childrenOf(String prefix) {
        return UI.call(() -> {
            List<String> rows = new ArrayList<>();
            for (TreeItem item : view.getViewer().getTree().getItems()) {
                if (item.getText().startsWith(prefix)) {
                    view.getViewer().expandToLevel(item.getData(), 1);
                    for (TreeItem child : item.getItems()) {
                        rows.add(child.getText());
                    }
                }
            }
            return rows;
        });
    }
}
