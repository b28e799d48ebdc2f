package org.marginalia.core.review;

import java.util.Set;

import org.eclipse.emf.common.command.AbstractCommand;

/**
 * Sets or clears the reviewer's mark that a position stays out of the curated result; undone with the step
 * it belongs to. Not executable when the mark is already as asked.
 */
final class RejectionMark extends AbstractCommand {

    private final Set<String> rejected;
    private final String position;
    private final boolean mark;

    RejectionMark(Set<String> rejected, String position, boolean mark) {
        super(mark ? "Reject position" : "Clear rejection");
        this.rejected = rejected;
        this.position = position;
        this.mark = mark;
    }

    @Override
    protected boolean prepare() {
        return rejected.contains(position) != mark;
    }

    @Override
    public void execute() {
        if (mark) {
            rejected.add(position);
        } else {
            rejected.remove(position);
        }
    }

    @Override
    public void undo() {
        if (mark) {
            rejected.remove(position);
        } else {
            rejected.add(position);
        }
    }

    @Override
    public void redo() {
        execute();
    }
}
