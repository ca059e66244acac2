package io.flumeconnect.launcher.bench;

import io.flumeconnect.launcher.process.JavaProcess;
import io.flumeconnect.launcher.process.WorkerMetrics;
import java.io.IOException;
import java.time.Duration;

/**
 * Times a sink connector by the records its tasks have finished {@code put} for ({@link WorkerMetrics#sinkRecordsPut}),
 * read every 20 ms: from the first reading at or past a tenth of the records (the part before warms up the connector's
 * start, its first fetches and the JIT) to the first reading at all of them, counting only the records in between,
 * with the worker's and the machine's CPU time over the same part. For a sink that writes inside {@code put}
 * (Debezium's JDBC sink) that is rows written; for the counting sink, records counted. Our JDBC sink's {@code put}
 * hands a delivery to its writer thread and returns while the write goes on (one delivery in flight), so its clock
 * stops only once {@code allWritten} also says every row is in the table: the timed part then ends with the last
 * write, not with the last hand-over (it starts one delivery early as well, which only moves the window).
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

    /**
     * Times {@code connector}, already created, over {@code records} records holding {@code bytes}, as {@code phase};
     * the clock stops once put has finished for all records and {@code allWritten} holds.
     */
    static Phase time(BenchContext context, WorkerMetrics metrics, String connector, String phase, long records, long bytes,
                      Reading<Boolean> allWritten) throws IOException, InterruptedException {
        JavaProcess worker = context.stack().worker().process();
        return time(() -> metrics.sinkRecordsPut(connector), allWritten, () -> Phase.Mark.now(worker),
                () -> connector + "; its status: " + context.rest().status(connector), TIMEOUT, phase, records, bytes);
    }

    /**
     * As above, from readings of the records {@code put} has finished for and of the clocks; {@code describe} names the
     * connector in the error after {@code timeout}.
     */
    static Phase time(Reading<Long> put, Reading<Boolean> allWritten, Reading<Phase.Mark> clocks,
                      Reading<String> describe, Duration timeout, String phase, long records, long bytes)
            throws IOException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        long first = awaitPut(put, describe, Math.max(1, records / 10), timeout, deadline);
        Phase.Mark start = clocks.read();
        if (first >= records) {
            throw new IOException(phase + ": put was handed all " + records + " records before a tenth was seen: too few"
                    + " records to time (give more --rows)");
        }
        long last = awaitPut(put, describe, records, timeout, deadline);
        awaitWritten(allWritten, describe, timeout, deadline);
        Phase.Mark end = clocks.read();
        long counted = last - first;
        return start.until(end, phase, counted, Math.round((double) bytes * counted / records));
    }

    /** Polls until {@code allWritten} holds (the last write of a sink that writes after put returned). */
    private static void awaitWritten(Reading<Boolean> allWritten, Reading<String> describe, Duration timeout,
                                     long deadline) throws IOException, InterruptedException {
        while (!allWritten.read()) {
            if (System.nanoTime() > deadline) {
                throw new IOException("after %s put has finished for every record but not every row is written: %s"
                        .formatted(timeout, describe.read()));
            }
            Thread.sleep(POLL_MILLIS);
        }
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
