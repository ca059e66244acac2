package io.flumeconnect.launcher.crash;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.function.Supplier;

/** Waits on a condition, never on a fixed sleep. */
final class Await {
    private Await() {
    }

    /** A condition that may fail while the system is in flux (a REST call to a rebalancing worker). */
    @FunctionalInterface
    interface Condition {
        boolean holds() throws IOException, InterruptedException;
    }

    /** Polls {@code condition} every 250 ms; an I/O error counts as "not yet" (a file renamed while listed). */
    static void until(Condition condition, Duration timeout, Supplier<String> message)
            throws IOException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        IOException last = null;
        while (System.nanoTime() < deadline) {
            try {
                if (condition.holds()) {
                    return;
                }
            } catch (IOException e) {
                last = e;
            } catch (UncheckedIOException e) {
                last = e.getCause();
            }
            Thread.sleep(250);
        }
        throw new IOException(message.get() + " after " + timeout, last);
    }
}
