package org.marginalia.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Paths;

import org.marginalia.cli.Commands;

/** Marginalia's command line run in this JVM as a test calls it, keeping what the last run printed. */
final class CommandLineRun {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    /** Runs a command; returns its exit code, and {@link #out()} and {@link #err()} are what it printed. */
    int run(String... args) {
        out.reset();
        err.reset();
        return Commands.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    /** Runs a command that must succeed. */
    void ok(String... args) {
        assertEquals(Commands.OK, run(args), String.join(" ", args) + ": " + out() + err());
    }

    String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    /** The demo corpus's seeds folder. */
    static Path seeds() {
        return Paths.get(System.getProperty("marginalia.seeds", "../../seeds"));
    }
}
