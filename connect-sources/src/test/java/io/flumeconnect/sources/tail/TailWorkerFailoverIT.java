package io.flumeconnect.sources.tail;

import static org.assertj.core.api.Assertions.assertThat;

import io.flumeconnect.testkit.ConnectClusterExtension;
import io.flumeconnect.testkit.ConnectTestCluster;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.connect.util.clusters.WorkerHandle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Worker failover with exactly-once source support (KIP-618): two workers; while a writer appends numbered lines
 * the worker running the tail task is stopped mid-file, the task resumes on the other worker from the offsets
 * committed with its records, and every line arrives exactly once. {@link TailWorkerFailoverAtLeastOnceIT} is the
 * same without exactly-once, where only loss is ruled out.
 */
class TailWorkerFailoverIT {
    static final int LINES = 200_000;

    @RegisterExtension
    static final ConnectClusterExtension CONNECT = ConnectClusterExtension.with(b -> b.workers(2).exactlyOnceSource());

    private final ConnectTestCluster cluster = CONNECT.cluster();

    @TempDir
    Path dir;

    @Test
    void taskResumesOnTheOtherWorkerWithNoLossAndNoDuplicate() throws Exception {
        NumberedLines lines = failover(cluster, dir, "failover-eos", Map.of("exactly.once.support", "required"));
        try (lines) {
            assertThat(lines.duplicates()).as("lines delivered twice").isZero();
            assertThat(lines.received()).isEqualTo(LINES);
        }
    }

    /**
     * Runs the failover scenario and returns the consumed lines, after checking that none was lost and that each
     * file's lines came in order.
     */
    static NumberedLines failover(ConnectTestCluster cluster, Path dir, String name, Map<String, String> extra)
            throws Exception {
        cluster.createTopic(name, 1);
        RotatingWriter writer = new RotatingWriter(dir, LINES, 50_000, 0, 1_000, 15);
        Thread writing = new Thread(writer, "failover-writer");
        writing.start();
        Map<String, String> config = new HashMap<>(Map.of(
                "connector.class", "io.flumeconnect.sources.tail.TailSourceConnector",
                "tasks.max", "1",
                "topic", name,
                "files", dir + "/app.log*",
                "scan.interval.ms", "100",
                "file.close.idle.ms", "2000",
                "line.idle.flush.ms", "60000"));
        config.putAll(extra);
        cluster.putConnector(name, config);
        cluster.awaitRunning(name, 1);

        NumberedLines lines = new NumberedLines(cluster, name, 50_000);
        lines.awaitDistinct(LINES / 4, Duration.ofMinutes(2));
        WorkerHandle running = cluster.workerRunningTask(name, 0);
        cluster.stopWorker(running);
        lines.mark(lines.endOffset());
        ConnectTestCluster.awaitCondition(() -> {
            try {
                return cluster.workerRunningTask(name, 0) != running
                        && "RUNNING".equals(cluster.status(name).tasks().get(0).state());
            } catch (AssertionError | RuntimeException e) {
                return false;
            }
        }, Duration.ofMinutes(2), () -> "task 0 of " + name + " did not move to the other worker");

        int distinct = lines.awaitDistinct(LINES, Duration.ofMinutes(3));
        writing.join(Duration.ofMinutes(1).toMillis());
        assertThat(writer.failure()).isNull();
        lines.drain(Duration.ofSeconds(5));
        assertThat(distinct).as("distinct lines; missing e.g. %s", lines.missing(LINES)).isEqualTo(LINES);
        assertThat(lines.orderProblems()).as("lines out of order within a file").isEmpty();
        return lines;
    }
}
