package io.flumeconnect.sources.flumeavro;

import io.flumeconnect.common.metrics.Counter;
import io.flumeconnect.common.metrics.PluginCounters;

/**
 * A Flume Avro RPC source task's own counters, next to the listener's (connections, bytes, records, units). A
 * call, {@code append} or {@code appendBatch}, is a batch.
 */
record FlumeAvroMetrics(Counter batchesReceived, Counter eventsReceived, Counter batchesAccepted,
        Counter eventsAccepted, Counter batchesFailed, Counter eventsFailed, Counter batchesRefusedBufferFull,
        Counter batchesTooLarge, Counter requestsTooLarge, Counter connectionsFiltered, Counter topicsRefused) {

    static FlumeAvroMetrics of(PluginCounters counters) {
        return new FlumeAvroMetrics(
                counters.counter("batches-received", "append and appendBatch calls received"),
                counters.counter("events-received", "Events received"),
                counters.counter("batches-accepted", "Calls answered OK: Kafka acknowledged every event"),
                counters.counter("events-accepted", "Events of calls answered OK"),
                counters.counter("batches-failed", "Calls answered FAILED: buffer full, too large, not acknowledged "
                        + "by Kafka within ack.timeout.ms, or the task stopped; the client keeps and resends them"),
                counters.counter("events-failed", "Events of calls answered FAILED"),
                counters.counter("batches-refused-buffer-full", "Calls answered FAILED at once because the task's "
                        + "buffer was full (back-pressure)"),
                counters.counter("batches-too-large", "appendBatch calls answered FAILED for holding more than "
                        + "max.batch.events events"),
                counters.counter("requests-too-large", "Connections closed for sending a request larger than "
                        + "max.request.bytes"),
                counters.counter("connections-filtered", "Connections closed at once by ip.filter.rules"),
                counters.counter("topics-refused", "Events whose topic header named a topic outside topic.allowed; "
                        + "written to topic"));
    }
}
