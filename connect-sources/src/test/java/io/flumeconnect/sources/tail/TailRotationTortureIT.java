package io.flumeconnect.sources.tail;

import static org.assertj.core.api.Assertions.assertThat;

import io.flumeconnect.testkit.ConnectClusterExtension;
import io.flumeconnect.testkit.ConnectTestCluster;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A writer appends 1,000,000 numbered lines while rotating its file by rename 39 times, and compresses every
 * third rotated file with gzip (in place, then deleting the original). The glob matches the live file, the
 * rotated files and the compressed ones: every line must arrive exactly once, in order within its file.
 */
class TailRotationTortureIT {
    private static final int LINES = 1_000_000;
    private static final int LINES_PER_FILE = 25_000;

    @RegisterExtension
    static final ConnectClusterExtension CONNECT = ConnectClusterExtension.with(b -> b.workers(1));

    private final ConnectTestCluster cluster = CONNECT.cluster();

    @TempDir
    Path dir;

    @Test
    void everyLineArrivesExactlyOnceThroughRenamesAndGzip() throws Exception {
        cluster.createTopic("torture", 1);
        RotatingWriter writer = new RotatingWriter(dir, LINES, LINES_PER_FILE, 3, 2_000, 20);
        Thread writing = new Thread(writer, "rotating-writer");
        writing.start();
        cluster.putConnector("torture", Map.of(
                "connector.class", "io.flumeconnect.sources.tail.TailSourceConnector",
                "tasks.max", "1",
                "topic", "torture",
                "files", dir + "/app.log*",
                "scan.interval.ms", "100",
                "file.close.idle.ms", "1000",
                "line.idle.flush.ms", "60000"));
        cluster.awaitRunning("torture", 1);

        try (NumberedLines lines = new NumberedLines(cluster, "torture", LINES_PER_FILE)) {
            int distinct = lines.awaitDistinct(LINES, Duration.ofMinutes(4));
            writing.join(Duration.ofMinutes(1).toMillis());
            assertThat(writer.failure()).isNull();
            assertThat(writer.written()).isEqualTo(LINES);
            lines.drain(Duration.ofSeconds(3));

            assertThat(distinct).as("distinct lines; missing e.g. %s", lines.missing(LINES)).isEqualTo(LINES);
            assertThat(lines.duplicates()).as("lines delivered twice").isZero();
            assertThat(lines.received()).isEqualTo(LINES);
            assertThat(lines.orderProblems()).as("lines out of order within a file").isEmpty();
        } finally {
            cluster.deleteConnector("torture");
        }
    }
}
