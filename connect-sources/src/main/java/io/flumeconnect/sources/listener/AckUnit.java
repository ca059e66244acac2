package io.flumeconnect.sources.listener;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

/** Records answered together (a RELP message, an acked line, an HTTP request, an Avro batch). */
public final class AckUnit {
    private final int records;
    private final AtomicInteger unacknowledged;
    private final CompletableFuture<Void> done = new CompletableFuture<>();

    AckUnit(int records) {
        this.records = records;
        this.unacknowledged = new AtomicInteger(records);
        if (records == 0) {
            done.complete(null);
        }
    }

    /** Kafka acknowledged one of its records (or a transform dropped it). */
    void recordAcknowledged() {
        if (unacknowledged.decrementAndGet() == 0) {
            done.complete(null);
        }
    }

    void fail(Throwable reason) {
        done.completeExceptionally(reason);
    }

    /** Completes once Kafka acknowledged every record; fails after the acknowledgement timeout or at stop. */
    public CompletableFuture<Void> done() {
        return done;
    }

    /** How many of its records Kafka has acknowledged so far: what a failed unit's retry sends again. */
    public int acknowledged() {
        return records - unacknowledged.get();
    }
}
