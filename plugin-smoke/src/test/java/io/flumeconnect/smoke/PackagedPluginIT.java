package io.flumeconnect.smoke;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.flumeconnect.common.metrics.PluginCounters;
import io.flumeconnect.testkit.ConnectClusterExtension;
import io.flumeconnect.testkit.ConnectTestCluster;
import io.flumeconnect.testkit.StubSourceTaskContext;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import javax.management.JMException;
import javax.management.MBeanServer;
import javax.management.ObjectName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The packaged plugin directory on a real worker's plugin.path: the plugin loads in isolation, runs, and
 * its counters are readable over JMX, through the worker's plugin metrics (KIP-877) and through the
 * standalone registry that pre-4.1 workers use.
 */
class PackagedPluginIT {
    private static final String TRANSFORM = "io.flumeconnect.smoke.CountingTransform";
    private static final Duration TIMEOUT = Duration.ofSeconds(90);

    @RegisterExtension
    static final ConnectClusterExtension CONNECT = ConnectClusterExtension.with(b -> b.workers(1));

    private final ConnectTestCluster cluster = CONNECT.cluster();
    private final MBeanServer jmx = ManagementFactory.getPlatformMBeanServer();

    @Test
    void pluginClassesComeOnlyFromThePackagedDirectory() throws Exception {
        assertThatThrownBy(() -> Class.forName(CountingSource.CLASS)).as("not on the test class path")
                .isInstanceOf(ClassNotFoundException.class);

        ConnectTestCluster.RestResponse plugins = cluster.rest("GET", "/connector-plugins?connectorsOnly=false", null);

        assertThat(plugins.status()).isEqualTo(200);
        assertThat(plugins.body()).contains(CountingSource.CLASS, TRANSFORM);
    }

    @Test
    void connectorRunsAndCountsThroughPluginMetrics() throws Exception {
        startCounting("counted", 500, false);

        assertThat(ConnectTestCluster.values(cluster.awaitRecords("counted", 500, TIMEOUT)))
                .hasSize(500).contains("record-0", "record-499");
        awaitProduced("counted", 500);
    }

    /** On this 4.3 worker the transform gets plugin metrics (KIP-877) and leaves nothing in the standalone registry. */
    @Test
    void transformCountsThroughPluginMetricsTaggedWithConnectorTaskAndAlias() throws Exception {
        startCounting("transformed", 200, true);

        cluster.awaitRecords("transformed", 200, TIMEOUT);
        ObjectName transform = new ObjectName("kafka.connect:type=plugins,connector=transformed,task=0,transformation=count");
        ConnectTestCluster.awaitCondition(() -> attribute(transform, "records-seen-total") >= 200, TIMEOUT,
                () -> "records-seen-total of " + transform + " is " + attribute(transform, "records-seen-total"));
        assertThat(jmx.queryNames(new ObjectName("flume.connect:type=plugins,transform=CountingTransform,*"), null))
                .as("moved out of the standalone registry").isEmpty();
    }

    /**
     * docs/metrics/jmx-exporter.yml turns every counter a worker exposes into a Prometheus counter with its
     * labels: a task's and a transform's on a 4.1+ worker (plugin metrics), and a task's and a transform's on an
     * older worker (the standalone registry, registered here as a task or transform without plugin metrics does).
     */
    @Test
    void theDocumentedPrometheusRulesExportEveryCounter() throws Exception {
        startCounting("exported", 100, true);
        awaitProduced("exported", 100);

        try (PluginCounters olderWorker = PluginCounters.of(new StubSourceTaskContext(Map.of()),
                Map.of("connector", "on-3.9", "task", "2"));
             PluginCounters olderTransform = PluginCounters.forTransform("OnOlderWorker")) {
            olderWorker.counter("lines-read", "Lines read").add(7);
            olderTransform.counter("records-in", "Records given to the transform").add(3);
            Map<String, Double> exported = PrometheusRules.collect(
                    Path.of(System.getProperty("flume.repo.root"), "docs/metrics/jmx-exporter.yml"));

            assertThat(exported).containsEntry("flume_connect_records_produced_total{connector=exported,task=0}", 100.0)
                    .containsEntry("flume_connect_lines_read_total{connector=on-3.9,task=2}", 7.0)
                    .hasEntrySatisfying("flume_connect_transform_records_seen_total{connector=exported,task=0,transformation=count}",
                            seen -> assertThat(seen).isPositive())
                    .hasEntrySatisfying("flume_connect_transform_records_in_total{instance=" + instanceOf("OnOlderWorker")
                            + ",transform=OnOlderWorker}", in -> assertThat(in).isEqualTo(3.0));
        }
    }

    @Test
    void invalidConfigIsRefusedNamingTheKey() {
        Map<String, String> config = CountingSource.config("unused", -1);

        assertThat(cluster.validationErrors(CountingSource.CLASS, config)).containsOnlyKeys("records");
    }

    /** The counting source writing {@code records} records to a new topic of its name, through the counting transform or not. */
    private void startCounting(String name, int records, boolean transformed) throws InterruptedException {
        cluster.createTopic(name, 1);
        Map<String, String> config = CountingSource.config(name, records);
        if (transformed) {
            config.put("transforms", "count");
            config.put("transforms.count.type", TRANSFORM);
        }
        cluster.putConnector(name, config);
        cluster.awaitRunning(name, 1);
    }

    /** Waits until the task's plugin metrics (4.1+ worker) count {@code records} records produced. */
    private void awaitProduced(String connector, int records) throws Exception {
        ObjectName task = new ObjectName("kafka.connect:type=plugins,connector=" + connector + ",task=0");
        ConnectTestCluster.awaitCondition(() -> attribute(task, "records-produced-total") >= records, TIMEOUT,
                () -> "records-produced-total of " + task + " is " + attribute(task, "records-produced-total"));
    }

    private double attribute(ObjectName name, String attribute) {
        try {
            return ((Number) jmx.getAttribute(name, attribute)).doubleValue();
        } catch (JMException e) {
            return -1;
        }
    }

    /** The {@code instance} tag of the one standalone MBean of {@code transform}. */
    private String instanceOf(String transform) throws JMException {
        Set<ObjectName> names = jmx.queryNames(new ObjectName("flume.connect:type=plugins,transform=" + transform + ",*"), null);
        assertThat(names).hasSize(1);
        return names.iterator().next().getKeyProperty("instance");
    }
}
