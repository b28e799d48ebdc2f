package org.marginalia.ui.editor;

import java.util.EventObject;

import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.actions.ActionFactory;

/**
 * Edit > Undo and Edit > Redo of a corpus's command stack in one part's action bars, kept up to date whichever
 * part changed the stack: the editors, the Properties view and the Entities view all undo the same history.
 */
public final class UndoRedoActions implements CommandStackListener {

    private final CommandStack stack;
    private final CommandStackAction undo;
    private final CommandStackAction redo;

    private UndoRedoActions(CommandStack stack) {
        this.stack = stack;
        undo = new CommandStackAction(stack, true);
        redo = new CommandStackAction(stack, false);
    }

    /** Registers Undo and Redo for {@code stack} in {@code bars}; {@link #dispose()} stops listening. */
    public static UndoRedoActions install(IActionBars bars, CommandStack stack) {
        UndoRedoActions actions = new UndoRedoActions(stack);
        bars.setGlobalActionHandler(ActionFactory.UNDO.getId(), actions.undo);
        bars.setGlobalActionHandler(ActionFactory.REDO.getId(), actions.redo);
        bars.updateActionBars();
        stack.addCommandStackListener(actions);
        return actions;
    }

    @Override
    public void commandStackChanged(EventObject event) {
        undo.update();
        redo.update();
    }

    public void dispose() {
        stack.removeCommandStackListener(this);
    }
}
