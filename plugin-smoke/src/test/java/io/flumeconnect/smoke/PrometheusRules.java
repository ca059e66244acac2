package io.flumeconnect.smoke;

import io.prometheus.jmx.JmxCollector;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import io.prometheus.metrics.model.snapshots.CounterSnapshot;
import io.prometheus.metrics.model.snapshots.Label;
import io.prometheus.metrics.model.snapshots.MetricSnapshot;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeMap;
import javax.management.MalformedObjectNameException;

/** What Prometheus' JMX exporter, with a rules file, makes of this JVM's MBeans: the counters it exports. */
final class PrometheusRules {
    private PrometheusRules() {
    }

    /** Every counter sample as {@code name_total{label=value,...}} (labels sorted) to its value. */
    static Map<String, Double> collect(Path rules) throws IOException, MalformedObjectNameException {
        Map<String, Double> samples = new TreeMap<>();
        // register() sets up the collector's own scrape metrics, which collect() updates.
        for (MetricSnapshot snapshot : new JmxCollector(rules.toFile()).register(new PrometheusRegistry()).collect()) {
            if (snapshot instanceof CounterSnapshot counter) {
                String name = counter.getMetadata().getPrometheusName() + "_total";
                counter.getDataPoints().forEach(point -> samples.put(name + labels(point.getLabels()), point.getValue()));
            }
        }
        return samples;
    }

    private static String labels(Iterable<Label> labels) {
        StringJoiner joined = new StringJoiner(",", "{", "}");
        labels.forEach(label -> joined.add(label.getName() + "=" + label.getValue()));
        return joined.toString();
    }
}
