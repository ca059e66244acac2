package io.flumeconnect.common.metrics;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.apache.kafka.common.MetricName;
import org.apache.kafka.common.metrics.Measurable;
import org.apache.kafka.common.metrics.PluginMetrics;
import org.apache.kafka.connect.connector.ConnectorContext;
import org.apache.kafka.connect.sink.SinkTaskContext;
import org.apache.kafka.connect.source.SourceTaskContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The counters of one connector, task or transform instance, exported over JMX.
 *
 * <p>On a worker with plugin metrics (Kafka 4.1+, KIP-877) they are registered through the task's or
 * connector's {@link PluginMetrics} and appear under {@code kafka.connect:type=plugins,connector=..,task=..}
 * (a transform's move there when the worker hands it plugin metrics, see {@link #useWorkerMetrics}).
 * On an older worker, where {@code context.pluginMetrics()} does not exist, they are registered in
 * {@link StandaloneMetrics} instead ({@code flume.connect:type=plugins,...}), so the plugin still loads and
 * its counters are still visible.
 */
public final class PluginCounters implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(PluginCounters.class);

    private static final AtomicLong INSTANCES = new AtomicLong();
    /** The suffix of every exported counter: Kafka names a cumulative count {@code ...-total}. */
    public static final String TOTAL = "-total";

    private MetricsTarget target;
    private LinkedHashMap<String, String> tags;
    private final List<Registration> registered = new ArrayList<>();

    /** A counter and the name it is exported under in the current target. */
    private record Registration(Counter counter, String description, MetricName metricName) {
    }

    private PluginCounters(MetricsTarget target, Map<String, String> tags) {
        this.target = target;
        this.tags = new LinkedHashMap<>(tags);
    }

    /** A source task's counters: {@code PluginCounters.of(context, Map.of("connector", name, "task", id))}. */
    public static PluginCounters of(SourceTaskContext context, Map<String, String> fallbackTags) {
        return withFallback(() -> WorkerPluginMetrics.of(context), fallbackTags);
    }

    /** A sink task's counters; {@code fallbackTags} name the instance on a worker older than 4.1. */
    public static PluginCounters of(SinkTaskContext context, Map<String, String> fallbackTags) {
        return withFallback(() -> WorkerPluginMetrics.of(context), fallbackTags);
    }

    /** A connector's counters: {@code PluginCounters.of(context(), Map.of("connector", name))}. */
    public static PluginCounters of(ConnectorContext context, Map<String, String> fallbackTags) {
        return withFallback(() -> WorkerPluginMetrics.of(context), fallbackTags);
    }

    /**
     * A transform's counters, first in the standalone registry, tagged {@code transform=<type>,instance=<n>}
     * (a transform is not told its alias or connector when it is configured). A Kafka 4.1+ worker then hands
     * the transform its plugin metrics, and {@link #useWorkerMetrics} moves the counters there.
     */
    public static PluginCounters forTransform(String type) {
        return standalone(Map.of("transform", type, "instance", Long.toString(INSTANCES.incrementAndGet())));
    }

    private static PluginCounters standalone(Map<String, String> tags) {
        return new PluginCounters(StandaloneMetrics.target(), new TreeMap<>(tags));
    }

    /**
     * Registers a counter. {@code name} is kebab-case, as Kafka's metrics are, and is exported as
     * {@code <name>-total}: Kafka's convention for a cumulative count ({@code records-written} becomes the
     * attribute {@code records-written-total}).
     */
    public Counter counter(String name, String description) {
        Counter counter = new Counter(name);
        registered.add(register(counter, description));
        return counter;
    }

    /**
     * Moves every counter, with its count, to the worker's plugin metrics: what a transform's or predicate's
     * {@code Monitorable.withPluginMetrics} calls on a Kafka 4.1+ worker, which tags them with the connector,
     * the task and the alias. Counters registered afterwards go there too.
     */
    public void useWorkerMetrics(PluginMetrics metrics) {
        MetricsTarget worker = WorkerPluginMetrics.target(metrics);
        if (worker == null) {
            return;
        }
        List<Registration> moved = List.copyOf(registered);
        close();
        target = worker;
        tags = new LinkedHashMap<>();
        moved.forEach(old -> registered.add(register(old.counter(), old.description())));
    }

    private Registration register(Counter counter, String description) {
        MetricName metricName = target.metricName(counter.name() + TOTAL, description, tags);
        target.add(metricName, (Measurable) (config, now) -> counter.get());
        return new Registration(counter, description, metricName);
    }

    /** Removes this instance's metrics; a task that restarts registers them anew. */
    @Override
    public void close() {
        registered.forEach(registration -> target.remove(registration.metricName()));
        registered.clear();
    }

    /**
     * The worker's plugin metrics when it has them (Kafka 4.1+), else the standalone registry. A pre-4.1
     * worker's context lacks {@code pluginMetrics()} and its class path lacks {@code PluginMetrics}: both
     * show up as a {@link LinkageError} when {@link WorkerPluginMetrics} is first used, here.
     */
    private static PluginCounters withFallback(Supplier<MetricsTarget> workerMetrics, Map<String, String> fallbackTags) {
        MetricsTarget target;
        try {
            target = workerMetrics.get();
        } catch (LinkageError e) {
            log.info("This Kafka worker has no plugin metrics (KIP-877, Kafka 4.1+); "
                    + "flume-connect counters are exported under the JMX domain {} instead", StandaloneMetrics.DOMAIN);
            target = null;
        }
        return target != null ? new PluginCounters(target, Map.of()) : standalone(fallbackTags);
    }
}
