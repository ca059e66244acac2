package io.flumeconnect.common.metrics;

import java.util.LinkedHashMap;
import org.apache.kafka.common.MetricName;
import org.apache.kafka.common.metrics.MetricValueProvider;
import org.apache.kafka.common.metrics.PluginMetrics;
import org.apache.kafka.connect.connector.ConnectorContext;
import org.apache.kafka.connect.sink.SinkTaskContext;
import org.apache.kafka.connect.source.SourceTaskContext;

/**
 * The only class that calls {@code pluginMetrics()} on a context and into {@link PluginMetrics} (Kafka 4.1+,
 * KIP-877). It is first used inside {@link PluginCounters}' fallback guard, so on an older worker the
 * {@code NoClassDefFoundError} or {@code NoSuchMethodError} happens there and is caught. (Other classes only
 * pass a {@code PluginMetrics} the worker handed them on, which an older worker never does.)
 */
final class WorkerPluginMetrics {
    private WorkerPluginMetrics() {
    }

    static MetricsTarget of(SourceTaskContext context) {
        return target(context.pluginMetrics());
    }

    static MetricsTarget of(SinkTaskContext context) {
        return target(context.pluginMetrics());
    }

    static MetricsTarget of(ConnectorContext context) {
        return target(context.pluginMetrics());
    }

    /** {@code null} metrics (a test's context) mean "none": the caller falls back to the standalone registry. */
    static MetricsTarget target(PluginMetrics metrics) {
        if (metrics == null) {
            return null;
        }
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
