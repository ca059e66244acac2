package io.flumeconnect.smoke;

import io.flumeconnect.common.Version;
import io.flumeconnect.common.metrics.Counter;
import io.flumeconnect.common.metrics.PluginCounters;
import java.util.Map;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.metrics.Monitorable;
import org.apache.kafka.common.metrics.PluginMetrics;
import org.apache.kafka.connect.connector.ConnectRecord;
import org.apache.kafka.connect.transforms.Transformation;

/**
 * Passes every record through unchanged and counts it: in the worker's plugin metrics on Kafka 4.1+
 * ({@link Monitorable}), in the standalone JMX registry on older workers.
 */
public final class CountingTransform<R extends ConnectRecord<R>> implements Transformation<R>, Monitorable {
    private PluginCounters counters;
    private Counter seen;

    @Override
    public void configure(Map<String, ?> configs) {
        counters = PluginCounters.forTransform(CountingTransform.class.getSimpleName());
        seen = counters.counter("records-seen", "Records the transform was given");
    }

    @Override
    public void withPluginMetrics(PluginMetrics metrics) {
        counters.useWorkerMetrics(metrics);
    }

    @Override
    public R apply(R record) {
        seen.increment();
        return record;
    }

    @Override
    public ConfigDef config() {
        return new ConfigDef();
    }

    @Override
    public String version() {
        return Version.get();
    }

    @Override
    public void close() {
        if (counters != null) {
            counters.close();
        }
    }
}
