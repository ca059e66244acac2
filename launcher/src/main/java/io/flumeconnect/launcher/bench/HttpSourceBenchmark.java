package io.flumeconnect.launcher.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The HTTP source: {@code --connections} clients POST text bodies of {@code --events-per-request} lines of
 * {@code --event-bytes} bytes over loopback, each waiting for its 200 (every event in Kafka) before the next, into
 * a 1-partition topic; against a raw producer writing as many records of the same size to the same broker.
 * Prints requests/s and the latency of a request (p50, p99) besides the events/s.
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
        return "HTTP source: --events (200000) of --event-bytes (200) in requests of --events-per-request (100) "
                + "over --connections (64), --tasks (1), every 200 waited for, vs raw producer, acks=all";
    }

    @Override
    public BenchResult run(BenchContext context) throws Exception {
        long events = context.option("events", 200_000);
        int eventBytes = (int) context.option("event-bytes", 200);
        int perRequest = (int) context.option("events-per-request", 100);
        int connections = (int) context.option("connections", 64);
        int tasks = (int) context.option("tasks", 1);
        long requests = events / perRequest;
        int port = freePort();
        context.createTopic(TOPIC, 1);
        context.createTopic(LIMIT_TOPIC, 1);
        context.rest().putConnector(CONNECTOR, Map.of(
                "connector.class", "io.flumeconnect.sources.http.HttpSourceConnector",
                "tasks.max", Integer.toString(tasks),
                "topic", TOPIC,
                "bind.address", "127.0.0.1",
                "ports", Integer.toString(port),
                "requests.concurrent.max", Integer.toString(Math.max(512, connections * 2)),
                "buffer.max.records", Long.toString(Math.max(10_000, 2L * connections * perRequest))));
        context.rest().awaitRunning(CONNECTOR, Duration.ofSeconds(60));
        byte[] body = body(perRequest, eventBytes);
        URI uri = URI.create("http://127.0.0.1:" + port + "/");

        context.out().printf("Warming up: %,d requests...%n", Math.max(1, requests / 10));
        post(uri, body, Math.max(1, requests / 10), connections);
        context.out().printf("Measuring: %,d requests of %d events over %d connections...%n", requests, perRequest,
                connections);
        long start = System.nanoTime();
        Posted posted = post(uri, body, requests, connections);
        Throughput measured = Throughput.since(start, requests * perRequest, requests * perRequest * eventBytes);
        context.rest().deleteConnector(CONNECTOR);

        Throughput limit = context.baseline().measure(LIMIT_TOPIC, requests * perRequest, eventBytes);
        return new BenchResult(measured, limit, "raw producer, acks=all, %d x %d B records, 1 partition"
                .formatted(requests * perRequest, eventBytes), List.of(
                "%d events per request, %d connections, %d task(s): %.0f requests/s, latency p50 %.1f ms, p99 %.1f ms"
                        .formatted(perRequest, connections, tasks, requests / measured.seconds(),
                                posted.percentileMs(50), posted.percentileMs(99)),
                "every request answered 200 (its events in Kafka) before the client sent its next; %d retried"
                        .formatted(posted.retried())));
    }

    /** Each request's latency in nanoseconds, and how many requests had to be sent again (not a 200). */
    private record Posted(long[] latencies, long retried) {
        double percentileMs(int percentile) {
            long[] sorted = latencies.clone();
            Arrays.sort(sorted);
            return sorted[Math.min(sorted.length - 1, sorted.length * percentile / 100)] / 1e6;
        }
    }

    /** Sends {@code requests} requests over {@code connections} clients; each request is sent until it gets 200. */
    private static Posted post(URI uri, byte[] body, long requests, int connections) throws Exception {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        AtomicLong next = new AtomicLong();
        AtomicLong retried = new AtomicLong();
        long[] latencies = new long[(int) requests];
        ExecutorService threads = Executors.newFixedThreadPool(connections);
        try {
            List<Future<?>> clients = new ArrayList<>();
            for (int c = 0; c < connections; c++) {
                clients.add(threads.submit(() -> {
                    for (long i = next.getAndIncrement(); i < requests; i = next.getAndIncrement()) {
                        long sent = System.nanoTime();
                        while (client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() != 200) {
                            retried.incrementAndGet();
                        }
                        latencies[(int) i] = System.nanoTime() - sent;
                    }
                    return null;
                }));
            }
            for (Future<?> clientDone : clients) {
                clientDone.get();
            }
        } finally {
            threads.shutdownNow();
        }
        return new Posted(latencies, retried.get());
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

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
