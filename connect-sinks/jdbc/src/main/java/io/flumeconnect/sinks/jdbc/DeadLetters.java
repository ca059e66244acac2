package io.flumeconnect.sinks.jdbc;

import io.flumeconnect.common.metrics.Counter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.apache.kafka.connect.errors.ConnectException;
import org.apache.kafka.connect.sink.ErrantRecordReporter;
import org.apache.kafka.connect.sink.SinkRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends refused records to Connect's errant record reporter (the dead-letter queue with the reason in its
 * headers when the connector sets {@code errors.deadletterqueue.topic.name}). With {@code errors.tolerance=none}
 * a refused record fails the task; with {@code errors.tolerance=all} and no dead-letter topic it is skipped with a
 * warning and counted, as the user asked. The task waits
 * for the reports before it counts the records as done. Used on the task thread only: the writer thread hands the
 * records the database refused back to it, since Connect's reporter is not made to be called from other threads.
 */
final class DeadLetters {
    private static final Logger log = LoggerFactory.getLogger(DeadLetters.class);

    private final ErrantRecordReporter reporter;
    private final boolean tolerateAll;
    private final Counter rejected;
    private final List<Future<Void>> pending = new ArrayList<>();

    /** {@code tolerateAll}: the connector's {@code errors.tolerance=all}, under which a worker may give no reporter. */
    DeadLetters(ErrantRecordReporter reporter, boolean tolerateAll, Counter rejected) {
        this.reporter = reporter;
        this.tolerateAll = tolerateAll;
        this.rejected = rejected;
    }

    void reject(SinkRecord record, Throwable reason) {
        rejected.increment();
        if (reporter == null && tolerateAll) {
            log.warn("Record {}-{}@{} skipped (errors.tolerance=all, no dead-letter queue): {}", record.topic(),
                    record.kafkaPartition(), record.kafkaOffset(), reason.getMessage());
            return;
        }
        if (reporter == null) {
            throw new ConnectException("record " + record.topic() + "-" + record.kafkaPartition() + "@"
                    + record.kafkaOffset() + " refused and no dead-letter queue is configured: " + reason.getMessage(), reason);
        }
        log.debug("Record {}-{}@{} to the dead-letter queue: {}", record.topic(), record.kafkaPartition(),
                record.kafkaOffset(), reason.getMessage());
        pending.add(reporter.report(record, reason));
    }

    void awaitReported() {
        try {
            for (Future<Void> future : pending) {
                future.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ConnectException("interrupted while reporting refused records", e);
        } catch (ExecutionException e) {
            throw new ConnectException("could not write a refused record to the dead-letter queue", e.getCause());
        } finally {
            pending.clear();
        }
    }
}
