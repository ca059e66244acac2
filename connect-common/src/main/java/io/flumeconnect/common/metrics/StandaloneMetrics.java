package io.flumeconnect.common.metrics;

import java.util.LinkedHashMap;
import java.util.List;
import org.apache.kafka.common.MetricName;
import org.apache.kafka.common.metrics.JmxReporter;
import org.apache.kafka.common.metrics.KafkaMetricsContext;
import org.apache.kafka.common.metrics.MetricConfig;
import org.apache.kafka.common.metrics.MetricValueProvider;
import org.apache.kafka.common.metrics.Metrics;
import org.apache.kafka.common.utils.Time;

/**
 * A JMX registry of the plugin's own, in the JMX domain {@value #DOMAIN}, for what the worker's plugin
 * metrics cannot carry: connectors, tasks and transforms on workers older than Kafka 4.1 (and a transform's
 * counters on any worker until it is handed plugin metrics). One per plugin class loader.
 */
public final class StandaloneMetrics {
    public static final String DOMAIN = "flume.connect";
    static final String GROUP = "plugins";

    private static final Metrics METRICS = new Metrics(new MetricConfig(), List.of(new JmxReporter()),
            Time.SYSTEM, new KafkaMetricsContext(DOMAIN));

    private StandaloneMetrics() {
    }

    static MetricsTarget target() {
        return new MetricsTarget() {
            @Override
            public MetricName metricName(String name, String description, LinkedHashMap<String, String> tags) {
                return METRICS.metricName(name, GROUP, description, tags);
            }

            @Override
            public void add(MetricName name, MetricValueProvider<?> value) {
                METRICS.addMetric(name, value);
            }

            @Override
            public void remove(MetricName name) {
                METRICS.removeMetric(name);
            }
        };
    }
}
