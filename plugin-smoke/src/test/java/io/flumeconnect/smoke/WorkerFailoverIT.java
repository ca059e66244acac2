package io.flumeconnect.smoke;

import static org.assertj.core.api.Assertions.assertThat;

import io.flumeconnect.testkit.ConnectClusterExtension;
import io.flumeconnect.testkit.ConnectTestCluster;
import java.time.Duration;
import java.util.Map;
import java.util.stream.LongStream;
import org.apache.kafka.connect.util.clusters.WorkerHandle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The test kit's failure helpers: the worker running a task stops, the task moves, nothing is lost. */
class WorkerFailoverIT {
    private static final long RECORDS = 3000;

    @RegisterExtension
    static final ConnectClusterExtension CONNECT = ConnectClusterExtension.with(b -> b.workers(2));

    private final ConnectTestCluster cluster = CONNECT.cluster();

    @Test
    void taskMovesToTheSurvivingWorkerAndNoRecordIsLost() throws Exception {
        cluster.createTopic("failover", 1);
        cluster.putConnector("failover", Map.of(
                "connector.class", "io.flumeconnect.smoke.CountingSourceConnector",
                "tasks.max", "1",
                "topic", "failover",
                "records", Long.toString(RECORDS),
                "batch.size", "10",
                "poll.interval.ms", "20"));
        cluster.awaitRunning("failover", 1);
        cluster.awaitRecords("failover", 100, Duration.ofSeconds(60));

        WorkerHandle running = cluster.workerRunningTask("failover", 0);
        cluster.stopWorker(running);
        ConnectTestCluster.awaitCondition(() -> movedAwayFrom(running), Duration.ofSeconds(120),
                () -> "task 0 still not running elsewhere: " + cluster.status("failover"));
        cluster.awaitRunning("failover", 1);

        var values = ConnectTestCluster.values(cluster.awaitRecords("failover", (int) RECORDS, Duration.ofSeconds(120)));
        assertThat(values).containsAll(LongStream.range(0, RECORDS).mapToObj(n -> "record-" + n).toList());
    }

    private boolean movedAwayFrom(WorkerHandle stopped) {
        try {
            return !cluster.workerRunningTask("failover", 0).equals(stopped)
                    && "RUNNING".equals(cluster.status("failover").tasks().get(0).state());
        } catch (AssertionError | RuntimeException e) {
            return false;
        }
    }
}
