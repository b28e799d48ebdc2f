package org.marginalia.ui.editor;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.jface.action.Action;

/** Edit > Undo and Edit > Redo for a part's command stack, labelled with the command they act on. */
public final class CommandStackAction extends Action {

    private final CommandStack stack;
    private final boolean undo;

    public CommandStackAction(CommandStack stack, boolean undo) {
        this.stack = stack;
        this.undo = undo;
        update();
    }

    public void update() {
        Command command = undo ? stack.getUndoCommand() : stack.getRedoCommand();
        setEnabled(undo ? stack.canUndo() : stack.canRedo());
        String label = command == null || command.getLabel() == null ? "" : " " + command.getLabel();
        setText((undo ? "&Undo" : "&Redo") + label);
    }

    @Override
    public void run() {
        if (undo) {
            stack.undo();
        } else {
            stack.redo();
        }
    }
}
