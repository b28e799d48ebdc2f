package org.marginalia.cli;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;

import org.marginalia.core.corpus.CorpusException;

/** Dispatches {@code marginalia <command> [options]} and turns failures into messages and exit codes. */
public final class Commands {

    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int USAGE = 2;
    /** The work was done, but conflicts wait for the analyst's choice (a team sync). */
    public static final int CONFLICTS_OPEN = 3;

    /** One sub-command: parses its own options and does its work through the core services. */
    interface Command {
        String summary();

        String usage();

        void run(Options options, PrintStream out) throws CorpusException, UsageException;

        /** The arguments after the command's name; a command whose action word comes first ({@code team sync}) takes them whole. */
        default void run(String[] args, PrintStream out) throws CorpusException, UsageException, ConflictsOpenException {
            run(Options.parse(args), out);
        }
    }

    private static final Map<String, Command> COMMANDS = new TreeMap<>(Map.of(
            "import", new ImportCommand(),
            "export", new ExportCommand(),
            "agreement", new AgreementCommand(),
            "merge", new MergeCommand(),
            "check", new CheckCommand(),
            "info", new InfoCommand(),
            "schema", new SchemaCommand(),
            "suggest", new SuggestCommand(),
            "team", new TeamCommand()));

    private Commands() {
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0 || isHelp(args[0])) {
            printHelp(out);
            return args.length == 0 ? USAGE : OK;
        }
        Command command = COMMANDS.get(args[0]);
        if (command == null) {
            err.println("marginalia: unknown command '" + args[0] + "'");
            printHelp(err);
            return USAGE;
        }
        String[] rest = Arrays.copyOfRange(args, 1, args.length);
        if (rest.length > 0 && isHelp(rest[0])) {
            out.println(command.usage());
            return OK;
        }
        try {
            command.run(rest, out);
            return OK;
        } catch (UsageException e) {
            err.println("marginalia " + args[0] + ": " + e.getMessage());
            err.println(command.usage());
            return USAGE;
        } catch (ConflictsOpenException e) {
            err.println("marginalia " + args[0] + ": " + e.getMessage());
            return CONFLICTS_OPEN;
        } catch (CorpusException e) {
            err.println("marginalia " + args[0] + ": failed");
            e.problems().forEach(p -> err.println("  " + p));
            return FAILED;
        } catch (RuntimeException e) {
            // A bug, not a diagnosed problem: still a message and exit 1, never a stack trace in a log and exit 0.
            err.println("marginalia " + args[0] + ": failed with an internal error: " + e);
            return FAILED;
        }
    }

    private static boolean isHelp(String arg) {
        return arg.equals("--help") || arg.equals("-h") || arg.equals("help");
    }

    private static void printHelp(PrintStream out) {
        out.println("usage: marginalia <command> [options]   (no command: open the workbench on the demo corpus)");
        out.println();
        COMMANDS.forEach((name, command) -> out.printf("  %-10s %s%n", name, command.summary()));
        out.println();
        out.println("marginalia <command> --help shows a command's options.");
    }
}
