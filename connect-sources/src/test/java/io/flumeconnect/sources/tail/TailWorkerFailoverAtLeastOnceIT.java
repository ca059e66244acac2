package io.flumeconnect.sources.tail;

import static org.assertj.core.api.Assertions.assertThat;

import io.flumeconnect.testkit.ConnectClusterExtension;
import io.flumeconnect.testkit.ConnectTestCluster;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link TailWorkerFailoverIT} without exactly-once: the task resumes from the last offsets the worker committed,
 * so lines after them may come twice, but none is lost.
 */
class TailWorkerFailoverAtLeastOnceIT {
    @RegisterExtension
    static final ConnectClusterExtension CONNECT = ConnectClusterExtension.with(b -> b.workers(2));

    private final ConnectTestCluster cluster = CONNECT.cluster();

    @TempDir
    Path dir;

    @Test
    void taskResumesOnTheOtherWorkerWithNoLoss() throws Exception {
        try (NumberedLines lines = TailWorkerFailoverIT.failover(cluster, dir, "failover-alo", Map.of())) {
            assertThat(lines.received()).isGreaterThanOrEqualTo(TailWorkerFailoverIT.LINES);
        }
    }
}
