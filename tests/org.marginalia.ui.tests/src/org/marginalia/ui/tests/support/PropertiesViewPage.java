package org.marginalia.ui.tests.support;

import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.views.properties.PropertySheet;

/** The workbench's Properties view as the analyst sees it: the rows of its tree, and focus for its keys. */
public final class PropertiesViewPage {

    private final PropertySheet view;

    private PropertiesViewPage(PropertySheet view) {
        this.view = view;
    }

    /** Shows the Properties view without taking the focus from the editor whose selection it shows. */
    public static PropertiesViewPage show() {
        return new PropertiesViewPage(UI.call(() -> {
            try {
                IViewPart part = WorkbenchPage.page().showView(IPageLayout.ID_PROP_SHEET, null, org.eclipse.ui.IWorkbenchPage.VIEW_VISIBLE);
                return (PropertySheet) part;
            } catch (PartInitException e) {
                throw new AssertionError(e);
            }
        }));
    }

    /** Gives the Properties view the focus, as a click on it would. */
    public void activate() {
        UI.run(() -> WorkbenchPage.page().activate(view));
    }

    /** The value shown in the row named {@code name} (looked for in every category), or null if there is none. */
    public String value(String name) {
        return UI.call(() -> {
            Control control = view.getCurrentPage().getControl();
            return control instanceof Tree tree ? find(tree.getItems(), name) : null;
        });
    }

    private static String find(TreeItem[] items, String name) {
        for (TreeItem item : items) {
            if (item.getText(0).equals(name)) {
                return item.getText(1);
            }
            item.setExpanded(true);
            String inside = find(item.getItems(), name);
            if (inside != null) {
                return inside;
            }
        }
        return null;
    }
}
