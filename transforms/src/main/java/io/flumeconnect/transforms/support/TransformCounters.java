package io.flumeconnect.transforms.support;

import io.flumeconnect.common.metrics.Counter;
import io.flumeconnect.common.metrics.PluginCounters;
import java.util.function.UnaryOperator;
import org.apache.kafka.common.metrics.PluginMetrics;
import org.apache.kafka.connect.connector.ConnectRecord;

/**
 * The four counters every transform exports: records in, out, dropped and errors (JMX
 * {@code kafka.connect:type=plugins,connector=<name>,task=<n>,transformation=<alias>} on a Kafka 4.1+ worker,
 * {@code flume.connect:type=plugins,transform=<type>,instance=<n>} on older ones). {@link #count} wraps a transform's
 * {@code apply} so each transform counts the same way: a {@code null} result is a drop, an exception an
 * error (and is rethrown, so Connect's error handling decides what happens to the record). A transform whose
 * {@code null} result is not always a drop (one that absorbs records) bumps the counters itself instead.
 */
public final class TransformCounters implements AutoCloseable {
    private final PluginCounters counters;
    private final Counter in;
    private final Counter out;
    private final Counter dropped;
    private final Counter errors;

    public TransformCounters(String transform) {
        counters = PluginCounters.forTransform(transform);
        in = counters.counter("records-in", "Records given to the transform");
        out = counters.counter("records-out", "Records the transform passed on");
        dropped = counters.counter("records-dropped", "Records the transform dropped");
        errors = counters.counter("record-errors", "Records the transform failed on");
    }

    /** Applies {@code transform} to {@code record} and counts the outcome. */
    public <R extends ConnectRecord<R>> R count(R record, UnaryOperator<R> transform) {
        in.increment();
        R result;
        try {
            result = transform.apply(record);
        } catch (RuntimeException e) {
            errors.increment();
            throw e;
        }
        (result == null ? dropped : out).increment();
        return result;
    }

    /** Moves the counters to the plugin metrics a Kafka 4.1+ worker hands the transform. */
    public void useWorkerMetrics(PluginMetrics metrics) {
        counters.useWorkerMetrics(metrics);
    }

    /** A further counter of this transform, e.g. {@code parse-failures}; kebab-case, as Kafka's metrics are. */
    public Counter counter(String name, String description) {
        return counters.counter(name, description);
    }

    public Counter in() {
        return in;
    }

    public Counter out() {
        return out;
    }

    public Counter dropped() {
        return dropped;
    }

    public Counter errors() {
        return errors;
    }

    @Override
    public void close() {
        counters.close();
    }
}
