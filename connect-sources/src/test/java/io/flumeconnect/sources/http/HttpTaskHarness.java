package io.flumeconnect.sources.http;

import io.flumeconnect.testkit.StubSourceTaskContext;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import javax.management.MBeanServer;
import javax.management.ObjectName;
import org.apache.kafka.connect.source.SourceRecord;

/**
 * Runs an {@link HttpSourceTask} in the test JVM on a free port and plays the worker: polls records and
 * acknowledges them (or not) with {@code commitRecord}, as Kafka's producer callback would.
 */
final class HttpTaskHarness implements AutoCloseable {
    final int port;
    final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final HttpSourceTask task = new HttpSourceTask();

    HttpTaskHarness(Map<String, String> overrides) throws IOException {
        port = freePort();
        Map<String, String> props = new HashMap<>(Map.of("name", "http-test-" + port, "topic", "events",
                "ports", Integer.toString(port), "bind.address", "127.0.0.1"));
        props.putAll(overrides);
        task.initialize(new StubSourceTaskContext(props));
        task.start(props);
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** A counter of this task, read over JMX (outside a worker the counters live in a standalone registry). */
    long metric(String name) throws Exception {
        MBeanServer server = ManagementFactory.getPlatformMBeanServer();
        for (ObjectName bean : server.queryNames(new ObjectName("flume.connect:connector=http-test-" + port + ",*"),
                null)) {
            return ((Number) server.getAttribute(bean, name + "-total")).longValue();
        }
        throw new AssertionError("no metrics for the task on port " + port);
    }

    /** Waits (up to 30 s) until {@code count} records are in the task's buffer. */
    void awaitReceived(long count) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (metric("records-received") < count) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the task did not receive " + count + " records");
            }
            Thread.sleep(10);
        }
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    CompletableFuture<HttpResponse<String>> post(String path, String contentType, String body) {
        return client.sendAsync(HttpRequest.newBuilder(uri(path)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return client.send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** Polls until {@code count} records came (failing after 30 s), without acknowledging them. */
    List<SourceRecord> poll(int count) throws InterruptedException {
        List<SourceRecord> records = new ArrayList<>();
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (records.size() < count) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("got " + records.size() + " records, expected " + count);
            }
            List<SourceRecord> batch = task.poll();
            if (batch != null) {
                records.addAll(batch);
            }
        }
        return records;
    }

    HttpSourceTask task() {
        return task;
    }

    void acknowledge(List<SourceRecord> records) {
        records.forEach(record -> task.commitRecord(record, null));
    }

    /** Polls and acknowledges {@code count} records. */
    List<SourceRecord> pollAndAcknowledge(int count) throws InterruptedException {
        List<SourceRecord> records = poll(count);
        acknowledge(records);
        return records;
    }

    @Override
    public void close() {
        task.stop();
    }
}
