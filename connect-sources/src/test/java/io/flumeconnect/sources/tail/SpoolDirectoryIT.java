package io.flumeconnect.sources.tail;

import static org.assertj.core.api.Assertions.assertThat;

import io.flumeconnect.testkit.ConnectClusterExtension;
import io.flumeconnect.testkit.ConnectTestCluster;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Flume's spooling directory on a real worker: files moved into the directory are read, then renamed (or deleted)
 * once Kafka has their lines, and not before: while the broker is down a finished file stays as it is. Names
 * matching {@code ignore.pattern} are never read.
 */
class SpoolDirectoryIT {
    private static final String CONNECTOR_CLASS = "io.flumeconnect.sources.tail.TailSourceConnector";

    @RegisterExtension
    static final ConnectClusterExtension CONNECT = ConnectClusterExtension.with(b -> b.workers(1));

    private final ConnectTestCluster cluster = CONNECT.cluster();

    @TempDir
    Path dir;

    private Map<String, String> config(String topic, Path spool, String... more) {
        Map<String, String> config = new HashMap<>(Map.of(
                "connector.class", CONNECTOR_CLASS,
                "tasks.max", "1",
                "topic", topic,
                "files", spool + "/*",
                "scan.interval.ms", "100",
                "file.close.idle.ms", "500",
                "completed.action", "rename"));
        for (int i = 0; i < more.length; i += 2) {
            config.put(more[i], more[i + 1]);
        }
        return config;
    }

    /** Writes a file of numbered lines outside the spool directory and moves it in whole, as Flume requires. */
    private List<String> spool(Path spool, String name, int lines) throws IOException {
        List<String> written = IntStream.range(0, lines).mapToObj(i -> name + " line " + i).toList();
        Path staged = Files.write(Files.createDirectories(dir.resolve("staging")).resolve(name), written);
        Files.move(staged, spool.resolve(name));
        return written;
    }

    @Test
    void filesAreRenamedOnlyOnceTheirLinesAreInKafkaAndIgnoredNamesAreNotRead() throws Exception {
        Path spool = Files.createDirectories(dir.resolve("spool"));
        cluster.createTopic("spooled", 1);
        List<String> expected = new ArrayList<>();
        expected.addAll(spool(spool, "a.log", 300));
        expected.addAll(spool(spool, "b.log", 300));
        Files.writeString(spool.resolve("partial.tmp"), "still being written\n");
        cluster.putConnector("spool", config("spooled", spool, "ignore.pattern", ".*\\.tmp"));
        try {
            cluster.awaitValues("spooled", expected, Duration.ofSeconds(60));
            awaitRenamed(spool, "a.log", "b.log");
            assertThat(spool.resolve("partial.tmp")).as("ignored, neither read nor renamed").exists();

            cluster.stopBrokers();
            try {
                List<String> during = spool(spool, "c.log", 100);
                expected.addAll(during);
                // Read and idle well within this time: only the missing acknowledgement keeps it from being renamed.
                long until = System.nanoTime() + Duration.ofSeconds(8).toNanos();
                while (System.nanoTime() < until) {
                    assertThat(spool.resolve("c.log")).as("renamed while the broker was down").exists();
                    Thread.sleep(200);
                }
            } finally {
                cluster.restartBrokers();
            }
            List<String> values = cluster.awaitValues("spooled", expected, Duration.ofSeconds(180));
            awaitRenamed(spool, "c.log");
            assertThat(values).noneMatch(value -> value.contains("still being written"));
            assertThat(spool.resolve("partial.tmp")).exists();
        } finally {
            cluster.deleteConnector("spool");
        }
    }

    @Test
    void deletedOnceInKafka() throws Exception {
        Path spool = Files.createDirectories(dir.resolve("spool-delete"));
        cluster.createTopic("spooled-delete", 1);
        List<String> expected = spool(spool, "d.log", 50);
        cluster.putConnector("spool-delete", config("spooled-delete", spool, "completed.action", "delete"));
        try {
            cluster.awaitValues("spooled-delete", expected, Duration.ofSeconds(60));
            ConnectTestCluster.awaitCondition(() -> !Files.exists(spool.resolve("d.log")), Duration.ofSeconds(30),
                    () -> "d.log deleted");
            assertThat(spool).isEmptyDirectory();
        } finally {
            cluster.deleteConnector("spool-delete");
        }
    }

    private static void awaitRenamed(Path spool, String... names) throws InterruptedException {
        for (String name : names) {
            ConnectTestCluster.awaitCondition(() -> Files.exists(spool.resolve(name + ".COMPLETED"))
                    && !Files.exists(spool.resolve(name)), Duration.ofSeconds(30), () -> name + " renamed to "
                    + name + ".COMPLETED");
        }
    }
}
