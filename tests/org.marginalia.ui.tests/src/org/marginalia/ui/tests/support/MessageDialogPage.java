package org.marginalia.ui.tests.support;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;

/** A modal question dialog, found by its title once it is open, answered by clicking one of its buttons. */
public final class MessageDialogPage {

    private final Shell shell;

    private MessageDialogPage(Shell shell) {
        this.shell = shell;
    }

    /** Waits until a dialog titled {@code title} is open (a modal dialog runs its own event loop, so this still works). */
    public static MessageDialogPage waitFor(String title) {
        UI.waitUntil("the dialog '" + title + "'", () -> find(title) != null);
        return new MessageDialogPage(UI.call(() -> find(title)));
    }

    private static Shell find(String title) {
        for (Shell shell : UI.display().getShells()) {
            if (!shell.isDisposed() && shell.isVisible() && title.equals(shell.getText())) {
                return shell;
            }
        }
        return null;
    }

    public List<String> buttons() {
        return UI.call(() -> buttonsOf(shell).stream().map(b -> b.getText().replace("&", "")).toList());
    }

    /** Clicks the button labelled {@code text} (mnemonics ignored) and waits for the dialog to close. */
    public void click(String text) {
        UI.run(() -> {
            Button button = buttonsOf(shell).stream().filter(b -> b.getText().replace("&", "").equals(text)).findFirst()
                    .orElseThrow(() -> new AssertionError("no button '" + text + "' in " + buttons()));
            button.notifyListeners(SWT.Selection, new Event());
        });
        UI.waitUntil("the dialog to close", shell::isDisposed);
    }

    private static List<Button> buttonsOf(Composite parent) {
        List<Button> found = new ArrayList<>();
        for (Control child : parent.getChildren()) {
            if (child instanceof Button button && (button.getStyle() & SWT.PUSH) != 0) {
                found.add(button);
            } else if (child instanceof Composite composite) {
                found.addAll(buttonsOf(composite));
            }
        }
        return found;
    }
}
