package io.flumeconnect.sources.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.flumeconnect.testkit.ConnectClusterExtension;
import io.flumeconnect.testkit.ConnectTestCluster;
import io.flumeconnect.testkit.TestCertificates;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The HTTP source on a real worker, with {@code curl} and Java's HttpClient. */
class HttpSourceIT {
    private static final String CONNECTOR_CLASS = "io.flumeconnect.sources.http.HttpSourceConnector";
    private static final Duration WAIT = Duration.ofSeconds(60);

    @RegisterExtension
    static final ConnectClusterExtension CONNECT = ConnectClusterExtension.with(b -> b.workers(1));

    private final ConnectTestCluster cluster = CONNECT.cluster();
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @TempDir
    Path dir;

    /** Starts a connector writing to a new topic {@code name} on a free port; returns the port. */
    private int start(String name, String... more) throws Exception {
        int port = HttpTaskHarness.freePort();
        cluster.createTopic(name, 1);
        Map<String, String> config = new HashMap<>(Map.of("connector.class", CONNECTOR_CLASS, "tasks.max", "1",
                "topic", name, "bind.address", "127.0.0.1", "ports", Integer.toString(port)));
        for (int i = 0; i < more.length; i += 2) {
            config.put(more[i], more[i + 1]);
        }
        cluster.putConnector(name, config);
        cluster.awaitRunning(name, config.containsKey("tasks.max") ? Integer.parseInt(config.get("tasks.max")) : 1);
        return port;
    }

    private static String url(int port, String path) {
        return "http://127.0.0.1:" + port + path;
    }

    private static String header(ConsumerRecord<byte[], byte[]> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    @Test
    void flumeJsonHandlerPayloadAsFlumesDocsShowIt() throws Exception {
        int port = start("flume-payload");
        // The curl example of Flume's user guide, HTTP source section.
        Curl.Response response = Curl.run("-X", "POST", "-H", "Content-Type: application/json; charset=UTF-8",
                "-d", "[{\"headers\" : {\"timestamp\" : \"434324343\", \"host\" : \"random_host.example.com\"}, "
                        + "\"body\" : \"random_body\"}, {\"headers\" : {\"namenode\" : \"namenode.example.com\", "
                        + "\"datanode\" : \"random_datanode.example.com\"}, \"body\" : \"really_random_body\"}]",
                url(port, "/"));
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("{\"status\":200,\"events\":2}\n");
        List<ConsumerRecord<byte[], byte[]>> records = cluster.awaitRecords("flume-payload", 2, WAIT);
        assertThat(ConnectTestCluster.values(records)).containsExactly("random_body", "really_random_body");
        assertThat(header(records.get(0), "host")).isEqualTo("random_host.example.com");
        assertThat(header(records.get(0), "timestamp")).isEqualTo("434324343");
        assertThat(header(records.get(1), "datanode")).isEqualTo("random_datanode.example.com");
        assertThat(header(records.get(1), "client.address")).isEqualTo("127.0.0.1");
    }

    @Test
    void everyFormatEndToEndWithCurl() throws Exception {
        int port = start("formats", "paths", "/,/objects=json");
        assertThat(Curl.run("-H", "Content-Type: application/x-ndjson", "--data-binary",
                "{\"n\":1}\n{\"n\":2}\n", url(port, "/")).status()).isEqualTo(200);
        assertThat(Curl.run("-H", "Content-Type: application/json", "--data-binary", "[{\"n\":3},{\"n\":4}]",
                url(port, "/objects")).status()).isEqualTo(200);
        assertThat(Curl.run("-H", "Content-Type: application/json", "--data-binary", "{\"n\":5}",
                url(port, "/objects")).status()).isEqualTo(200);
        assertThat(Curl.run("-H", "Content-Type: text/plain", "--data-binary", "six\nseven\n", url(port, "/"))
                .status()).isEqualTo(200);
        assertThat(Curl.run("-H", "Content-Type: application/octet-stream", "--data-binary", "eight\nstill eight",
                url(port, "/")).status()).isEqualTo(200);
        Path gzipped = dir.resolve("nine.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gzipped))) {
            out.write("nine\nten\n".getBytes(StandardCharsets.UTF_8));
        }
        assertThat(Curl.run("-H", "Content-Type: text/plain", "-H", "Content-Encoding: gzip", "--data-binary",
                "@" + gzipped, url(port, "/")).status()).isEqualTo(200);
        assertThat(ConnectTestCluster.values(cluster.awaitRecords("formats", 10, WAIT))).containsExactly(
                "{\"n\":1}", "{\"n\":2}", "{\"n\":3}", "{\"n\":4}", "{\"n\":5}", "six", "seven",
                "eight\nstill eight", "nine", "ten");
    }

    @Test
    void structuredJsonWithJavaHttpClient() throws Exception {
        int port = start("structured", "json.format", "json", "value.type", "structured",
                "value.converter", "org.apache.kafka.connect.json.JsonConverter",
                "value.converter.schemas.enable", "false");
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(url(port, "/")))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("[{\"msg\":\"a\",\"n\":1,\"tags\":[\"x\"]},{\"msg\":\"b\"}]"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(ConnectTestCluster.values(cluster.awaitRecords("structured", 2, WAIT)))
                .containsExactly("{\"msg\":\"a\",\"n\":1,\"tags\":[\"x\"]}", "{\"msg\":\"b\"}");
    }

    @Test
    void bearerAndBasicAuthWithCurl() throws Exception {
        int port = start("auth", "auth.bearer.tokens", "t0ken", "auth.basic.users", "agent:pa55");
        Curl.Response anonymous = Curl.run("-H", "Content-Type: text/plain", "-d", "nope", url(port, "/"));
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.body()).contains("credentials are required");
        assertThat(Curl.run("-H", "Authorization: Bearer wrong", "-H", "Content-Type: text/plain", "-d", "nope",
                url(port, "/")).status()).isEqualTo(401);
        assertThat(Curl.run("-H", "Authorization: Bearer t0ken", "-H", "Content-Type: text/plain", "-d", "bearer",
                url(port, "/")).status()).isEqualTo(200);
        assertThat(Curl.run("-u", "agent:pa55", "-H", "Content-Type: text/plain", "-d", "basic", url(port, "/"))
                .status()).isEqualTo(200);
        assertThat(ConnectTestCluster.values(cluster.awaitRecords("auth", 2, WAIT)))
                .containsExactly("bearer", "basic");
    }

    @Test
    void tlsWithAClientCertificate() throws Exception {
        TestCertificates certificates = TestCertificates.create(dir);
        int port = start("tls", "tls.enabled", "true",
                "tls.keystore.path", certificates.serverKeystore().toString(),
                "tls.keystore.password", TestCertificates.PASSWORD,
                "tls.truststore.path", certificates.serverTruststore().toString(),
                "tls.truststore.password", TestCertificates.PASSWORD,
                "tls.client.auth", "required");
        URI uri = URI.create("https://localhost:" + port + "/");
        HttpRequest request = HttpRequest.newBuilder(uri).header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("over tls")).build();
        HttpClient withCertificate = HttpClient.newBuilder().sslContext(certificates.clientContext(true)).build();
        assertThat(withCertificate.send(request, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
        HttpClient withoutCertificate = HttpClient.newBuilder().sslContext(certificates.clientContext(false)).build();
        assertThatThrownBy(() -> withoutCertificate.send(request, HttpResponse.BodyHandlers.ofString()))
                .isInstanceOf(IOException.class);
        Curl.Response curl = Curl.run("--cacert", certificates.serverCertificatePem().toString(),
                "--cert-type", "P12", "--cert", certificates.clientKeystore() + ":" + TestCertificates.PASSWORD,
                "-H", "Content-Type: text/plain", "-d", "curl over tls", uri.toString());
        assertThat(curl.status()).isEqualTo(200);
        assertThat(ConnectTestCluster.values(cluster.awaitRecords("tls", 2, WAIT)))
                .containsExactly("over tls", "curl over tls");
    }

    @Test
    void limitsAreRefusedWithTheirStatus() throws Exception {
        int port = start("limits", "body.max.bytes", "64", "events.max.per.request", "3",
                "rate.limit.per.client", "0.01", "rate.limit.burst", "4");
        Curl.Response tooLarge = Curl.run("-H", "Content-Type: text/plain", "-d", "x".repeat(65), url(port, "/"));
        assertThat(tooLarge.status()).isEqualTo(413);
        assertThat(tooLarge.body()).contains("body.max.bytes");
        assertThat(Curl.run("-H", "Content-Type: text/plain", "--data-binary", "a\nb\nc\nd\n", url(port, "/"))
                .status()).isEqualTo(413);
        assertThat(Curl.run("-H", "Content-Type: text/plain", "-d", "third", url(port, "/")).status())
                .isEqualTo(200);
        assertThat(Curl.run("-H", "Content-Type: text/plain", "-d", "fourth", url(port, "/")).status())
                .isEqualTo(200);
        // The burst of 4 is spent (refused requests count too); one token comes back every 100 s.
        Curl.Response limited = Curl.run("-i", "-H", "Content-Type: text/plain", "-d", "fifth", url(port, "/"));
        assertThat(limited.status()).isEqualTo(429);
        assertThat(limited.body()).containsIgnoringCase("Retry-After:");
        assertThat(ConnectTestCluster.values(cluster.awaitRecords("limits", 2, WAIT)))
                .containsExactly("third", "fourth");
    }
}
