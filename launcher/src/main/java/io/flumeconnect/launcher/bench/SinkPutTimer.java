package io.flumeconnect.launcher.bench;

import io.flumeconnect.launcher.process.JavaProcess;
import java.io.IOException;
import java.time.Duration;

/**
 * Times a sink connector by the records its tasks have finished {@code put} for ({@link WorkerMetrics#sinkRecordsPut}),
 * read every 20 ms: from the first reading at or past a tenth of the records (the part before warms up the connector's
 * start, its first fetches and the JIT) to the first reading at all of them, counting only the records in between,
 * with the worker's and the machine's CPU time over the same part. For a sink that writes inside {@code put} (the JDBC
 * sinks, ours and Debezium's) that is rows written; for the counting sink, records counted.
 */
final class SinkPutTimer {
    private static final long POLL_MILLIS = 20;
    private static final Duration TIMEOUT = Duration.ofMinutes(30);

    private SinkPutTimer() {
    }

    /** A reading that may need the network or a file. */
    @FunctionalInterface
    interface Reading<T> {
        T read() throws IOException, InterruptedException;
    }

    /** Times {@code connector}, already created, over {@code records} records holding {@code bytes}, as {@code phase}. */
    static Phase time(BenchContext context, WorkerMetrics metrics, String connector, String phase, long records, long bytes)
            throws IOException, InterruptedException {
        JavaProcess worker = context.stack().worker().process();
        return time(() -> metrics.sinkRecordsPut(connector), () -> Phase.Mark.now(worker),
                () -> connector + "; its status: " + context.rest().status(connector), TIMEOUT, phase, records, bytes);
    }

    /**
     * As above, from readings of the records {@code put} has finished for and of the clocks; {@code describe} names the
     * connector in the error after {@code timeout}.
     */
    static Phase time(Reading<Long> put, Reading<Phase.Mark> clocks, Reading<String> describe, Duration timeout,
                      String phase, long records, long bytes) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        long first = awaitPut(put, describe, Math.max(1, records / 10), timeout, deadline);
        Phase.Mark start = clocks.read();
        if (first >= records) {
            throw new IOException(phase + ": put was handed all " + records + " records before a tenth was seen: too few"
                    + " records to time (give more --rows)");
        }
        long last = awaitPut(put, describe, records, timeout, deadline);
        Phase.Mark end = clocks.read();
        long counted = last - first;
        return start.until(end, phase, counted, Math.round((double) bytes * counted / records));
    }

    /** Polls until put has finished for {@code count} records; returns the reading. */
    private static long awaitPut(Reading<Long> put, Reading<String> describe, long count, Duration timeout, long deadline)
            throws IOException, InterruptedException {
        long done = put.read();
        while (done < count) {
            if (System.nanoTime() > deadline) {
                throw new IOException("after %s put has finished for %d of %d records: %s".formatted(timeout, done, count,
                        describe.read()));
            }
            Thread.sleep(POLL_MILLIS);
            done = put.read();
        }
        return done;
    }
}
