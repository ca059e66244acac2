package io.flumeconnect.common.metrics;

import java.util.LinkedHashMap;
import org.apache.kafka.common.MetricName;
import org.apache.kafka.common.metrics.MetricValueProvider;
import org.apache.kafka.common.metrics.PluginMetrics;

/** Where counters are registered: the worker's plugin metrics, or the standalone JMX registry. */
interface MetricsTarget {
    MetricName metricName(String name, String description, LinkedHashMap<String, String> tags);

    void add(MetricName name, MetricValueProvider<?> value);

    void remove(MetricName name);

    static MetricsTarget of(PluginMetrics metrics) {
        return new MetricsTarget() {
            @Override
            public MetricName metricName(String name, String description, LinkedHashMap<String, String> tags) {
                return metrics.metricName(name, description, tags);
            }

            @Override
            public void add(MetricName name, MetricValueProvider<?> value) {
                metrics.addMetric(name, value);
            }

            @Override
            public void remove(MetricName name) {
                metrics.removeMetric(name);
            }
        };
    }
}
