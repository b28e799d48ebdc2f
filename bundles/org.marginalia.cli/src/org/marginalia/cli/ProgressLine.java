package org.marginalia.cli;

import java.io.PrintStream;

import org.eclipse.emf.common.util.BasicMonitor;

/**
 * Prints progress of long work as one line, at most once a second, so a short export stays quiet and a long
 * one shows it is alive.
 */
final class ProgressLine extends BasicMonitor {

    private static final long INTERVAL_NANOS = 1_000_000_000L;

    private final PrintStream out;
    private final long started = System.nanoTime();
    private long lastPrinted = started;
    private String task = "";
    private int total;
    private int done;

    ProgressLine(PrintStream out) {
        this.out = out;
    }

    @Override
    public void beginTask(String name, int totalWork) {
        task = name;
        total = totalWork;
        done = 0;
    }

    @Override
    public void worked(int work) {
        done += work;
        long now = System.nanoTime();
        if (now - lastPrinted >= INTERVAL_NANOS) {
            lastPrinted = now;
            out.printf("%s: %d/%d (%d%%)%n", task, done, total, total == 0 ? 100 : done * 100 / total);
        }
    }
}
