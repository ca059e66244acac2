package io.flumeconnect.sources.listener;

import io.flumeconnect.common.metrics.Counter;
import io.flumeconnect.common.metrics.PluginCounters;

/** The counters every listener task has; a protocol registers its own next to them. */
public record ListenerMetrics(Counter records, Counter bytes, Counter connectionsAccepted, Counter connectionsClosed,
                              Counter connectionsRefused, Counter tlsHandshakesFailed, Counter datagramsDropped,
                              Counter readsPaused, Counter unitsAcknowledged, Counter unitsFailed,
                              Counter recordsUnsentAtStop) {

    public static ListenerMetrics of(PluginCounters counters) {
        return new ListenerMetrics(
                counters.counter("records-received", "Records taken into the task's buffer"),
                counters.counter("bytes-received", "Bytes received, after TLS decryption"),
                counters.counter("connections-accepted", "Connections accepted (open = accepted - closed)"),
                counters.counter("connections-closed", "Accepted connections that were closed, by either side"),
                counters.counter("connections-refused", "Connections closed at once because connections.max were open"),
                counters.counter("tls-handshakes-failed", "Connections closed because their TLS handshake failed"),
                counters.counter("datagrams-dropped", "UDP datagrams dropped because the task's buffer was full"),
                counters.counter("reads-paused", "Times a connection stopped being read because the buffer was full"),
                counters.counter("units-acknowledged", "Acknowledged units (RELP messages, acked lines, requests, "
                        + "batches) answered as delivered after Kafka acknowledged all their records"),
                counters.counter("units-failed", "Acknowledged units answered as failed: not acknowledged by Kafka "
                        + "within ack.timeout.ms, or the task stopped"),
                counters.counter("records-unsent-at-stop", "Records of protocols without acknowledgement (UDP, "
                        + "plain TCP) still in the buffer when the task stopped"));
    }
}
