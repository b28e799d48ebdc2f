package org.marginalia.ui.tests.support;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;

/**
 * Real key presses, posted to the display's event queue as the X server delivers them, so that the
 * workbench's key binding dispatcher sees them exactly as it sees a user's. They are handled after the
 * call returns: wait for their effect with {@link UI#waitUntil}.
 */
public final class Keyboard {

    private Keyboard() {
    }

    /** Focuses {@code control} and types {@code character}, optionally with Ctrl held. */
    public static void press(Control control, char character, boolean ctrl) {
        press(control, character, ctrl, false);
    }

    /** Focuses {@code control} and types {@code character} with Ctrl and/or Shift held. */
    public static void press(Control control, char character, boolean ctrl, boolean shift) {
        UI.run(() -> {
            control.getShell().forceActive();
            control.setFocus();
        });
        UI.waitUntil("the keyboard focus on " + control, () -> control.isFocusControl());
        UI.run(() -> {
            if (ctrl) {
                post(SWT.KeyDown, SWT.CTRL, (char) 0);
            }
            if (shift) {
                post(SWT.KeyDown, SWT.SHIFT, (char) 0);
            }
            post(SWT.KeyDown, 0, character);
            post(SWT.KeyUp, 0, character);
            if (shift) {
                post(SWT.KeyUp, SWT.SHIFT, (char) 0);
            }
            if (ctrl) {
                post(SWT.KeyUp, SWT.CTRL, (char) 0);
            }
        });
    }

    private static void post(int type, int keyCode, char character) {
        Event event = new Event();
        event.type = type;
        event.keyCode = keyCode != 0 ? keyCode : character;
        event.character = character;
        if (!UI.display().post(event)) {
            throw new AssertionError("the display refused a posted key event");
        }
    }
}
