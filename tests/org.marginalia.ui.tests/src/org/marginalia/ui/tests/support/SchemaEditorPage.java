package org.marginalia.ui.tests.support;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.PartInitException;
import org.marginalia.core.corpus.LoadedCorpus;
import org.marginalia.ui.schema.SchemaEditor;
import org.marginalia.ui.schema.SchemaEditorInput;

/** The schema editor as an analyst works it: the tree, the form beside it, the buttons and the problems. */
public final class SchemaEditorPage {

    private final SchemaEditor editor;

    private SchemaEditorPage(SchemaEditor editor) {
        this.editor = editor;
    }

    public static SchemaEditorPage open(LoadedCorpus corpus) {
        return new SchemaEditorPage(UI.call(() -> {
            try {
                return (SchemaEditor) WorkbenchPage.page().openEditor(new SchemaEditorInput(corpus), SchemaEditor.ID);
            } catch (PartInitException e) {
                throw new AssertionError(e);
            }
        }));
    }

    public SchemaEditor editor() {
        return editor;
    }

    /** Every line of the tree, all expanded, children indented by two spaces. */
    public List<String> tree() {
        return UI.call(() -> {
            editor.getViewer().expandAll();
            List<String> lines = new ArrayList<>();
            for (TreeItem item : editor.getViewer().getTree().getItems()) {
                collect(item, "", lines);
            }
            return lines;
        });
    }

    private static void collect(TreeItem item, String indent, List<String> lines) {
        lines.add(indent + item.getText());
        for (TreeItem child : item.getItems()) {
            collect(child, indent + "  ", lines);
        }
    }

    /** Selects the first line of the tree that starts with {@code prefix} (indentation ignored), as a click would. */
    public void select(String prefix) {
        UI.run(() -> {
            editor.getViewer().expandAll();
            Object element = find(editor.getViewer().getTree().getItems(), prefix);
            if (element == null) {
                throw new AssertionError("no line '" + prefix + "' in the schema tree");
            }
            editor.getViewer().setSelection(new StructuredSelection(element), true);
        });
    }

    private static Object find(TreeItem[] items, String prefix) {
        for (TreeItem item : items) {
            if (item.getText().startsWith(prefix)) {
                return item.getData();
            }
            Object inChildren = find(item.getItems(), prefix);
            if (inChildren != null) {
                return inChildren;
            }
        }
        return null;
    }

    /** Types {@code value} into the form's field labelled {@code label}. */
    public void fill(String label, String value) {
        UI.run(() -> ((Text) fieldAfter(label)).setText(value));
    }

    /** Chooses {@code type} in the attribute's Type list. */
    public void chooseType(String type) {
        UI.run(() -> {
            Combo combo = (Combo) fieldAfter("Type:");
            int index = combo.indexOf(type);
            if (index < 0) {
                throw new AssertionError("no type '" + type + "' among " + List.of(combo.getItems()));
            }
            combo.select(index);
            combo.notifyListeners(SWT.Selection, new Event());
        });
    }

    /** Ticks or clears the form's check box labelled {@code label}. */
    public void tick(String label, boolean on) {
        UI.run(() -> {
            Button box = (Button) controls(editor.getViewer().getControl().getParent().getParent()).stream()
                    .filter(c -> c instanceof Button b && (b.getStyle() & SWT.CHECK) != 0 && b.getText().equals(label)).findFirst()
                    .orElseThrow(() -> new AssertionError("no check box '" + label + "'"));
            box.setSelection(on);
            box.notifyListeners(SWT.Selection, new Event());
        });
    }

    public void click(String button) {
        UI.run(() -> {
            Button found = (Button) controls(editor.getViewer().getControl().getParent().getParent()).stream()
                    .filter(c -> c instanceof Button b && b.getText().equals(button)).findFirst()
                    .orElseThrow(() -> new AssertionError("no button '" + button + "'"));
            found.notifyListeners(SWT.Selection, new Event());
        });
    }

    public String problems() {
        return UI.call(editor::problemsText);
    }

    public boolean isDirty() {
        return UI.call(editor::isDirty);
    }

    /** Saves as File > Save does; it runs after this returns, so that its dialogs can be answered. */
    public void saveLater() {
        UI.display().asyncExec(() -> editor.doSave(new NullProgressMonitor()));
    }

    private Control fieldAfter(String label) {
        List<Control> all = controls(editor.getViewer().getControl().getParent().getParent());
        for (int i = 0; i < all.size() - 1; i++) {
            if (all.get(i) instanceof Label l && label.equals(l.getText())) {
                return all.get(i + 1);
            }
        }
        throw new AssertionError("no field '" + label + "' in the schema editor's form");
    }

    private static List<Control> controls(Control root) {
        List<Control> found = new ArrayList<>();
        collect(root, found);
        return found;
    }

    private static void collect(Control control, List<Control> found) {
        found.add(control);
        if (control instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                collect(child, found);
            }
        }
    }
}
