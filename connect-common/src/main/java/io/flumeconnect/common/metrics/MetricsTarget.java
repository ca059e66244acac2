package io.flumeconnect.common.metrics;

import java.util.LinkedHashMap;
import org.apache.kafka.common.MetricName;
import org.apache.kafka.common.metrics.MetricValueProvider;

/** Where counters are registered: the worker's plugin metrics, or the standalone JMX registry. */
interface MetricsTarget {
    MetricName metricName(String name, String description, LinkedHashMap<String, String> tags);

    void add(MetricName name, MetricValueProvider<?> value);

    void remove(MetricName name);
}
