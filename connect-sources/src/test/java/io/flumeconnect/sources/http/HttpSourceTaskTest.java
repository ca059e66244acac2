package io.flumeconnect.sources.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPOutputStream;
import org.apache.kafka.connect.header.Header;
import org.apache.kafka.connect.source.SourceRecord;
import org.junit.jupiter.api.Test;

/** The task on real sockets: answers wait for {@code commitRecord}, in order, with the statuses of the docs. */
class HttpSourceTaskTest {

    @Test
    void answers200OnlyOnceEveryEventIsAcknowledged() throws Exception {
        try (HttpTaskHarness http = new HttpTaskHarness(Map.of())) {
            CompletableFuture<HttpResponse<String>> response = http.post("/", "application/json",
                    "[{\"headers\":{\"host\":\"h1\"},\"body\":\"one\"},{\"body\":\"two\"}]");
            List<SourceRecord> records = http.poll(2);
            assertThat(records).extracting(SourceRecord::value).containsExactly("one", "two");
            assertThat(records.get(0).headers().lastWithName("host").value()).isEqualTo("h1");
            assertThat(records.get(0).headers().lastWithName("client.address").value()).isEqualTo("127.0.0.1");
            http.acknowledge(records.subList(0, 1));
            Thread.sleep(300);
            assertThat(response).as("answered before the second event was acknowledged").isNotDone();
            http.acknowledge(records.subList(1, 2));
            assertThat(response.get(30, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
            assertThat(response.get().body()).isEqualTo("{\"status\":200,\"events\":2}\n");
        }
    }

    @Test
    void aRequestCountsInTheLatencyBucketsOfTheTimeItWaitedForKafka() throws Exception {
        try (HttpTaskHarness http = new HttpTaskHarness(Map.of())) {
            CompletableFuture<HttpResponse<String>> response = http.post("/", "text/plain", "a\n");
            List<SourceRecord> records = http.poll(1);
            Thread.sleep(300);
            http.acknowledge(records);
            assertThat(response.get(30, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
            assertThat(http.metric("http-requests-answered")).isEqualTo(1);
            assertThat(http.metric("http-latency-ms")).isGreaterThanOrEqualTo(300);
            assertThat(http.metric("http-latency-le-250ms")).as("held 300 ms before the acknowledgement").isZero();
            assertThat(http.metric("http-latency-le-30000ms")).isEqualTo(1);
        }
    }

    @Test
    void notAcknowledgedInTimeIs503CountingTheWrittenEvents() throws Exception {
        try (HttpTaskHarness http = new HttpTaskHarness(Map.of("ack.timeout.ms", "1000"))) {
            CompletableFuture<HttpResponse<String>> response = http.post("/", "text/plain", "a\nb\nc\n");
            List<SourceRecord> records = http.poll(3);
            http.acknowledge(records.subList(0, 2));
            HttpResponse<String> answer = response.get(30, TimeUnit.SECONDS);
            assertThat(answer.statusCode()).isEqualTo(503);
            assertThat(answer.headers().firstValue("Retry-After")).hasValue("1");
            assertThat(answer.body()).contains("\"events\":3,\"written\":2");
        }
    }

    @Test
    void aFullBufferIsRefusedAtOnceWith503AndNothingOfTheRequestIsTaken() throws Exception {
        try (HttpTaskHarness http = new HttpTaskHarness(Map.of("buffer.max.records", "2"))) {
            CompletableFuture<HttpResponse<String>> first = http.post("/", "text/plain", "a\nb\n");
            http.awaitReceived(2);
            HttpResponse<String> second = http.post("/", "text/plain", "c\n").get(30, TimeUnit.SECONDS);
            assertThat(second.statusCode()).isEqualTo(503);
            assertThat(second.headers().firstValue("Retry-After")).hasValue("1");
            assertThat(http.pollAndAcknowledge(2)).extracting(SourceRecord::value).containsExactly("a", "b");
            assertThat(first.get(30, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
        }
    }

    @Test
    void pipelinedRequestsAreAnsweredInOrder() throws Exception {
        try (HttpTaskHarness http = new HttpTaskHarness(Map.of());
             Socket socket = new Socket("127.0.0.1", http.port)) {
            OutputStream out = socket.getOutputStream();
            out.write((request("first") + request("second")).getBytes(StandardCharsets.US_ASCII));
            out.flush();
            List<SourceRecord> records = http.poll(2);
            http.acknowledge(List.of(records.get(1)));
            http.acknowledge(List.of(records.get(0)));
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(),
                    StandardCharsets.US_ASCII));
            List<String> statusLines = new ArrayList<>();
            List<String> bodies = new ArrayList<>();
            while (statusLines.size() < 2) {
                String line = in.readLine();
                if (line.startsWith("HTTP/1.1")) {
                    statusLines.add(line);
                } else if (line.startsWith("{")) {
                    bodies.add(line);
                }
            }
            assertThat(statusLines).containsExactly("HTTP/1.1 200 OK", "HTTP/1.1 200 OK");
            assertThat(records).extracting(SourceRecord::value).containsExactly("first", "second");
        }
    }

    private static String request(String line) {
        return "POST / HTTP/1.1\r\nHost: x\r\nContent-Type: text/plain\r\nContent-Length: " + line.length()
                + "\r\n\r\n" + line;
    }

    @Test
    void statusesOfRefusedRequests() throws Exception {
        try (HttpTaskHarness http = new HttpTaskHarness(Map.of("body.max.bytes", "100",
                "events.max.per.request", "2"))) {
            assertThat(status(http, "/nowhere", "text/plain", "a")).isEqualTo(404);
            assertThat(http.send(HttpRequest.newBuilder(http.uri("/")).GET().build()).statusCode()).isEqualTo(405);
            assertThat(status(http, "/", "application/xml", "<a/>")).isEqualTo(415);
            assertThat(status(http, "/", "text/plain", "x".repeat(101))).isEqualTo(413);
            assertThat(status(http, "/", "text/plain", "a\nb\nc\n")).isEqualTo(413);
            HttpResponse<String> bad = http.post("/", "application/json", "[{\"body\":1}]").get(30, TimeUnit.SECONDS);
            assertThat(bad.statusCode()).isEqualTo(400);
            assertThat(bad.body()).contains("event 1: \\\"body\\\" must be a string");
            assertThat(http.poll(0)).isEmpty();
        }
    }

    @Test
    void gzipBodies() throws Exception {
        try (HttpTaskHarness http = new HttpTaskHarness(Map.of())) {
            ByteArrayOutputStream gzipped = new ByteArrayOutputStream();
            try (GZIPOutputStream gzip = new GZIPOutputStream(gzipped)) {
                gzip.write("x\ny\n".getBytes(StandardCharsets.UTF_8));
            }
            CompletableFuture<HttpResponse<String>> response = http.client.sendAsync(HttpRequest.newBuilder(
                    http.uri("/")).header("Content-Type", "text/plain").header("Content-Encoding", "gzip")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(gzipped.toByteArray())).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(http.pollAndAcknowledge(2)).extracting(SourceRecord::value).containsExactly("x", "y");
            assertThat(response.get(30, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
        }
    }

    @Test
    void bearerAndBasicAuth() throws Exception {
        try (HttpTaskHarness http = new HttpTaskHarness(Map.of("auth.bearer.tokens", "s3cret,other",
                "auth.basic.users", "alice:wonder"))) {
            HttpResponse<String> none = http.send(post(http, null));
            assertThat(none.statusCode()).isEqualTo(401);
            assertThat(none.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(value ->
                    assertThat(value).contains("Bearer").contains("Basic"));
            assertThat(http.send(post(http, "Bearer wrong")).statusCode()).isEqualTo(401);
            assertThat(none.body()).doesNotContain("s3cret");
            CompletableFuture<HttpResponse<String>> bearer = http.client.sendAsync(post(http, "Bearer s3cret"),
                    HttpResponse.BodyHandlers.ofString());
            CompletableFuture<HttpResponse<String>> basic = http.client.sendAsync(post(http, "Basic "
                    + java.util.Base64.getEncoder().encodeToString("alice:wonder".getBytes(StandardCharsets.UTF_8))),
                    HttpResponse.BodyHandlers.ofString());
            http.pollAndAcknowledge(2);
            assertThat(bearer.get(30, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
            assertThat(basic.get(30, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
        }
    }

    private static HttpRequest post(HttpTaskHarness http, String authorization) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(http.uri("/")).header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("line"));
        if (authorization != null) {
            builder.header("Authorization", authorization);
        }
        return builder.build();
    }

    @Test
    void aRetriedIdempotencyKeyIsNotWrittenTwice() throws Exception {
        try (HttpTaskHarness http = new HttpTaskHarness(Map.of())) {
            HttpRequest request = HttpRequest.newBuilder(http.uri("/")).header("Content-Type", "text/plain")
                    .header("Idempotency-Key", "k-1").POST(HttpRequest.BodyPublishers.ofString("a\nb")).build();
            CompletableFuture<HttpResponse<String>> first = http.client.sendAsync(request,
                    HttpResponse.BodyHandlers.ofString());
            http.pollAndAcknowledge(2);
            assertThat(first.get(30, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
            HttpResponse<String> retry = http.send(request);
            assertThat(retry.statusCode()).isEqualTo(200);
            assertThat(retry.body()).contains("\"replayed\":true");
            assertThat(http.poll(0)).isEmpty();
        }
    }

    @Test
    void topicFromThePathWithinTheAllowList() throws Exception {
        try (HttpTaskHarness http = new HttpTaskHarness(Map.of("topics.allowed", "app-a,app-b"))) {
            CompletableFuture<HttpResponse<String>> response = http.post("/topics/app-b", "text/plain", "x");
            assertThat(http.pollAndAcknowledge(1)).extracting(SourceRecord::topic).containsExactly("app-b");
            assertThat(response.get(30, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
            assertThat(status(http, "/topics/secret", "text/plain", "x")).isEqualTo(403);
        }
    }

    @Test
    void healthAnswers200() throws Exception {
        try (HttpTaskHarness http = new HttpTaskHarness(Map.of())) {
            HttpResponse<String> health = http.send(HttpRequest.newBuilder(http.uri("/health")).GET().build());
            assertThat(health.statusCode()).isEqualTo(200);
        }
    }

    @Test
    void selectedHttpHeadersAndQueryParametersBecomeRecordHeaders() throws Exception {
        try (HttpTaskHarness http = new HttpTaskHarness(Map.of("headers.http", "X-App", "headers.query", "env"))) {
            CompletableFuture<HttpResponse<String>> response = http.client.sendAsync(HttpRequest.newBuilder(
                    http.uri("/?env=prod&other=1")).header("Content-Type", "text/plain").header("X-App", "billing")
                    .POST(HttpRequest.BodyPublishers.ofString("x")).build(), HttpResponse.BodyHandlers.ofString());
            SourceRecord record = http.pollAndAcknowledge(1).get(0);
            assertThat(record.headers()).extracting(Header::key).containsExactly("client.address", "X-App", "env");
            assertThat(record.headers().lastWithName("env").value()).isEqualTo("prod");
            assertThat(response.get(30, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
        }
    }

    private static int status(HttpTaskHarness http, String path, String type, String body) throws Exception {
        return http.post(path, type, body).get(30, TimeUnit.SECONDS).statusCode();
    }
}
