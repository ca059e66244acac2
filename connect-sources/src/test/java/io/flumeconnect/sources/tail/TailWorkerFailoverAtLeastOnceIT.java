package io.flumeconnect.sources.tail;

import static org.assertj.core.api.Assertions.assertThat;

import io.flumeconnect.testkit.ConnectTestCluster;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link TailWorkerFailoverIT} without exactly-once: the task resumes from the last offsets the worker committed,
 * so lines after them may come twice, but none is lost.
 */
class TailWorkerFailoverAtLeastOnceIT {
    private static ConnectTestCluster cluster;

    @TempDir
    Path dir;

    @BeforeAll
    static void start() {
        cluster = ConnectTestCluster.builder().workers(2).start();
    }

    @AfterAll
    static void stop() {
        if (cluster != null) {
            cluster.close();
        }
    }

    @Test
    void taskResumesOnTheOtherWorkerWithNoLoss() throws Exception {
        try (NumberedLines lines = TailWorkerFailoverIT.failover(cluster, dir, "failover-alo", Map.of())) {
            assertThat(lines.received()).isGreaterThanOrEqualTo(TailWorkerFailoverIT.LINES);
        }
    }
}
