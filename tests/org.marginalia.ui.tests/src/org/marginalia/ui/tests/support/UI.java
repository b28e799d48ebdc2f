package org.marginalia.ui.tests.support;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.PlatformUI;

/**
 * Runs code on the UI thread from the test thread, and waits for conditions instead of sleeping blindly.
 * Plain SWT in the style of SWTBot, which our registries cannot provide.
 */
public final class UI {

    private static final Duration TIMEOUT = Duration.ofSeconds(20);

    private UI() {
    }

    public static Display display() {
        return PlatformUI.getWorkbench().getDisplay();
    }

    /**
     * Runs {@code code} on the UI thread and returns its result. Anything it throws, errors included, is
     * rethrown here: the workbench's event loop would otherwise log and swallow it, and the test would go on
     * with a null.
     */
    public static <T> T call(Supplier<T> code) {
        AtomicReference<T> result = new AtomicReference<>();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        display().syncExec(() -> {
            try {
                result.set(code.get());
            } catch (Throwable e) {
                failure.set(e);
            }
        });
        Throwable thrown = failure.get();
        if (thrown instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (thrown instanceof Error error) {
            throw error;
        }
        if (thrown != null) {
            throw new IllegalStateException(thrown);
        }
        return result.get();
    }

    public static void run(Runnable code) {
        call(() -> {
            code.run();
            return null;
        });
    }

    /** Polls {@code condition} on the UI thread until it holds, failing with {@code what} after the timeout. */
    public static void waitUntil(String what, BooleanSupplier condition) {
        waitUntil(what, TIMEOUT, condition);
    }

    /** {@link #waitUntil(String, BooleanSupplier)} with a shorter patience, for a step that may be retried. */
    public static void waitUntil(String what, Duration timeout, BooleanSupplier condition) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!call(condition::getAsBoolean)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out after " + timeout.toSeconds() + " s waiting for " + what);
            }
            sleep(20);
        }
    }

    /** Lets the pointer or the display settle, off the UI thread. */
    public static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }
}
