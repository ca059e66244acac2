package io.flumeconnect.sources.tail;

import static org.assertj.core.api.Assertions.assertThat;

import io.flumeconnect.testkit.ConnectClusterExtension;
import io.flumeconnect.testkit.ConnectTestCluster;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The tail source on a real worker: headers, copytruncate, connector restart and reconfiguration. */
class TailSourceIT {
    private static final String CONNECTOR_CLASS = "io.flumeconnect.sources.tail.TailSourceConnector";

    @RegisterExtension
    static final ConnectClusterExtension CONNECT = ConnectClusterExtension.with(b -> b.workers(1));

    private final ConnectTestCluster cluster = CONNECT.cluster();

    @TempDir
    Path dir;

    private Map<String, String> config(String topic, String... more) {
        Map<String, String> config = new HashMap<>(Map.of(
                "connector.class", CONNECTOR_CLASS,
                "tasks.max", "1",
                "topic", topic,
                "files", dir + "/app.log*",
                "scan.interval.ms", "100",
                "file.close.idle.ms", "500"));
        for (int i = 0; i < more.length; i += 2) {
            config.put(more[i], more[i + 1]);
        }
        return config;
    }

    private static void append(Path file, int from, int to) throws IOException {
        String text = IntStream.range(from, to).mapToObj(i -> i + " line").collect(Collectors.joining("\n", "", "\n"));
        Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    private static String header(ConsumerRecord<byte[], byte[]> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    @Test
    void linesArriveWithFlumeHeaders() throws Exception {
        cluster.createTopic("headers", 1);
        Path log = dir.resolve("app.log");
        append(log, 0, 3);
        cluster.putConnector("headers", config("headers", "host", "edge-1", "key.mode", "host"));
        try {
            List<ConsumerRecord<byte[], byte[]>> records = cluster.awaitRecords("headers", 3, Duration.ofSeconds(60));
            assertThat(ConnectTestCluster.values(records)).containsExactly("0 line", "1 line", "2 line");
            ConsumerRecord<byte[], byte[]> second = records.get(1);
            assertThat(new String(second.key(), StandardCharsets.UTF_8)).isEqualTo("edge-1");
            assertThat(header(second, "file")).isEqualTo(log.toString());
            assertThat(header(second, "byteoffset")).isEqualTo("7");
            assertThat(header(second, "host")).isEqualTo("edge-1");
            assertThat(header(second, "filegroup")).isEqualTo("default");
        } finally {
            cluster.deleteConnector("headers");
        }
    }

    /**
     * logrotate's copytruncate copies the file, then truncates it: the copy ({@code app.log.1}, matched by the
     * glob) is recognised by its first bytes and not read again, the truncation is detected and the new lines
     * are read from byte 0. Lines written between the copy and the truncation are lost by logrotate itself
     * (they are in neither file), so this test writes none there.
     */
    @Test
    void copytruncateDeliversNoLineTwice() throws Exception {
        Path log = startTailing("copytruncate", 500);
        try (NumberedLines lines = awaitFirstLines("copytruncate", 500)) {
            for (int round = 1; round <= 3; round++) {
                Files.copy(log, dir.resolve("app.log." + round));
                Files.write(log, new byte[0], StandardOpenOption.TRUNCATE_EXISTING);
                append(log, round * 500, round * 500 + 500);
                assertThat(lines.awaitDistinct(round * 500 + 500, Duration.ofSeconds(60))).isEqualTo(round * 500 + 500);
            }
            assertEveryLineOnce(lines, 2000);
        } finally {
            cluster.deleteConnector("copytruncate");
        }
    }

    @Test
    void restartAndReconfigurationResumeFromOffsets() throws Exception {
        Path log = startTailing("resume", 1000);
        try (NumberedLines lines = awaitFirstLines("resume", 1000)) {
            awaitCommittedOffset("resume", Files.size(log));

            cluster.restartConnectorAndTasks("resume");
            cluster.awaitRunning("resume", 1);
            append(log, 1000, 1500);
            assertThat(lines.awaitDistinct(1500, Duration.ofSeconds(60))).isEqualTo(1500);
            awaitCommittedOffset("resume", Files.size(log));

            cluster.putConnector("resume", config("resume", "batch.max.records", "100", "tasks.max", "2"));
            cluster.awaitRunning("resume", 2);
            append(log, 1500, 2000);
            assertThat(lines.awaitDistinct(2000, Duration.ofSeconds(60))).isEqualTo(2000);
            assertEveryLineOnce(lines, 2000);
        } finally {
            cluster.deleteConnector("resume");
        }
    }

    /**
     * {@code PATCH /connectors/x/offsets} on a stopped connector goes through {@code alterOffsets}: a bad offset is
     * refused with a message naming the field, a good one makes the file resume there (lines 5-9 come again).
     */
    @Test
    void offsetsWrittenOverRestAreValidatedAndUsed() throws Exception {
        Path log = startTailing("rewind", 10);
        try (NumberedLines lines = awaitFirstLines("rewind", 10)) {
            awaitCommittedOffset("rewind", Files.size(log));
            assertThat(cluster.rest("PUT", "/connectors/rewind/stop", null).status()).isEqualTo(204);
            ConnectTestCluster.awaitCondition(() -> "STOPPED".equals(cluster.status("rewind").connector().state()),
                    Duration.ofSeconds(60), () -> "connector rewind did not stop");

            Map<String, Object> unix = Files.readAttributes(log, "unix:dev,ino");
            String partition = "{\"file.id\":\"" + unix.get("dev") + ":" + unix.get("ino") + "\"}";
            var refused = cluster.rest("PATCH", "/connectors/rewind/offsets",
                    "{\"offsets\":[{\"partition\":" + partition + ",\"offset\":{\"position\":-5}}]}");
            // Connect answers 500 for an exception thrown by alterOffsets; the message is the connector's.
            assertThat(refused.status()).isEqualTo(500);
            assertThat(refused.body()).contains("'position' must be a byte position");

            long fifthLine = "0 line\n1 line\n2 line\n3 line\n4 line\n".length();
            var accepted = cluster.rest("PATCH", "/connectors/rewind/offsets",
                    "{\"offsets\":[{\"partition\":" + partition + ",\"offset\":{\"position\":" + fifthLine + "}}]}");
            assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);

            assertThat(cluster.rest("PUT", "/connectors/rewind/resume", null).status()).isEqualTo(202);
            ConnectTestCluster.awaitCondition(() -> {
                lines.drain(Duration.ofMillis(500));
                return lines.received() >= 15;
            }, Duration.ofSeconds(60), () -> "lines 5-9 were not read again: " + lines.received() + " records");
            lines.drain(Duration.ofSeconds(2));
            assertThat(lines.received()).isEqualTo(15);
            assertThat(lines.duplicates()).isEqualTo(5);
        } finally {
            cluster.deleteConnector("rewind");
        }
    }

    /** Writes lines 0 to {@code first - 1} to app.log and runs connector {@code name} on it into topic {@code name}. */
    private Path startTailing(String name, int first) throws IOException {
        cluster.createTopic(name, 1);
        Path log = dir.resolve("app.log");
        append(log, 0, first);
        cluster.putConnector(name, config(name));
        return log;
    }

    /** Consumes topic {@code name} until lines 0 to {@code first - 1} came; the caller closes what it returns. */
    private NumberedLines awaitFirstLines(String name, int first) {
        NumberedLines lines = new NumberedLines(cluster, name, 1_000_000);
        try {
            assertThat(lines.awaitDistinct(first, Duration.ofSeconds(60))).isEqualTo(first);
            return lines;
        } catch (RuntimeException | AssertionError e) {
            lines.close();
            throw e;
        }
    }

    /** After a quiet spell for late duplicates: {@code count} lines came, each once. */
    private static void assertEveryLineOnce(NumberedLines lines, int count) {
        lines.drain(Duration.ofSeconds(3));
        assertThat(lines.duplicates()).isZero();
        assertThat(lines.received()).isEqualTo(count);
    }

    /** Waits until the worker committed an offset at {@code position} ({@code GET /connectors/x/offsets}). */
    private void awaitCommittedOffset(String connector, long position) throws InterruptedException {
        String expected = "\"position\":" + position;
        ConnectTestCluster.awaitCondition(() -> {
            try {
                return cluster.rest("GET", "/connectors/" + connector + "/offsets", null).body().contains(expected);
            } catch (IOException e) {
                return false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }, Duration.ofSeconds(60), () -> "no committed offset " + expected + " for " + connector);
    }
}
