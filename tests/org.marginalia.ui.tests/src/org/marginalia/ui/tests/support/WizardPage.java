package org.marginalia.ui.tests.support;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import org.eclipse.jface.wizard.IWizard;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.PlatformUI;

/** A wizard dialog driven through its widgets: fields found by their labels, buttons by their text. */
public final class WizardPage {

    private final WizardDialog dialog;

    private WizardPage(WizardDialog dialog) {
        this.dialog = dialog;
    }

    public static WizardPage open(IWizard wizard) {
        WizardDialog dialog = UI.call(() -> {
            WizardDialog d = new WizardDialog(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), wizard);
            d.setBlockOnOpen(false);
            d.open();
            return d;
        });
        return new WizardPage(dialog);
    }

    /** Types into the text field that follows {@code label}, firing the Modify events a keyboard would. */
    public void setText(String label, String value) {
        UI.run(() -> ((Text) fieldAfter(label)).setText(value));
    }

    public void selectCombo(String label, String item) {
        UI.run(() -> {
            Combo combo = (Combo) fieldAfter(label);
            int index = combo.indexOf(item);
            if (index < 0) {
                throw new AssertionError("no item '" + item + "' in " + List.of(combo.getItems()));
            }
            combo.select(index);
            combo.notifyListeners(SWT.Selection, new Event());
        });
    }

    public String comboText(String label) {
        return UI.call(() -> ((Combo) fieldAfter(label)).getText());
    }

    public List<String> comboItems(String label) {
        return UI.call(() -> List.of(((Combo) fieldAfter(label)).getItems()));
    }

    /** Clicks a radio button, check box or push button by its text (mnemonics ignored). */
    public void click(String text) {
        UI.run(() -> {
            Button button = button(text);
            if ((button.getStyle() & SWT.RADIO) != 0) {
                for (Control sibling : button.getParent().getChildren()) {
                    if (sibling instanceof Button other && (other.getStyle() & SWT.RADIO) != 0) {
                        other.setSelection(false);
                    }
                }
                button.setSelection(true);
            } else if ((button.getStyle() & SWT.CHECK) != 0) {
                button.setSelection(!button.getSelection());
            }
            button.notifyListeners(SWT.Selection, new Event());
        });
    }

    public boolean isEnabled(String buttonText) {
        return UI.call(() -> button(buttonText).isEnabled());
    }

    public String errorMessage() {
        return UI.call(() -> dialog.getCurrentPage().getErrorMessage());
    }

    public boolean isOpen() {
        return UI.call(() -> dialog.getShell() != null && !dialog.getShell().isDisposed());
    }

    public void finish() {
        click("Finish");
        UI.waitUntil("the wizard to close", () -> dialog.getShell() == null || dialog.getShell().isDisposed());
    }

    public void cancel() {
        UI.run(dialog::close);
    }

    private Button button(String text) {
        List<Control> found = find(c -> c instanceof Button b && b.getText().replace("&", "").equals(text));
        if (found.isEmpty()) {
            throw new AssertionError("no button '" + text + "' in the wizard");
        }
        return (Button) found.get(0);
    }

    /** The texts of one column of the wizard's table, top to bottom. */
    public List<String> tableColumn(int column) {
        return UI.call(() -> {
            List<Control> tables = find(c -> c instanceof Table);
            if (tables.isEmpty()) {
                throw new AssertionError("no table in the wizard");
            }
            return List.of(((Table) tables.get(0)).getItems()).stream().map(item -> item.getText(column)).toList();
        });
    }

    /** The field after a label, or after a radio button or check box that names it. */
    private Control fieldAfter(String label) {
        for (Control control : find(c -> (c instanceof Label l && l.getText().replace("&", "").equals(label))
                || (c instanceof Button b && b.getText().replace("&", "").equals(label)))) {
            Control[] siblings = control.getParent().getChildren();
            for (int i = 0; i < siblings.length - 1; i++) {
                if (siblings[i] == control) {
                    return siblings[i + 1];
                }
            }
        }
        throw new AssertionError("no field labelled '" + label + "' in the wizard");
    }

    private List<Control> find(Predicate<Control> matches) {
        List<Control> found = new ArrayList<>();
        collect(dialog.getShell(), matches, found);
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
