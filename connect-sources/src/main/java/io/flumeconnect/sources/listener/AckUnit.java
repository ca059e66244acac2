package io.flumeconnect.sources.listener;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

/** Records answered together (a RELP message, an acked line, an HTTP request, an Avro batch). */
final class AckUnit {
    private final AtomicInteger unacknowledged;
    private final CompletableFuture<Void> done = new CompletableFuture<>();

    AckUnit(int records) {
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

    CompletableFuture<Void> done() {
        return done;
    }
}
