package io.flumeconnect.sources.tail;

import static org.assertj.core.api.Assertions.assertThat;

import io.flumeconnect.testkit.ConnectClusterExtension;
import io.flumeconnect.testkit.ConnectTestCluster;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Flume's spooling directory on a real worker: files moved into the directory are read, then renamed (or deleted)
 * once Kafka has their lines, and not before. Names matching {@code ignore.pattern} are never read.
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

    /**
     * The producer holds each batch for {@code linger.ms} before sending it, so a file is read to its end and idle
     * long before Kafka has its lines: a file renamed before its records were acknowledged would be seen renamed
     * while its lines are not in the topic yet.
     */
    @Test
    void filesAreRenamedOnlyOnceTheirLinesAreInKafkaAndIgnoredNamesAreNotRead() throws Exception {
        Path spool = Files.createDirectories(dir.resolve("spool"));
        cluster.createTopic("spooled", 1);
        Files.writeString(spool.resolve("partial.tmp"), "still being written\n");
        cluster.putConnector("spool", config("spooled", spool, "ignore.pattern", ".*\\.tmp",
                "producer.override.linger.ms", "6000", "producer.override.batch.size", "1048576"));
        try {
            cluster.awaitRunning("spool", 1);
            Map<String, List<String>> files = new HashMap<>();
            files.put("a.log", spool(spool, "a.log", 300));
            files.put("b.log", spool(spool, "b.log", 300));
            ConnectTestCluster.awaitCondition(() -> {
                for (String name : List.copyOf(files.keySet())) {
                    if (Files.exists(spool.resolve(name + ".COMPLETED"))) {
                        assertThat(ConnectTestCluster.values(cluster.readAll("spooled")))
                                .as("the topic when %s was seen renamed", name).containsAll(files.remove(name));
                        assertThat(spool.resolve(name)).doesNotExist();
                    }
                }
                return files.isEmpty();
            }, Duration.ofSeconds(90), () -> "renamed to .COMPLETED: all but " + files.keySet());

            assertThat(ConnectTestCluster.values(cluster.readAll("spooled")))
                    .noneMatch(value -> value.contains("still being written"));
            assertThat(spool.resolve("partial.tmp")).as("ignored, neither read nor renamed").exists();
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
}
