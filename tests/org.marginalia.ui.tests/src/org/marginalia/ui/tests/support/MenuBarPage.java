package org.marginalia.ui.tests.support;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.ui.PlatformUI;

/**
 * The active window's menu bar as the analyst sees it: items by their label (mnemonics and key hints left
 * out), reached through a path such as "Help", "About Marginalia". Each menu on the way is shown first, as
 * opening it would, so that the workbench fills it and updates what is enabled.
 */
public final class MenuBarPage {

    /** The labels of the items in the menu at {@code path}, separators left out. */
    public List<String> items(String... path) {
        return UI.call(() -> {
            Menu menu = menuAt(path);
            List<String> labels = new ArrayList<>();
            for (MenuItem item : menu.getItems()) {
                if ((item.getStyle() & SWT.SEPARATOR) == 0) {
                    labels.add(label(item));
                }
            }
            hide(menu);
            return labels;
        });
    }

    public boolean isEnabled(String... path) {
        return UI.call(() -> {
            MenuItem item = itemAt(path);
            boolean enabled = item.isEnabled();
            hide(item.getParent());
            return enabled;
        });
    }

    /**
     * Chooses the item at {@code path}. The choice runs after this returns, as a click would, so that a
     * dialog it opens can be answered from the test.
     */
    public void click(String... path) {
        MenuItem item = UI.call(() -> itemAt(path));
        UI.display().asyncExec(() -> {
            hide(item.getParent());
            item.notifyListeners(SWT.Selection, new Event());
        });
    }

    private static MenuItem itemAt(String... path) {
        Menu menu = menuAt(List.of(path).subList(0, path.length - 1).toArray(String[]::new));
        return find(menu, path[path.length - 1]);
    }

    private static Menu menuAt(String... path) {
        Menu menu = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell().getMenuBar();
        for (String label : path) {
            MenuItem cascade = find(menu, label);
            menu = cascade.getMenu();
            if (menu == null) {
                throw new AssertionError("'" + label + "' is not a menu");
            }
            menu.notifyListeners(SWT.Show, new Event());
        }
        return menu;
    }

    private static MenuItem find(Menu menu, String label) {
        List<String> seen = new ArrayList<>();
        for (MenuItem item : menu.getItems()) {
            if (label(item).equals(label)) {
                return item;
            }
            seen.add(label(item));
        }
        throw new AssertionError("no menu item '" + label + "' in " + seen);
    }

    private static void hide(Menu menu) {
        for (Menu current = menu; current != null && !current.isDisposed(); current = current.getParentMenu()) {
            current.notifyListeners(SWT.Hide, new Event());
        }
    }

    private static String label(MenuItem item) {
        String text = item.getText();
        int tab = text.indexOf('\t');
        return (tab < 0 ? text : text.substring(0, tab)).replace("&", "");
    }
}
