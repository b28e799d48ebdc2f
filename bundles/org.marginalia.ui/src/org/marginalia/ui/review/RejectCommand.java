package org.marginalia.ui.review;

import java.util.Set;

import org.eclipse.emf.common.command.AbstractCommand;

/** Marks a position as rejected (or takes the mark away on undo); the mark lives in the review session. */
final class RejectCommand extends AbstractCommand {

    private final Set<String> rejected;
    private final String position;

    RejectCommand(Set<String> rejected, String position) {
        super("Reject position");
        this.rejected = rejected;
        this.position = position;
    }

    @Override
    protected boolean prepare() {
        return !rejected.contains(position);
    }

    @Override
    public void execute() {
        rejected.add(position);
    }

    @Override
    public void undo() {
        rejected.remove(position);
    }

    @Override
    public void redo() {
        execute();
    }
}
