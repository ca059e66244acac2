package io.flumeconnect.launcher.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The HTTP source: clients over loopback (Java's {@link HttpClient}, HTTP/1.1 keep-alive) POST text bodies of
 * {@code --event-bytes} lines into a 1-partition topic, each waiting for its 200 (every event of the request in
 * Kafka) before its next, for every combination of {@code --events-per-request} (1 and 100) and
 * {@code --connections} (1 and 64), against a raw producer writing records of the same size to the same broker in
 * the same run ({@link AcknowledgedRounds}): events/s, requests/s and the p50/p99 latency of a request.
 */
public final class HttpSourceBenchmark implements Benchmark {
    private static final String CONNECTOR = "bench-http";
    private static final String TOPIC = "bench-http";
    private static final String LIMIT_TOPIC = "bench-http-limit";

    @Override
    public String name() {
        return "http-source";
    }

    @Override
    public String description() {
        return "HTTP source: --event-bytes (200) events in requests of --events-per-request (1,100) over --connections "
                + "(1,64), every combination for --seconds (20) after --warmup-seconds (15), --tasks (1), every 200 "
                + "waited for, vs raw producer (--limit-records 200000), acks=all; --producer.KEY=VALUE on both sides";
    }

    @Override
    public BenchResult run(BenchContext context) throws Exception {
        int eventBytes = (int) context.option("event-bytes", 200);
        List<Integer> perRequest = context.integers("events-per-request", "1,100");
        List<Integer> connections = context.integers("connections", "1,64");
        int tasks = (int) context.option("tasks", 1);
        int port = BenchContext.freePort();
        context.createTopic(TOPIC, 1);
        context.createTopic(LIMIT_TOPIC, 1);
        int mostConnections = connections.stream().max(Integer::compare).orElseThrow();
        long buffer = 2L * mostConnections * perRequest.stream().max(Integer::compare).orElseThrow();
        Map<String, String> config = new HashMap<>(Map.of(
                "connector.class", "io.flumeconnect.sources.http.HttpSourceConnector",
                "tasks.max", Integer.toString(tasks),
                "topic", TOPIC,
                "bind.address", "127.0.0.1",
                "ports", Integer.toString(port),
                "requests.concurrent.max", Integer.toString(Math.max(512, mostConnections * 2)),
                "buffer.max.records", Long.toString(Math.max(10_000, buffer))));
        context.producerOptions().forEach((key, value) -> config.put("producer.override." + key, value));
        context.rest().putConnector(CONNECTOR, config);
        context.rest().awaitRunning(CONNECTOR, Duration.ofSeconds(60));
        URI uri = URI.create("http://127.0.0.1:" + port + "/");
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();

        BenchResult result = new AcknowledgedRounds(context, "request", "requests", eventBytes).run(TOPIC, LIMIT_TOPIC,
                perRequest, connections, (events, clients, settle, window) ->
                        post(client, uri, events, eventBytes, clients, settle, window),
                List.of("%d task(s); text/plain bodies, one event a line; a request counts when answered 200"
                        .formatted(tasks)));
        context.rest().deleteConnector(CONNECTOR);
        return result;
    }

    private static ClosedLoopLoad.Result post(HttpClient client, URI uri, int perRequest, int eventBytes,
                                              int connections, Duration settle, Duration window) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body(perRequest, eventBytes))).build();
        return ClosedLoopLoad.run(connections, () -> () ->
                client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200, settle, window);
    }

    /** {@code events} lines of {@code eventBytes} bytes each (the record value), each ended by a newline. */
    private static byte[] body(int events, int eventBytes) {
        byte[] line = RawProducerBaseline.payload(eventBytes);
        byte[] body = new byte[events * (eventBytes + 1)];
        for (int e = 0; e < events; e++) {
            System.arraycopy(line, 0, body, e * (eventBytes + 1), eventBytes);
            body[e * (eventBytes + 1) + eventBytes] = '\n';
        }
        return body;
    }
}
