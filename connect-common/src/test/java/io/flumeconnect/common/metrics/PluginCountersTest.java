package io.flumeconnect.common.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.util.Map;
import java.util.Set;
import javax.management.MBeanServer;
import javax.management.ObjectName;
import org.apache.kafka.common.metrics.PluginMetrics;
import org.junit.jupiter.api.Test;

class PluginCountersTest {
    private final MBeanServer jmx = ManagementFactory.getPlatformMBeanServer();

    @Test
    void transformCountersAreReadableOverJmx() throws Exception {
        try (PluginCounters counters = PluginCounters.forTransform("TestTransform")) {
            Counter in = counters.counter("records-in", "Records the transform was given");
            in.increment();
            in.add(2);

            ObjectName name = onlyBean("flume.connect:type=plugins,transform=TestTransform,*");
            assertThat(jmx.getAttribute(name, "records-in")).isEqualTo(3.0);
        }
        assertThat(jmx.queryNames(new ObjectName("flume.connect:type=plugins,transform=TestTransform,*"), null))
                .as("metrics removed on close").isEmpty();
    }

    @Test
    void workerWithoutPluginMetricsFallsBackToTheStandaloneRegistry() throws Exception {
        // What a Kafka 3.9 worker does: its context has no pluginMetrics() method.
        try (PluginCounters counters = PluginCounters.of(() -> {
            throw new AbstractMethodError("pluginMetrics");
        }, Map.of("connector", "old-worker", "task", "0"))) {
            counters.counter("records-received", "Records read").increment();

            ObjectName name = onlyBean("flume.connect:type=plugins,connector=old-worker,task=0");
            assertThat(jmx.getAttribute(name, "records-received")).isEqualTo(1.0);
        }
    }

    @Test
    void twoInstancesOfOneTransformDoNotCollide() {
        try (PluginCounters a = PluginCounters.forTransform("Twice");
             PluginCounters b = PluginCounters.forTransform("Twice")) {
            a.counter("records-in", "in").increment();
            b.counter("records-in", "in").add(5);
        }
    }

    @Test
    void workerPluginMetricsAreUsedWhenPresent() {
        PluginMetrics none = null;
        try (PluginCounters counters = PluginCounters.of(() -> none, Map.of("connector", "null-metrics"))) {
            assertThat(counters.counter("errors", "Errors").get()).isZero();
        }
    }

    private ObjectName onlyBean(String pattern) throws Exception {
        Set<ObjectName> names = jmx.queryNames(new ObjectName(pattern), null);
        assertThat(names).hasSize(1);
        return names.iterator().next();
    }
}
