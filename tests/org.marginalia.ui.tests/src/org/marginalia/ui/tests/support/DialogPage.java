package org.marginalia.ui.tests.support;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CLabel;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;

/** Any open dialog, found by its title: the texts it shows, its table or tree, its buttons. */
public final class DialogPage {

    private final Shell shell;

    private DialogPage(Shell shell) {
        this.shell = shell;
    }

    /** Waits until a window titled {@code title} is open. */
    public static DialogPage waitFor(String title) {
        UI.waitUntil("the dialog '" + title + "'", () -> find(title) != null);
        return new DialogPage(UI.call(() -> find(title)));
    }

    /**
     * Closes every dialog still open, so that a test that failed half-way leaves no modal dialog taking the
     * keys of the tests after it.
     */
    public static void closeAll() {
        UI.run(() -> {
            for (Shell shell : UI.display().getShells()) {
                if (!shell.isDisposed() && shell.isVisible() && shell.getParent() != null && (shell.getStyle() & SWT.TOOL) == 0) {
                    shell.close();
                }
            }
        });
    }

    private static Shell find(String title) {
        for (Shell shell : UI.display().getShells()) {
            if (!shell.isDisposed() && shell.isVisible() && title.equals(shell.getText())) {
                return shell;
            }
        }
        return null;
    }

    /** Every text the dialog shows in labels, links and text fields, in widget order, joined by new lines. */
    public String text() {
        return UI.call(() -> {
            List<String> texts = new ArrayList<>();
            for (Control control : controls(c -> true)) {
                String text = switch (control) {
                    case Label label -> label.getText();
                    case CLabel label -> label.getText();
                    case Link link -> link.getText();
                    case StyledText styled -> styled.getText();
                    case Text field -> field.getText();
                    default -> "";
                };
                if (!text.isEmpty()) {
                    texts.add(text);
                }
            }
            return String.join("\n", texts);
        });
    }

    /** True when some label of the dialog shows an image (an icon or a product image). */
    public boolean showsImage() {
        return UI.call(() -> !controls(c -> c instanceof Label label && label.getImage() != null).isEmpty());
    }

    /** The rows of the dialog's first table, each as its cells' texts. */
    public List<List<String>> tableRows() {
        return UI.call(() -> {
            Table table = (Table) controls(c -> c instanceof Table).stream().findFirst()
                    .orElseThrow(() -> new AssertionError("no table in " + shell.getText()));
            List<List<String>> rows = new ArrayList<>();
            for (TableItem item : table.getItems()) {
                List<String> cells = new ArrayList<>();
                for (int column = 0; column < Math.max(1, table.getColumnCount()); column++) {
                    cells.add(item.getText(column)); // a table without columns shows one
                }
                rows.add(cells);
            }
            return rows;
        });
    }

    /** The items of the dialog's first tree, every level expanded, as "Parent/Child" paths. */
    public List<String> treeItems() {
        return UI.call(() -> {
            Tree tree = (Tree) controls(c -> c instanceof Tree).stream().findFirst()
                    .orElseThrow(() -> new AssertionError("no tree in " + shell.getText()));
            List<String> paths = new ArrayList<>();
            for (TreeItem item : tree.getItems()) {
                collect(tree, item, "", paths);
            }
            return paths;
        });
    }

    private static void collect(Tree tree, TreeItem item, String prefix, List<String> paths) {
        String path = prefix + item.getText();
        paths.add(path);
        Event expand = new Event();
        expand.item = item;
        tree.notifyListeners(SWT.Expand, expand);
        item.setExpanded(true);
        for (TreeItem child : item.getItems()) {
            collect(tree, child, path + "/", paths);
        }
    }

    /** Types {@code filter} into the dialog's first text field, as a user narrowing a list would. */
    public void typeFilter(String filter) {
        UI.run(() -> {
            Text field = (Text) controls(c -> c instanceof Text).stream().findFirst()
                    .orElseThrow(() -> new AssertionError("no text field in " + shell.getText()));
            field.setFocus();
            field.setText(filter);
        });
    }

    /** Types {@code value} into the text field that shows {@code hint} while empty, as a user filling a form would. */
    public void fill(String hint, String value) {
        UI.run(() -> {
            Text field = (Text) controls(c -> c instanceof Text text && hint.equals(text.getMessage())).stream().findFirst()
                    .orElseThrow(() -> new AssertionError("no field '" + hint + "' in " + shell.getText()));
            field.setFocus();
            field.setText(value);
        });
    }

    /** Whether the push button labelled {@code text} can be pressed. */
    public boolean isEnabled(String text) {
        return UI.call(() -> controls(c -> c instanceof Button b && (b.getStyle() & SWT.PUSH) != 0 && b.getText().replace("&", "").equals(text))
                .stream().findFirst().orElseThrow(() -> new AssertionError("no button '" + text + "'")).isEnabled());
    }

    public List<String> buttons() {
        return UI.call(() -> controls(c -> c instanceof Button b && (b.getStyle() & SWT.PUSH) != 0).stream()
                .map(b -> ((Button) b).getText().replace("&", "")).toList());
    }

    /** Clicks the push button labelled {@code text} (mnemonics ignored); it runs after this returns. */
    public void click(String text) {
        Button button = UI.call(() -> (Button) controls(c -> c instanceof Button b && (b.getStyle() & SWT.PUSH) != 0
                && b.getText().replace("&", "").equals(text)).stream().findFirst()
                .orElseThrow(() -> new AssertionError("no button '" + text + "' in " + buttons())));
        UI.display().asyncExec(() -> button.notifyListeners(SWT.Selection, new Event()));
    }

    /** Closes the dialog as its window's close box would, and waits until it is gone. */
    public void close() {
        UI.display().asyncExec(() -> {
            if (!shell.isDisposed()) {
                shell.close();
            }
        });
        waitUntilClosed();
    }

    public void waitUntilClosed() {
        UI.waitUntil("the dialog to close", shell::isDisposed);
    }

    private List<Control> controls(Predicate<Control> matches) {
        List<Control> found = new ArrayList<>();
        collect(shell, matches, found);
        return found;
    }

    private static void collect(Control control, Predicate<Control> matches, List<Control> found) {
        if (matches.test(control)) {
            found.add(control);
        }
        if (control instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                collect(child, matches, found);
            }
        }
    }
}
