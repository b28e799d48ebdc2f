package org.marginalia.core.review;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.command.AbstractCommand;
import org.eclipse.emf.common.command.Command;

/**
 * What the reviewer did, newest first. Entries come and go only through the commands {@link #entry} makes,
 * which are part of each review step: undoing the step takes its entry away and redo brings it back, whatever
 * else shares the command stack.
 */
public final class ReviewLog {

    /** One entry; compared by identity, as two steps may well be described by the same words. */
    private static final class Entry {
        private final String text;

        Entry(String text) {
            this.text = text;
        }
    }

    private final List<Entry> entries = new ArrayList<>();

    public List<String> entries() {
        return entries.stream().map(e -> e.text).toList();
    }

    /** A command that adds {@code text} on execute and redo and removes it on undo. */
    Command entry(String text) {
        Entry entry = new Entry(text);
        return new AbstractCommand(text) {
            @Override
            protected boolean prepare() {
                return true;
            }

            @Override
            public void execute() {
                entries.add(0, entry);
            }

            @Override
            public void undo() {
                entries.remove(entry);
            }

            @Override
            public void redo() {
                execute();
            }
        };
    }
}
