package io.flumeconnect.sources.flumeavro;

import io.flumeconnect.common.metrics.Counter;
import io.flumeconnect.common.metrics.PluginCounters;

/** A Flume Avro RPC source task's counters. A call ({@code append} or {@code appendBatch}) is a batch. */
record FlumeAvroMetrics(Counter batchesReceived, Counter eventsReceived, Counter batchesAccepted,
        Counter eventsAccepted, Counter batchesFailed, Counter eventsFailed, Counter bytesReceived,
        Counter batchesTooLarge, Counter requestsTooLarge, Counter connectionsAccepted,
        Counter connectionsRefused, Counter topicsRefused) {

    static FlumeAvroMetrics of(PluginCounters counters) {
        return new FlumeAvroMetrics(
                counters.counter("batches-received", "append and appendBatch calls received"),
                counters.counter("events-received", "Events received"),
                counters.counter("batches-accepted", "Calls answered OK: every event acknowledged by Kafka"),
                counters.counter("events-accepted", "Events of calls answered OK"),
                counters.counter("batches-failed", "Calls answered FAILED (buffer full, producer error, timeout, too large)"),
                counters.counter("events-failed", "Events of calls answered FAILED; the client keeps and resends them"),
                counters.counter("bytes-received", "Bytes of Avro requests received (after decompression)"),
                counters.counter("batches-too-large", "appendBatch calls refused for holding more than max.batch.events events"),
                counters.counter("requests-too-large", "Connections closed for a request larger than max.request.bytes"),
                counters.counter("connections-accepted", "Connections accepted"),
                counters.counter("connections-refused", "Connections refused by the IP filter or the connection limit"),
                counters.counter("topics-refused", "Events whose topic header named a topic outside topic.allowed; written to topic"));
    }
}
