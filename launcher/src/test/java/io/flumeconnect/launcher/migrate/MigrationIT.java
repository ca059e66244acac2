package io.flumeconnect.launcher.migrate;

import static org.assertj.core.api.Assertions.assertThat;

import io.flumeconnect.launcher.LauncherHome;
import io.flumeconnect.launcher.migrate.conf.Substitution;
import io.flumeconnect.launcher.migrate.mapping.ConnectorDef;
import io.flumeconnect.launcher.migrate.mapping.Migration;
import io.flumeconnect.launcher.migrate.output.SecretsWriter;
import io.flumeconnect.testkit.ConnectClusterExtension;
import io.flumeconnect.testkit.ConnectTestCluster;
import io.flumeconnect.testkit.TestCertificates;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.apache.flume.EventDeliveryException;
import org.apache.flume.api.RpcClient;
import org.apache.flume.api.RpcClientFactory;
import org.apache.flume.event.EventBuilder;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The migration's output on a real worker with every packaged plugin and Kafka's file config provider: each
 * connector generated from the corpus passes its plugin's validation (its secrets read from the secrets file); a
 * realistic flume.conf applied with {@code --apply} moves log lines to where the Flume agent would have put them,
 * with Flume's headers; and every source of a migrated edge agent delivers what real clients send to it.
 */
class MigrationIT {
    @RegisterExtension
    static final ConnectClusterExtension CONNECT = ConnectClusterExtension.with(b -> b.workers(1).allPackagedPlugins()
            .workerProp("config.providers", "file")
            .workerProp("config.providers.file.class", "org.apache.kafka.common.config.provider.FileConfigProvider"));

    @TempDir
    static Path dir;

    @TestFactory
    List<DynamicTest> everyGeneratedConnectorPassesItsPluginsValidation() throws IOException, InterruptedException {
        List<DynamicTest> tests = new ArrayList<>();
        Substitution withFiles = Corpus.withFilesIn(dir);
        for (Path caseDir : Corpus.cases()) {
            Path secrets = dir.resolve(caseDir.getFileName() + "-secrets.properties");
            Migration migration = Corpus.migrate(caseDir, withFiles, secrets.toString());
            SecretsWriter.write(migration.secrets(), secrets);
            for (ConnectorDef connector : migration.connectors()) {
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

    /**
     * An edge agent with a TAILDIR, a syslogtcp, an http and an avro source (TLS, its keystore password in the
     * secrets file the worker reads through the file config provider), migrated and applied; real clients send to
     * each: lines appended to a file, util-linux {@code logger} over TCP, HTTP POSTs in Flume's JSON format, Flume's
     * own RPC client. Every event arrives in the topic of its channel, the file's lines also in the archive files.
     */
    @Test
    void everySourceOfAMigratedEdgeAgentDeliversWhatRealClientsSend() throws Exception {
        ConnectTestCluster cluster = CONNECT.cluster();
        TestCertificates certificates = TestCertificates.create(Files.createDirectories(dir.resolve("edge-tls")));
        Map<String, Integer> ports = Map.of("it.syslog.port", freePort(), "it.http.port", freePort(),
                "it.avro.port", freePort());
        ports.forEach((key, port) -> System.setProperty(key, port.toString()));
        System.setProperty("it.dir", dir.toString());
        System.setProperty("it.keystore", certificates.serverKeystore().toString());
        System.setProperty("it.keystore.password", TestCertificates.PASSWORD);
        Files.createDirectories(dir.resolve("edge-logs"));
        Path conf = Files.copy(Path.of("src/test/resources/migrate/it/sources.conf"), dir.resolve("sources.conf"));

        int status = new MigrateCommand().run(List.of(conf.toString(), "--out=" + dir.resolve("edge-out"), "--apply",
                "--connect-url=" + cluster.raw().endpointForResource(""),
                "--bootstrap-servers=" + cluster.bootstrapServers()), LauncherHome.fromSystemProperties());

        assertThat(status).as("exit status of migrate --apply").isZero();
        assertThat(dir.resolve("edge-out/connectors/edge-rpc.json")).content()
                .doesNotContain(TestCertificates.PASSWORD).contains("${file:");
        for (String connector : List.of("edge-files", "edge-syslog", "edge-web", "edge-rpc", "edge-archive")) {
            cluster.awaitRunning(connector, 1);
        }
        List<String> lines = numbered("file line", 20);
        Files.write(dir.resolve("edge-logs/app.log"), lines);
        List<String> syslog = numbered("syslog event", 20);
        logger(ports.get("it.syslog.port"), syslog);
        List<String> http = numbered("http event", 20);
        post(ports.get("it.http.port"), http);
        List<String> rpc = numbered("rpc event", 20);
        rpcAppend(ports.get("it.avro.port"), certificates, rpc);

        assertThat(cluster.awaitValues("flume-edge-logs", lines, Duration.ofSeconds(60))).hasSize(lines.size());
        List<String> events = new ArrayList<>();
        ConnectTestCluster.awaitCondition(() -> {
            events.clear();
            events.addAll(ConnectTestCluster.values(cluster.readAll("flume-edge-events")));
            return events.size() >= syslog.size() + http.size() + rpc.size();
        }, Duration.ofSeconds(60), () -> "events in flume-edge-events: " + events);
        assertThat(events).containsAll(http).containsAll(rpc).hasSize(syslog.size() + http.size() + rpc.size());
        assertThat(syslog).allSatisfy(message -> assertThat(events).anyMatch(value -> value.endsWith(message)));
        assertThat(awaitLines(dir.resolve("edge-archive"), lines.size())).containsExactlyInAnyOrderElementsOf(lines);
    }

    private static List<String> numbered(String prefix, int count) {
        return IntStream.range(0, count).mapToObj(i -> prefix + " " + i).toList();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    /** util-linux logger, one TCP connection, a message per line. */
    private static void logger(int port, List<String> messages) throws IOException, InterruptedException {
        Process process = new ProcessBuilder("logger", "-T", "-n", "127.0.0.1", "-P", Integer.toString(port),
                "-t", "edge").redirectErrorStream(true).start();
        process.getOutputStream().write((String.join("\n", messages) + "\n").getBytes(StandardCharsets.UTF_8));
        process.getOutputStream().close();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("logger ended").isTrue();
        assertThat(process.exitValue()).as("logger: " + output).isZero();
    }

    /** One POST per event in Flume's JSONHandler format, each answered 200 once Kafka has it. */
    private static void post(int port, List<String> bodies) throws IOException, InterruptedException {
        HttpClient client = HttpClient.newHttpClient();
        for (String body : bodies) {
            URI uri = URI.create("http://127.0.0.1:" + port + "/");
            HttpResponse<String> response = client.send(HttpRequest.newBuilder(uri)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("[{\"headers\": {\"via\": \"http\"}, \"body\": \""
                            + body + "\"}]")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as("answer to %s: %s", body, response.body()).isEqualTo(200);
        }
    }

    /** Flume's own RPC client over TLS, one batch. */
    private static void rpcAppend(int port, TestCertificates certificates, List<String> bodies)
            throws EventDeliveryException {
        Properties properties = new Properties();
        properties.putAll(Map.of("client.type", "default", "hosts", "h1", "hosts.h1", "127.0.0.1:" + port,
                "ssl", "true", "truststore", certificates.clientTruststore().toString(),
                "truststore-password", TestCertificates.PASSWORD, "truststore-type", "PKCS12"));
        RpcClient client = RpcClientFactory.getInstance(properties);
        try {
            client.appendBatch(bodies.stream().map(body -> EventBuilder.withBody(body, StandardCharsets.UTF_8))
                    .toList());
        } finally {
            client.close();
        }
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
