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

    /** Times {@code connector}, already created, over {@code records} records holding {@code bytes}, as phase {@code phase}. */
    static Phase time(BenchContext context, WorkerMetrics metrics, String connector, String phase, long records, long bytes)
            throws IOException, InterruptedException {
        JavaProcess worker = context.stack().worker().process();
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        long first = awaitPut(context, metrics, connector, Math.max(1, records / 10), deadline);
        Phase.Mark start = Phase.Mark.now(worker);
        if (first >= records) {
            throw new IOException(connector + " was handed all " + records + " records before a tenth was seen: too few"
                    + " records to time (give more --rows)");
        }
        long last = awaitPut(context, metrics, connector, records, deadline);
        Phase.Mark end = Phase.Mark.now(worker);
        long counted = last - first;
        return start.until(end, phase, counted, Math.round((double) bytes * counted / records));
    }

    /** Polls until {@code connector}'s tasks have finished put for {@code count} records; returns the reading. */
    private static long awaitPut(BenchContext context, WorkerMetrics metrics, String connector, long count, long deadline)
            throws IOException, InterruptedException {
        long put = metrics.sinkRecordsPut(connector);
        while (put < count) {
            if (System.nanoTime() > deadline) {
                throw new IOException("after " + TIMEOUT + " the tasks of " + connector + " have finished put for " + put
                        + " of " + count + " records; its status: " + context.rest().status(connector));
            }
            Thread.sleep(POLL_MILLIS);
            put = metrics.sinkRecordsPut(connector);
        }
        return put;
    }
}
