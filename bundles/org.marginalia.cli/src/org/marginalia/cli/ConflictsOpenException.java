package org.marginalia.cli;

/**
 * A command did its work but left conflicts for the analyst to choose a side of: its output was printed, and the
 * exit code ({@link Commands#CONFLICTS_OPEN}) lets a script tell this from success and from failure.
 */
final class ConflictsOpenException extends Exception {

    private static final long serialVersionUID = 1L;

    ConflictsOpenException(String message) {
        super(message);
    }
}
