package io.flumeconnect.transforms.support;

import io.flumeconnect.common.metrics.Counter;
import io.flumeconnect.common.metrics.PluginCounters;

/**
 * The records in/out/dropped/errors counters of {@link TransformCounters}, under the same metric names, for a
 * transform whose {@code null} result is not always a drop (a record absorbed into an aggregate) and which so
 * counts each outcome itself; plus counters of its own, all in one JMX bean
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
