package io.flumeconnect.smoke;

import static org.assertj.core.api.Assertions.assertThat;

import io.flumeconnect.testkit.ConnectClusterExtension;
import io.flumeconnect.testkit.ConnectTestCluster;
import java.time.Duration;
import java.util.Map;
import java.util.stream.LongStream;
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
        cluster.putConnector("restarted", Map.of(
                "connector.class", "io.flumeconnect.smoke.CountingSourceConnector",
                "tasks.max", "1",
                "topic", "restarted",
                "records", Long.toString(RECORDS),
                "batch.size", "10",
                "poll.interval.ms", "20"));
        cluster.awaitRunning("restarted", 1);
        cluster.awaitRecords("restarted", 100, Duration.ofSeconds(60));

        cluster.stopBrokers();
        cluster.restartBrokers();

        var values = ConnectTestCluster.values(cluster.awaitRecords("restarted", (int) RECORDS, Duration.ofSeconds(180)));
        assertThat(values).containsAll(LongStream.range(0, RECORDS).mapToObj(n -> "record-" + n).toList());
    }
}
