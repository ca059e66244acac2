package io.flumeconnect.sources.listener;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.connect.source.SourceRecord;

/**
 * The units not yet answered. A unit completes when {@code commitRecord} saw each of its records, and fails when
 * that takes longer than the acknowledgement timeout or the task stops first.
 */
final class AckTracker {
    private final Duration timeout;
    private final ListenerMetrics metrics;
    private final Set<AckUnit> pending = ConcurrentHashMap.newKeySet();

    AckTracker(Duration timeout, ListenerMetrics metrics) {
        this.timeout = timeout;
        this.metrics = metrics;
    }

    AckUnit open(int records) {
        AckUnit unit = new AckUnit(records);
        pending.add(unit);
        unit.done().orTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS).whenComplete((ok, failure) -> {
            pending.remove(unit);
            (failure == null ? metrics.unitsAcknowledged() : metrics.unitsFailed()).increment();
        });
        return unit;
    }

    /** From {@code SourceTask.commitRecord}: records of unacknowledged protocols are not tracked. */
    void committed(SourceRecord record) {
        if (record instanceof AckedRecord acked) {
            acked.unit().recordAcknowledged();
        }
    }

    /** Waits up to {@code wait} for every pending unit to be answered; true when none is left. */
    boolean awaitPending(Duration wait) throws InterruptedException {
        CompletableFuture<?>[] futures = pending.stream().map(AckUnit::done).toArray(CompletableFuture[]::new);
        try {
            CompletableFuture.allOf(futures).get(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException e) {
            // a failed or late unit: whatever is still pending is failed by the caller
        }
        return pending.isEmpty();
    }

    /** Answers every pending unit as failed, so each sender keeps its messages and sends them again. */
    void failPending(String reason) {
        pending.forEach(unit -> unit.fail(new IllegalStateException(reason)));
    }
}
