package org.marginalia.cli;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;

/** The Equinox entry point of the command line: hands the arguments to {@link Commands}. */
public final class CommandLineApplication implements IApplication {

    @Override
    public Object start(IApplicationContext context) {
        String[] args = (String[]) context.getArguments().getOrDefault(IApplicationContext.APPLICATION_ARGS, new String[0]);
        return Commands.run(args, System.out, System.err);
    }

    @Override
    public void stop() {
        // Commands run to completion; there is nothing to interrupt.
    }
}
