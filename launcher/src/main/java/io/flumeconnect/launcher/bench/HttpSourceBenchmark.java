package io.flumeconnect.launcher.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The HTTP source: clients over loopback (Java's {@link HttpClient}, HTTP/1.1 keep-alive) POST text bodies of
 * {@code --event-bytes} lines into a 1-partition topic, each waiting for its 200 (every event of the request in
 * Kafka) before its next, for every combination of {@code --events-per-request} (1 and 100) and
 * {@code --connections} (1 and 64); against a raw producer writing records of the same size to the same broker in
 * the same run. Each combination is a round: events/s, requests/s and the p50/p99 latency of a request.
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
                + "waited for, vs raw producer (--limit-records 200000), acks=all";
    }

    @Override
    public BenchResult run(BenchContext context) throws Exception {
        int eventBytes = (int) context.option("event-bytes", 200);
        List<Integer> perRequests = context.integers("events-per-request", "1,100");
        List<Integer> connections = context.integers("connections", "1,64");
        int tasks = (int) context.option("tasks", 1);
        Duration window = Duration.ofSeconds(context.option("seconds", 20));
        int maxConnections = connections.stream().max(Integer::compare).orElseThrow();
        int maxPerRequest = perRequests.stream().max(Integer::compare).orElseThrow();
        int port = BenchContext.freePort();
        context.createTopic(TOPIC, 1);
        context.createTopic(LIMIT_TOPIC, 1);
        context.rest().putConnector(CONNECTOR, Map.of(
                "connector.class", "io.flumeconnect.sources.http.HttpSourceConnector",
                "tasks.max", Integer.toString(tasks),
                "topic", TOPIC,
                "bind.address", "127.0.0.1",
                "ports", Integer.toString(port),
                "requests.concurrent.max", Integer.toString(Math.max(512, maxConnections * 2)),
                "buffer.max.records", Long.toString(Math.max(10_000, 2L * maxConnections * maxPerRequest))));
        context.rest().awaitRunning(CONNECTOR, Duration.ofSeconds(60));
        URI uri = URI.create("http://127.0.0.1:" + port + "/");
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();

        Throughput limit = context.baseline().measure(LIMIT_TOPIC, context.option("limit-records", 200_000), eventBytes);
        context.out().printf("Raw producer: %.0f records/s%n", limit.recordsPerSecond());
        long warmUp = context.option("warmup-seconds", 15);
        context.out().printf("Warming up: %d events per request over %d connections for %d s...%n", maxPerRequest,
                maxConnections, warmUp);
        long acknowledged = post(client, uri, maxPerRequest, eventBytes, maxConnections, Duration.ofSeconds(warmUp),
                Duration.ofSeconds(1)).acceptedOverall() * maxPerRequest;

        List<BenchRound> rounds = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        BenchRound aim = null;
        for (int perRequest : perRequests) {
            for (int clients : connections) {
                context.out().printf("Round %d: %d event(s) per request over %d connection(s) for %d s...%n",
                        rounds.size() + 1, perRequest, clients, window.toSeconds());
                ClosedLoopLoad.Result posted = post(client, uri, perRequest, eventBytes, clients,
                        Duration.ofSeconds(3), window);
                acknowledged += posted.acceptedOverall() * perRequest;
                Throughput measured = posted.throughput(perRequest, eventBytes);
                BenchRound round = new BenchRound(rounds.size() + 1, true, measured, limit, Optional.empty());
                rounds.add(round);
                aim = perRequest == maxPerRequest && clients == maxConnections ? round : aim;
                notes.add(("round %d: %3d event(s) per request, %2d connection(s): %,8.0f events/s (%.2f of the raw "
                        + "producer), %,7.0f requests/s, latency p50 %.1f ms, p99 %.1f ms, %d refused (not 200)")
                        .formatted(round.number(), perRequest, clients, measured.recordsPerSecond(),
                                measured.recordsPerSecond() / limit.recordsPerSecond(), posted.perSecond(),
                                posted.percentileMs(50), posted.percentileMs(99), posted.refused()));
                context.out().println(notes.get(notes.size() - 1));
            }
        }
        context.rest().deleteConnector(CONNECTOR);
        long inTopic = context.recordsIn(TOPIC);
        notes.add("the topic holds %,d records; requests answered 200 carried %,d events%s".formatted(inTopic,
                acknowledged, inTopic >= acknowledged ? "" : ": EVENTS ANSWERED 200 ARE MISSING"));
        notes.add(("shown: %d events per request over %d connections; each round measures %d s after 3 s of settling, "
                + "%d task(s), Connect's default producer settings").formatted(maxPerRequest, maxConnections,
                window.toSeconds(), tasks));
        return new BenchResult(aim.measured(), limit, "raw producer, acks=all, %d B records, 1 partition"
                .formatted(eventBytes), notes, rounds);
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
