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
 * so lines after them may come twice, but none is lost. What at-least-once means, checked: every line present, in
 * order within its file, and a line comes twice only if it is in the uncommitted window of the failover (it came
 * before the worker stopped, in a run that ends with the last line of its file that came before).
 */
class TailWorkerFailoverAtLeastOnceIT {
    @RegisterExtension
    static final ConnectClusterExtension CONNECT = ConnectClusterExtension.with(b -> b.workers(2));

    private final ConnectTestCluster cluster = CONNECT.cluster();

    @TempDir
    Path dir;

    @Test
    void taskResumesOnTheOtherWorkerWithNoLossAndDuplicatesOnlyFromTheUncommittedWindow() throws Exception {
        try (NumberedLines lines = TailWorkerFailoverIT.failover(cluster, dir, "failover-alo", Map.of())) {
            assertThat(lines.distinct()).as("distinct lines").isEqualTo(TailWorkerFailoverIT.LINES);
            assertThat(lines.duplicatesOutsideTheWindow()).as("lines delivered twice outside the uncommitted window")
                    .isEmpty();
            System.out.printf("TailWorkerFailoverAtLeastOnceIT: %d lines delivered twice after the failover%n",
                    lines.duplicates());
        }
    }
}
