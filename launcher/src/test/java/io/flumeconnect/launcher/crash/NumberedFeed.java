package io.flumeconnect.launcher.crash;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/** A background thread that feeds numbered values into a system until stopped, counting what it fed. */
abstract class NumberedFeed implements AutoCloseable {
    private final AtomicLong fed = new AtomicLong();
    private final Thread thread;
    private volatile boolean stopped;
    private volatile Exception failure;

    NumberedFeed(String name) {
        thread = new Thread(this::run, name);
    }

    /** Feeds values {@code fed() + 1}, ... calling {@link #fed(long)} after each chunk, until {@link #stopped()}. */
    protected abstract void feed() throws Exception;

    protected final boolean stopped() {
        return stopped;
    }

    /** Values fed and acknowledged so far (all of them once {@link #stop()} returned). */
    final long fed() {
        return fed.get();
    }

    protected final void fed(long values) {
        fed.addAndGet(values);
    }

    final void start() {
        thread.start();
    }

    /** Waits until at least {@code values} more values than now were fed. */
    final void awaitMore(long values, Duration timeout) throws IOException, InterruptedException {
        awaitFed(fed() + values, timeout);
    }

    /** Waits until at least {@code values} values were fed in all. */
    final void awaitFed(long values, Duration timeout) throws IOException, InterruptedException {
        Await.until(() -> fed() >= values, timeout, () -> thread.getName() + " stuck at " + fed() + " values");
    }

    /** Stops after the current chunk; fails if feeding failed. */
    final void stop() throws IOException {
        close();
        if (failure != null) {
            throw new IOException(thread.getName() + " failed", failure);
        }
    }

    private void run() {
        try {
            feed();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            failure = e;
        }
    }

    /** Stops without reporting a failure: for the end of a test that already failed. */
    @Override
    public final void close() {
        stopped = true;
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
