package io.flumeconnect.sources.tail;

import static org.assertj.core.api.Assertions.assertThat;

import io.flumeconnect.testkit.ConnectClusterExtension;
import io.flumeconnect.testkit.ConnectTestCluster;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.zip.GZIPOutputStream;
import javax.management.JMException;
import javax.management.ObjectName;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile files next to good ones on a real worker: a 3 MB line of random bytes, a corrupt {@code .gz}, a
 * {@code .gz} holding only {@code \x1f\x8b}, one that is not gzip at all, a file with mode 000, a symlinked
 * directory and file, and a directory link loop. The task keeps running and delivering the good files, the
 * overlong binary line arrives in parts Kafka accepts, and the bad files are reported ({@code files-failed}).
 */
class TailHostileFilesIT {
    private static final Duration TIMEOUT = Duration.ofSeconds(90);

    @RegisterExtension
    static final ConnectClusterExtension CONNECT = ConnectClusterExtension.with(b -> b.workers(1));

    private final ConnectTestCluster cluster = CONNECT.cluster();

    @TempDir
    Path dir;

    private static List<String> lines(String prefix, int from, int to) {
        return IntStream.range(from, to).mapToObj(i -> prefix + "-" + i).toList();
    }

    private static void append(Path file, List<String> lines) throws IOException {
        Files.writeString(file, lines.stream().collect(Collectors.joining("\n", "", "\n")), StandardCharsets.UTF_8,
                StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    @Test
    void badFilesAreSkippedAndReportedWhileTheGoodOnesFlow() throws Exception {
        Path logs = Files.createDirectories(dir.resolve("logs"));
        append(logs.resolve("good.log"), lines("good", 0, 100));
        byte[] binary = new byte[3 * 1024 * 1024];
        new Random(42).nextBytes(binary);
        for (int i = 0; i < binary.length; i++) {
            binary[i] = binary[i] == '\n' ? (byte) 0xff : binary[i];
        }
        Files.write(logs.resolve("binary.log"), binary);
        Files.write(logs.resolve("binary.log"), "\nafter-binary\n".getBytes(StandardCharsets.UTF_8), StandardOpenOption.APPEND);
        Files.write(logs.resolve("header-only.log.gz"), new byte[] {0x1f, (byte) 0x8b});
        Files.writeString(logs.resolve("plain-text.log.gz"), "not gzip\n");
        byte[] corrupt = gzip(lines("corrupt", 0, 5000));
        for (int i = corrupt.length / 3; i < corrupt.length - 8; i++) {
            corrupt[i] = (byte) 0xff;
        }
        Files.write(logs.resolve("corrupt.log.gz"), corrupt);
        Path locked = logs.resolve("locked.log");
        append(locked, lines("locked", 0, 3));
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
        append(elsewhere.resolve("linked-dir.log"), lines("linked-dir", 0, 10));
        Files.createSymbolicLink(logs.resolve("linked"), elsewhere);
        Path target = Files.createDirectories(dir.resolve("target")).resolve("real.log");
        append(target, lines("linked-file", 0, 10));
        Files.createSymbolicLink(logs.resolve("link.log"), target);
        Files.createSymbolicLink(logs.resolve("loop"), logs);

        cluster.createTopic("hostile", 1);
        cluster.putConnector("hostile", Map.of(
                "connector.class", "io.flumeconnect.sources.tail.TailSourceConnector",
                "tasks.max", "1",
                "topic", "hostile",
                "files", logs + "/**/*.log*",
                "value.type", "string",
                "scan.interval.ms", "200",
                "file.close.idle.ms", "1000",
                "line.idle.flush.ms", "1000"));
        cluster.awaitRunning("hostile", 1);

        List<String> good = new java.util.ArrayList<>(lines("good", 0, 100));
        good.addAll(lines("linked-dir", 0, 10));
        good.addAll(lines("linked-file", 0, 10));
        good.add("after-binary");
        cluster.awaitValues("hostile", good, TIMEOUT);
        append(logs.resolve("good.log"), lines("good", 100, 120));
        cluster.awaitValues("hostile", lines("good", 100, 120), TIMEOUT);

        List<ConsumerRecord<byte[], byte[]>> records = cluster.readAll("hostile");
        long binaryParts = records.stream().filter(r -> r.headers().lastHeader("line.part") != null).count();
        assertThat(binaryParts).as("parts of the 3 MB binary line").isGreaterThanOrEqualTo(12);
        assertThat(records).allSatisfy(r -> assertThat(r.serializedValueSize()).isLessThan(1_048_576));
        assertThat(ConnectTestCluster.values(records)).as("the linked directory's file, read once through the loop")
                .filteredOn(v -> v.equals("linked-dir-0")).hasSize(1);
        assertThat(cluster.status("hostile").tasks().get(0).state()).isEqualTo("RUNNING");
        ObjectName metrics = new ObjectName("kafka.connect:type=plugins,connector=hostile,task=0");
        ConnectTestCluster.awaitCondition(() -> failures(metrics) >= 3, TIMEOUT,
                () -> "files-failed is " + failures(metrics) + ": not-gzip, header-only and corrupt gz, the loop");
    }

    private static double failures(ObjectName metrics) {
        try {
            return ((Number) ManagementFactory.getPlatformMBeanServer().getAttribute(metrics, "files-failed-total"))
                    .doubleValue();
        } catch (JMException e) {
            return -1;
        }
    }

    private static byte[] gzip(List<String> lines) throws IOException {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (OutputStream out = new GZIPOutputStream(bytes)) {
            out.write(lines.stream().collect(Collectors.joining("\n", "", "\n")).getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }
}
