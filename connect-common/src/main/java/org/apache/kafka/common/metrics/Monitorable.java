package org.apache.kafka.common.metrics;

/**
 * A copy of Kafka 4.1's {@code Monitorable} (KIP-877), same name and method, for workers that lack it.
 *
 * <p>flume-connect's transforms implement {@code Monitorable} so that a Kafka 4.1+ worker hands them plugin
 * metrics tagged with the connector, task and alias. On a 3.9 or 4.0 worker the interface does not exist, and
 * a transform implementing it would fail to load (the worker's plugin scanner logs "Failed to discover
 * Transformation ... NoClassDefFoundError: org/apache/kafka/common/metrics/Monitorable" and skips it). Connect
 * loads {@code org.apache.kafka.common} classes from the worker first and from the plugin only when the worker
 * has none, so on 4.1+ this copy is never used and on 3.9/4.0 it only lets the transforms load; nothing calls
 * it there. Keep it identical to Kafka's. See docs/metrics.md.
 */
public interface Monitorable {
    void withPluginMetrics(PluginMetrics metrics);
}
