package io.flumeconnect.smoke;

import io.flumeconnect.testkit.ConnectClusterExtension;
import io.flumeconnect.testkit.ConnectTestCluster;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The test kit's broker helpers: the brokers stop while a source runs and come back; nothing is lost. */
class BrokerRestartIT {
    private static final long RECORDS = 2000;

    @RegisterExtension
    static final ConnectClusterExtension CONNECT = ConnectClusterExtension.with(b -> b.workers(1));

    private final ConnectTestCluster cluster = CONNECT.cluster();

    @Test
    void sourceResumesAfterTheBrokersComeBack() throws Exception {
        cluster.createTopic("restarted", 1);
        cluster.putConnector("restarted", CountingSource.slowConfig("restarted", RECORDS));
        cluster.awaitRunning("restarted", 1);
        cluster.awaitRecords("restarted", 100, Duration.ofSeconds(60));

        cluster.stopBrokers();
        cluster.restartBrokers();

        // Fails naming what is missing unless every record arrives; duplicates are allowed (at least once).
        cluster.awaitValues("restarted", CountingSource.values(RECORDS), Duration.ofSeconds(180));
    }
}
