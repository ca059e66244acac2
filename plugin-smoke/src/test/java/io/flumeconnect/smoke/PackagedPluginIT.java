package io.flumeconnect.smoke;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.flumeconnect.testkit.ConnectClusterExtension;
import io.flumeconnect.testkit.ConnectTestCluster;
import java.lang.management.ManagementFactory;
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
 * standalone registry that transforms and pre-4.1 workers use.
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
        cluster.createTopic("counted", 1);
        cluster.putConnector("counted", CountingSource.config("counted", 500));
        cluster.awaitRunning("counted", 1);

        assertThat(ConnectTestCluster.values(cluster.awaitRecords("counted", 500, TIMEOUT)))
                .hasSize(500).contains("record-0", "record-499");
        ObjectName taskMetrics = new ObjectName("kafka.connect:type=plugins,connector=counted,task=0");
        ConnectTestCluster.awaitCondition(() -> attribute(taskMetrics, "records-produced") >= 500, TIMEOUT,
                () -> "records-produced of " + taskMetrics + " is " + attribute(taskMetrics, "records-produced"));
    }

    @Test
    void transformCountsInTheStandaloneRegistry() throws Exception {
        cluster.createTopic("transformed", 1);
        Map<String, String> config = CountingSource.config("transformed", 200);
        config.put("transforms", "count");
        config.put("transforms.count.type", TRANSFORM);
        cluster.putConnector("transformed", config);
        cluster.awaitRunning("transformed", 1);

        cluster.awaitRecords("transformed", 200, TIMEOUT);
        ObjectName pattern = new ObjectName("flume.connect:type=plugins,transform=CountingTransform,*");
        ConnectTestCluster.awaitCondition(() -> sum(pattern, "records-seen") >= 200, TIMEOUT,
                () -> "records-seen of " + pattern + " is " + sum(pattern, "records-seen"));
    }

    @Test
    void invalidConfigIsRefusedNamingTheKey() {
        Map<String, String> config = CountingSource.config("unused", -1);

        assertThat(cluster.validationErrors(CountingSource.CLASS, config)).containsOnlyKeys("records");
    }

    private double attribute(ObjectName name, String attribute) {
        try {
            return ((Number) jmx.getAttribute(name, attribute)).doubleValue();
        } catch (JMException e) {
            return -1;
        }
    }

    private double sum(ObjectName pattern, String attribute) {
        Set<ObjectName> names = jmx.queryNames(pattern, null);
        return names.stream().mapToDouble(name -> attribute(name, attribute)).sum();
    }
}
