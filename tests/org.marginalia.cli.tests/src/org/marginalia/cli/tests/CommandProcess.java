package org.marginalia.cli.tests;

import org.marginalia.cli.Commands;

/** Runs one command line command in a process of its own, as {@code ./marginalia} does, and exits with its code. */
public final class CommandProcess {

    private CommandProcess() {
    }

    public static void main(String[] args) {
        System.exit(Commands.run(args, System.out, System.err));
    }
}
