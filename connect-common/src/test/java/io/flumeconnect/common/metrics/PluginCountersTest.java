package io.flumeconnect.common.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.management.MBeanServer;
import javax.management.ObjectName;
import org.apache.kafka.common.MetricName;
import org.apache.kafka.common.metrics.JmxReporter;
import org.apache.kafka.common.metrics.KafkaMetricsContext;
import org.apache.kafka.common.metrics.MetricConfig;
import org.apache.kafka.common.metrics.Metrics;
import org.apache.kafka.common.metrics.PluginMetrics;
import org.apache.kafka.common.metrics.internals.PluginMetricsImpl;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.connect.source.SourceTaskContext;
import org.apache.kafka.connect.storage.OffsetStorageReader;
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
            assertThat(jmx.getAttribute(name, "records-in-total")).isEqualTo(3.0);
        }
        assertThat(jmx.queryNames(new ObjectName("flume.connect:type=plugins,transform=TestTransform,*"), null))
                .as("metrics removed on close").isEmpty();
    }

    @Test
    void workerPluginMetricsAreUsedWhenTheWorkerHasThem() throws Exception {
        // What a Kafka 4.1+ worker does: the task's metrics carry connector and task tags, in kafka.connect.
        try (Metrics workerMetrics = new Metrics(new MetricConfig(), List.of(new JmxReporter()), Time.SYSTEM,
                new KafkaMetricsContext("kafka.connect"));
             PluginCounters counters = PluginCounters.of(
                     new Context(new PluginMetricsImpl(workerMetrics, Map.of("connector", "new-worker", "task", "0"))),
                     Map.of("connector", "unused"))) {
            counters.counter("records-received", "Records read").add(4);

            ObjectName name = onlyBean("kafka.connect:type=plugins,connector=new-worker,task=0");
            assertThat(jmx.getAttribute(name, "records-received-total")).isEqualTo(4.0);
            assertThat(workerMetrics.metrics().keySet()).extracting(MetricName::name).contains("records-received-total");
        }
    }

    @Test
    void workerWithoutPluginMetricsFallsBackToTheStandaloneRegistry() throws Exception {
        // What a Kafka 3.9 worker does: its context has no pluginMetrics() method.
        try (PluginCounters counters = PluginCounters.of(new Context(null) {
            @Override
            public PluginMetrics pluginMetrics() {
                throw new NoSuchMethodError("org.apache.kafka.connect.source.SourceTaskContext.pluginMetrics()");
            }
        }, Map.of("connector", "old-worker", "task", "0"))) {
            counters.counter("records-received", "Records read").increment();

            ObjectName name = onlyBean("flume.connect:type=plugins,connector=old-worker,task=0");
            assertThat(jmx.getAttribute(name, "records-received-total")).isEqualTo(1.0);
        }
    }

    @Test
    void contextWithoutMetricsFallsBackToo() throws Exception {
        try (PluginCounters counters = PluginCounters.of(new Context(null), Map.of("connector", "null-metrics"))) {
            counters.counter("errors", "Errors").increment();

            assertThat(jmx.getAttribute(onlyBean("flume.connect:type=plugins,connector=null-metrics"), "errors-total"))
                    .isEqualTo(1.0);
        }
    }

    /** What a Kafka 4.1+ worker does to a Monitorable transform: configure() first, then withPluginMetrics(). */
    @Test
    void transformCountersMoveToTheWorkerPluginMetricsWithTheirCounts() throws Exception {
        try (Metrics workerMetrics = new Metrics(new MetricConfig(), List.of(new JmxReporter()), Time.SYSTEM,
                new KafkaMetricsContext("kafka.connect"));
             PluginCounters counters = PluginCounters.forTransform("Moved")) {
            Counter in = counters.counter("records-in", "in");
            in.add(2);

            counters.useWorkerMetrics(new PluginMetricsImpl(workerMetrics,
                    Map.of("connector", "c", "task", "1", "transformation", "alias")));
            in.increment();
            counters.counter("records-out", "out").increment();

            ObjectName moved = onlyBean("kafka.connect:type=plugins,connector=c,task=1,transformation=alias");
            assertThat(jmx.getAttribute(moved, "records-in-total")).isEqualTo(3.0);
            assertThat(jmx.getAttribute(moved, "records-out-total")).isEqualTo(1.0);
            assertThat(jmx.queryNames(new ObjectName("flume.connect:type=plugins,transform=Moved,*"), null))
                    .as("gone from the standalone registry").isEmpty();
            counters.close();
            assertThat(jmx.queryNames(moved, null)).as("removed on close").isEmpty();
        }
    }

    @Test
    void twoInstancesOfOneTransformDoNotCollide() throws Exception {
        ObjectName pattern = new ObjectName("flume.connect:type=plugins,transform=Twice,*");
        try (PluginCounters a = PluginCounters.forTransform("Twice");
             PluginCounters b = PluginCounters.forTransform("Twice")) {
            a.counter("records-in", "in").increment();
            b.counter("records-in", "in").add(5);

            Set<ObjectName> names = jmx.queryNames(pattern, null);
            assertThat(names).as("one bean per instance").hasSize(2);
            assertThat(names).extracting(name -> name.getKeyProperty("instance")).doesNotHaveDuplicates();
            List<Object> values = new ArrayList<>();
            for (ObjectName name : names) {
                values.add(jmx.getAttribute(name, "records-in-total"));
            }
            assertThat(values).as("each instance counts its own records").containsExactlyInAnyOrder(1.0, 5.0);
        }
        assertThat(jmx.queryNames(pattern, null)).as("both removed on close").isEmpty();
    }

    private ObjectName onlyBean(String pattern) throws Exception {
        Set<ObjectName> names = jmx.queryNames(new ObjectName(pattern), null);
        assertThat(names).hasSize(1);
        return names.iterator().next();
    }

    /** A source task's context as a worker hands it over; only the metrics matter here. */
    private static class Context implements SourceTaskContext {
        private final PluginMetrics metrics;

        Context(PluginMetrics metrics) {
            this.metrics = metrics;
        }

        @Override
        public Map<String, String> configs() {
            return Map.of();
        }

        @Override
        public OffsetStorageReader offsetStorageReader() {
            return null;
        }

        @Override
        public PluginMetrics pluginMetrics() {
            return metrics;
        }
    }
}
