package org.marginalia.ui.editor;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.marginalia.core.io.FileChangedException;

/**
 * Asks what to do when a save finds that someone else saved its file meanwhile. Nothing has been written
 * when it asks; every answer keeps one of the two versions whole.
 */
public final class SaveConflictDialog {

    public static final String TITLE = "File Changed on Disk";

    /** The answers, in the order of the dialog's buttons. */
    public enum Choice {
        RELOAD("&Reload Theirs"), OVERWRITE("&Overwrite with Mine"), SAVE_COPY("Save Mine as a &Copy..."), CANCEL("Cancel");

        private final String label;

        Choice(String label) {
            this.label = label;
        }
    }

    private SaveConflictDialog() {
    }

    public static Choice ask(Shell shell, FileChangedException conflict) {
        String[] labels = new String[Choice.values().length];
        for (Choice choice : Choice.values()) {
            labels[choice.ordinal()] = choice.label;
        }
        MessageDialog dialog = new MessageDialog(shell, TITLE, null, conflict.file() + "\n\nwas saved by someone else (another"
                + " Marginalia, a colleague on a shared drive, or a Git pull) after you opened it. Nothing has been written yet.\n\n"
                + "Reload: drop your unsaved changes and show their version.\n"
                + "Overwrite: replace their version with yours.\n"
                + "Save a copy: keep your version in a file outside the corpus; their file stays as it is.",
                MessageDialog.WARNING, Choice.CANCEL.ordinal(), labels);
        int answer = dialog.open();
        return answer < 0 ? Choice.CANCEL : Choice.values()[answer];
    }
}
