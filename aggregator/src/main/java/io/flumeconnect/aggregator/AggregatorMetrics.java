package io.flumeconnect.aggregator;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;
import org.apache.kafka.common.MetricName;
import org.apache.kafka.common.metrics.JmxReporter;
import org.apache.kafka.common.metrics.KafkaMetricsContext;
import org.apache.kafka.common.metrics.Measurable;
import org.apache.kafka.common.metrics.MetricConfig;
import org.apache.kafka.common.metrics.Metrics;
import org.apache.kafka.common.utils.Time;

/**
 * The aggregator's own counters, beside Kafka Streams' metrics, over JMX as
 * {@code flume.connect:type=aggregator,application=ID}: records aggregated, late records dropped, bad records
 * sent to the dead-letter topic, aggregates emitted. Summed over this instance's tasks.
 */
final class AggregatorMetrics implements AutoCloseable {
    private final Metrics metrics = new Metrics(new MetricConfig(), List.of(new JmxReporter()), Time.SYSTEM,
            new KafkaMetricsContext("flume.connect"));
    final LongAdder aggregated = new LongAdder();
    final LongAdder late = new LongAdder();
    final LongAdder bad = new LongAdder();
    final LongAdder emitted = new LongAdder();

    AggregatorMetrics(String applicationId) {
        Map<String, String> tags = Map.of("application", applicationId);
        register("records-aggregated-total", "Records added to at least one window", aggregated, tags);
        register("late-records-total", "Records whose every window had closed: dropped", late, tags);
        register("bad-records-total", "Records sent to the dead-letter topic", bad, tags);
        register("aggregates-emitted-total", "Aggregate records written to the output topic", emitted, tags);
    }

    private void register(String name, String description, LongAdder counter, Map<String, String> tags) {
        MetricName metricName = metrics.metricName(name, "aggregator", description, tags);
        metrics.addMetric(metricName, (Measurable) (config, now) -> counter.sum());
    }

    @Override
    public void close() {
        metrics.close();
    }
}
