package org.marginalia.cli;

/** The command line was wrong: a missing or unknown option. */
final class UsageException extends Exception {

    private static final long serialVersionUID = 1L;

    UsageException(String message) {
        super(message);
    }
}
