package io.flumeconnect.launcher.migrate;

import static org.assertj.core.api.Assertions.assertThat;

import io.flumeconnect.launcher.LauncherHome;
import io.flumeconnect.launcher.migrate.conf.Substitution;
import io.flumeconnect.launcher.migrate.mapping.ConnectorDef;
import io.flumeconnect.testkit.ConnectClusterExtension;
import io.flumeconnect.testkit.ConnectTestCluster;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The migration's output on a real worker with every packaged plugin: each connector generated from the corpus
 * passes its plugin's validation, and a realistic flume.conf applied with {@code --apply} moves log lines to where
 * the Flume agent would have put them, with Flume's headers.
 */
class MigrationIT {
    @RegisterExtension
    static final ConnectClusterExtension CONNECT = ConnectClusterExtension.with(b -> b.workers(1).allPackagedPlugins());

    @TempDir
    static Path dir;

    @TestFactory
    List<DynamicTest> everyGeneratedConnectorPassesItsPluginsValidation() throws IOException, InterruptedException {
        List<DynamicTest> tests = new ArrayList<>();
        Substitution withFiles = Corpus.withFilesIn(dir);
        for (Path caseDir : Corpus.cases()) {
            for (ConnectorDef connector : Corpus.migrate(caseDir, withFiles).connectors()) {
                tests.add(DynamicTest.dynamicTest(caseDir.getFileName() + ": " + connector.name(), () -> {
                    Map<String, String> config = new HashMap<>(connector.config());
                    config.put("name", connector.name());
                    assertThat(CONNECT.cluster().validationErrors(connector.connectorClass(), config))
                            .as("%s refused by its plugin", connector.name()).isEmpty();
                }));
            }
        }
        return tests;
    }

    @Test
    void checkPrintsTheWorkersErrorsPerKeyAndFails() throws Exception {
        Path conf = Files.writeString(dir.resolve("check.conf"), """
                a.sources = r
                a.channels = c
                a.sinks = k
                a.sources.r.type = TAILDIR
                a.sources.r.channels = c
                a.sources.r.filegroups = g
                a.sources.r.filegroups.g = /var/log/x/.*\\.log
                a.channels.c.type = memory
                a.sinks.k.type = hdfs
                a.sinks.k.channel = c
                a.sinks.k.hdfs.path = /flume/x
                a.sinks.k.hdfs.fileType = DataStream
                a.sinks.k.hdfs.kerberosPrincipal = flume@EXAMPLE.COM
                a.sinks.k.hdfs.kerberosKeytab = /no/such/flume.keytab
                """);
        PrintStream originalErr = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        int status;
        try {
            status = new MigrateCommand().run(List.of(conf.toString(), "--out=" + dir.resolve("check-out"), "--check",
                    "--connect-url=" + CONNECT.cluster().raw().endpointForResource("")), LauncherHome.fromSystemProperties());
        } finally {
            System.setErr(originalErr);
        }

        assertThat(status).isEqualTo(MigrateCommand.FAILED);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains("check: a-k: hdfs.kerberos.keytab: keytab /no/such/flume.keytab is not a readable file")
                .contains("1 of 2 connectors are refused by the worker").doesNotContain("check: a-r:");
    }

    @Test
    void aMigratedAgentPutsEventsWhereFlumeDid() throws Exception {
        ConnectTestCluster cluster = CONNECT.cluster();
        System.setProperty("it.dir", dir.toString());
        Files.createDirectories(dir.resolve("logs"));
        Path conf = Files.copy(Path.of("src/test/resources/migrate/it/flume.conf"), dir.resolve("flume.conf"));

        int status = new MigrateCommand().run(List.of(conf.toString(), "--out=" + dir.resolve("out"), "--apply",
                "--connect-url=" + cluster.raw().endpointForResource(""),
                "--bootstrap-servers=" + cluster.bootstrapServers()), LauncherHome.fromSystemProperties());

        assertThat(status).as("exit status of migrate --apply").isZero();
        cluster.awaitRunning("shop-logs", 1);
        cluster.awaitRunning("shop-archive", 1);
        cluster.awaitRunning("shop-alerts", 1);
        Path log = dir.resolve("logs/shop.log");
        Files.write(log, List.of(
                "2026-12-03 10:00:00 INFO order placed user=alice",
                "2026-12-03 10:00:01 ERROR payment failed user=bob",
                "2026-12-03 10:00:02 WARN slow checkout user=carol",
                "2026-12-03 10:00:03 ERROR stock missing user=dave"));
        LocalDate day = LocalDate.now(ZoneOffset.UTC);

        List<String> errors = awaitLines(dir.resolve("errors"), 2);
        List<String> rest = awaitLines(dir.resolve("hdfs/east"), 2);

        assertThat(errors).containsExactlyInAnyOrder(
                "2026-12-03 10:00:01 ERROR payment failed user=***",
                "2026-12-03 10:00:03 ERROR stock missing user=***");
        assertThat(rest).containsExactlyInAnyOrder(
                "2026-12-03 10:00:00 INFO order placed user=***",
                "2026-12-03 10:00:02 WARN slow checkout user=***");
        assertThat(committedFiles(dir.resolve("hdfs/east"))).allSatisfy(file -> {
            assertThat(file.getParent().getFileName().toString()).isIn(day.toString(), day.plusDays(1).toString());
            assertThat(file.getFileName().toString()).matches("events\\+flume-shop-rest\\+0\\+\\d+\\+\\d+\\.txt");
        });
        ConsumerRecord<byte[], byte[]> error = cluster.readAll("flume-shop-errors").get(0);
        assertThat(headers(error)).containsEntry("level", "ERROR").containsEntry("datacenter", "east")
                .containsEntry("service", "shop").containsEntry("file", log.toString()).containsKey("timestamp")
                .doesNotContainKey("byteoffset");
    }

    private static Map<String, String> headers(ConsumerRecord<byte[], byte[]> record) {
        Map<String, String> headers = new HashMap<>();
        for (Header header : record.headers()) {
            headers.put(header.key(), new String(header.value(), StandardCharsets.UTF_8));
        }
        return headers;
    }

    private static List<String> awaitLines(Path root, int count) throws InterruptedException {
        List<String> lines = new ArrayList<>();
        ConnectTestCluster.awaitCondition(() -> {
            lines.clear();
            committedFiles(root).forEach(file -> lines.addAll(readLines(file)));
            return lines.size() >= count;
        }, Duration.ofSeconds(90), () -> "committed lines under " + root + ": " + lines);
        return lines;
    }

    private static List<Path> committedFiles(Path root) {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().startsWith("."))
                    .filter(f -> !f.getFileName().toString().endsWith(".crc")).collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> readLines(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
