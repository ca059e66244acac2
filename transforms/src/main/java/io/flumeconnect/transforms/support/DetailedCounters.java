package io.flumeconnect.transforms.support;

import io.flumeconnect.common.metrics.Counter;
import io.flumeconnect.common.metrics.PluginCounters;
import java.util.function.UnaryOperator;
import org.apache.kafka.connect.connector.ConnectRecord;

/**
 * The records in/out/dropped/errors counters of {@link TransformCounters}, under the same metric names, plus
 * counters of the transform's own (parse failures, late records, windows evicted), all in one JMX bean
 * {@code flume.connect:type=plugins,transform=<type>,instance=<n>}.
 */
public final class DetailedCounters implements AutoCloseable {
    private final PluginCounters counters;
    private final Counter in;
    private final Counter out;
    private final Counter dropped;
    private final Counter errors;

    public DetailedCounters(String transform) {
        counters = PluginCounters.forTransform(transform);
        in = counters.counter("records-in", "Records given to the transform");
        out = counters.counter("records-out", "Records the transform passed on");
        dropped = counters.counter("records-dropped", "Records the transform dropped");
        errors = counters.counter("record-errors", "Records the transform failed on");
    }

    /** A counter of this transform's own, in the same bean; {@code name} is kebab-case. */
    public Counter counter(String name, String description) {
        return counters.counter(name, description);
    }

    /**
     * Applies {@code transform} and counts the outcome: a {@code null} result is a drop, an exception an error
     * (rethrown, so Connect's error handling decides what happens to the record). A transform whose
     * {@code null} means something else (a record absorbed into an aggregate) counts with the counters below.
     */
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
