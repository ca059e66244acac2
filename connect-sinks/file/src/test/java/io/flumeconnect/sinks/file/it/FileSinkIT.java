package io.flumeconnect.sinks.file.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.flumeconnect.testkit.ConnectClusterExtension;
import io.flumeconnect.testkit.ConnectTestCluster;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.connect.util.clusters.WorkerHandle;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged file sink on real workers: several partitions, many rolls, a worker stopped while files
 * are open, crash leftovers, and a new connector (a new consumer group without offsets) over the same
 * directory; in the end every record is in exactly one committed file and no temporary file is left.
 */
class FileSinkIT {
    private static final String CONNECTOR_CLASS = "io.flumeconnect.sinks.file.FileSinkConnector";
    private static final String TOPIC = "events";
    private static final int PARTITIONS = 3;
    private static final Duration TIMEOUT = Duration.ofSeconds(120);

    @RegisterExtension
    static final ConnectClusterExtension CONNECT = ConnectClusterExtension.with(b -> b.workers(2));

    private static ConnectTestCluster cluster;
    private static ExactlyOnceCheck check;

    @TempDir
    static Path dir;

    @BeforeAll
    static void createTopic() {
        cluster = CONNECT.cluster();
        cluster.createTopic(TOPIC, PARTITIONS);
        check = new ExactlyOnceCheck(cluster, TOPIC, PARTITIONS, new ExactlyOnceCheck.SinkFiles() {
            @Override
            public List<String> committedLines() {
                return linesUnder(dir.resolve(TOPIC));
            }

            @Override
            public List<String> temporaryFiles() {
                return files().stream().filter(FileSinkIT::isTemporary).map(Path::toString).toList();
            }
        });
    }

    @Test
    void everyRecordLandsInExactlyOneCommittedFile() throws Exception {
        cluster.putConnector("files-a", config());
        cluster.awaitRunning("files-a", 2);
        check.produce(0, 1500);
        check.awaitExactlyOnce(1500);

        check.produce(1500, 3000);
        check.awaitCommittedLines(1800);
        WorkerHandle worker = cluster.workerRunningTask("files-a", 0);
        cluster.stopWorker(worker);
        check.awaitExactlyOnce(3000);
        cluster.addWorker();
        cluster.awaitRunning("files-a", 2);
        check.deleteConnector("files-a");
        check.awaitNoTemporaryFiles();

        plantCrashLeftovers();
        cluster.putConnector("files-b", config());
        cluster.awaitRunning("files-b", 2);
        check.produce(3000, 3600);
        check.awaitExactlyOnce(3600);
        check.awaitNoTemporaryFiles();

        assertThat(committedFiles()).filteredOn(file -> file.startsWith(dir.resolve(TOPIC))).as("many rolls").hasSizeGreaterThan(30)
                .allSatisfy(file -> assertThat(file.getFileName().toString()).matches("events\\+\\d\\+\\d{20}\\+\\d{20}\\.txt"));
    }

    @Test
    void recordsTheFormatCannotHoldGoToTheDeadLetterQueue() throws Exception {
        cluster.createTopic("mixed", 1);
        Map<String, String> config = deadLetterConfig("mixed");
        config.put("value.converter", "org.apache.kafka.connect.json.JsonConverter");
        config.put("value.converter.schemas.enable", "false");
        cluster.putConnector("mixed", config);
        cluster.awaitRunning("mixed", 1);
        cluster.kafka().produce("mixed", "\"first\"");
        cluster.kafka().produce("mixed", "{\"not\":\"text\"}");
        cluster.kafka().produce("mixed", "\"third\"");

        var dead = cluster.awaitRecords("mixed-dlq", 1, TIMEOUT);
        assertThat(ConnectTestCluster.values(dead)).containsExactly("{\"not\":\"text\"}");
        ConnectTestCluster.awaitCondition(() -> linesUnder(dir.resolve("mixed")).size() == 2, TIMEOUT,
                () -> "lines under mixed/: " + linesUnder(dir.resolve("mixed")));
        assertThat(linesUnder(dir.resolve("mixed"))).containsExactly("first", "third");
        check.deleteConnector("mixed");
    }

    /**
     * Issue 17: a header of 300 emoji in %{host} used to stall the partition while the task said RUNNING. Three
     * host values in one file name exceed 255 bytes: that record goes to the dead-letter queue, the good records
     * around it are committed, and a value that starts with a dot becomes a visible name.
     */
    @Test
    void aHostHeaderThatMakesANameTooLongGoesToTheDeadLetterQueueAndNothingStalls() throws Exception {
        cluster.createTopic("hostile", 1);
        Map<String, String> config = deadLetterConfig("hostile");
        config.put("path.template", "%{host}");
        config.put("file.prefix", "%{host}%{host}%{host}");
        cluster.putConnector("hostile", config);
        cluster.awaitRunning("hostile", 1);
        String emoji = "\uD83D\uDE00".repeat(300);
        try (KafkaProducer<byte[], byte[]> producer = cluster.kafka().createProducer(Map.of())) {
            for (String[] event : new String[][] {{"web-1", "before"}, {emoji, "emoji"}, {".hidden", "dot"}, {"web-1", "after"}}) {
                ProducerRecord<byte[], byte[]> record = new ProducerRecord<>("hostile", 0, null, event[1].getBytes(StandardCharsets.UTF_8));
                record.headers().add("host", event[0].getBytes(StandardCharsets.UTF_8));
                producer.send(record);
            }
            producer.flush();
        }

        var dead = cluster.awaitRecords("hostile-dlq", 1, TIMEOUT);
        assertThat(ConnectTestCluster.values(dead)).containsExactly("emoji");
        Path root = dir.resolve("hostile");
        ConnectTestCluster.awaitCondition(() -> linesUnder(root).size() == 3, TIMEOUT, () -> "lines under hostile/: " + linesUnder(root));
        assertThat(linesUnder(root)).containsExactlyInAnyOrder("before", "dot", "after");
        assertThat(committedFiles()).filteredOn(file -> file.startsWith(root)).map(file -> root.relativize(file).toString())
                .allSatisfy(name -> assertThat(name).doesNotStartWith(".").doesNotContain("/.").doesNotStartWith("_"))
                .anySatisfy(name -> assertThat(name).startsWith("%2Ehidden/%2Ehidden%2Ehidden%2Ehidden+hostile+0+"));
        assertThat(cluster.status("hostile").tasks()).allSatisfy(task -> assertThat(task.state()).isEqualTo("RUNNING"));
        check.deleteConnector("hostile");
    }

    /** One task writing {@code topic} below its own directory, with the dead-letter queue {@code topic-dlq}. */
    private static Map<String, String> deadLetterConfig(String topic) {
        Map<String, String> config = new HashMap<>();
        config.put("connector.class", CONNECTOR_CLASS);
        config.put("tasks.max", "1");
        config.put("topics", topic);
        config.put("file.dir", dir.resolve(topic).toString());
        config.put("roll.idle.ms", "500");
        config.put("errors.tolerance", "all");
        config.put("errors.deadletterqueue.topic.name", topic + "-dlq");
        config.put("errors.deadletterqueue.topic.replication.factor", "1");
        return config;
    }

    private static Map<String, String> config() {
        Map<String, String> config = new HashMap<>();
        config.put("connector.class", CONNECTOR_CLASS);
        config.put("tasks.max", "2");
        config.put("topics", TOPIC);
        config.put("file.dir", dir.toString());
        config.put("path.template", "%[topic]/p%[partition]");
        config.put("roll.records", "97");
        config.put("roll.idle.ms", "1000");
        config.put("roll.interval.ms", "5000");
        return config;
    }

    /** A task killed while writing leaves hidden temporary files of records it had not committed. */
    private static void plantCrashLeftovers() throws IOException {
        Path partitionDir = Files.createDirectories(dir.resolve("events/p0"));
        Files.writeString(partitionDir.resolve(".events+0+00000000000000999999+open0badc0de.txt.tmp"), "half-written\n");
    }

    private static List<String> linesUnder(Path root) {
        List<String> lines = new ArrayList<>();
        for (Path file : committedFiles()) {
            if (file.startsWith(root)) {
                try {
                    lines.addAll(Files.readAllLines(file));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        return lines;
    }

    private static List<Path> committedFiles() {
        return files().stream().filter(file -> !isTemporary(file)).toList();
    }

    private static boolean isTemporary(Path file) {
        return file.getFileName().toString().startsWith(".");
    }

    private static List<Path> files() {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
