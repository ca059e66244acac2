package io.flumeconnect.launcher.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.apache.flume.Event;
import org.apache.flume.EventDeliveryException;
import org.apache.flume.api.RpcClient;
import org.apache.flume.api.RpcClientFactory;
import org.apache.flume.event.EventBuilder;

/**
 * The Flume Avro RPC source: Flume 1.11's own RPC client ({@link RpcClientFactory}, {@code NettyAvroRpcClient}, as a
 * Flume {@code avro} sink uses it) sends batches of {@code --batch} events of {@code --event-bytes} bytes from
 * {@code --clients} clients over loopback into a 1-partition topic, each waiting for {@code Status.OK} (every event
 * of the batch in Kafka) before its next; every combination is a round, against a raw producer writing records of
 * the same size to the same broker in the same run.
 */
public final class FlumeAvroBenchmark implements Benchmark {
    private static final String CONNECTOR = "bench-flume-avro";
    private static final String TOPIC = "bench-flume-avro";
    private static final String LIMIT_TOPIC = "bench-flume-avro-limit";

    @Override
    public String name() {
        return "flume-avro-source";
    }

    @Override
    public String description() {
        return "Flume Avro RPC source: Flume 1.11's RpcClient, --event-bytes (200) events in batches of --batch "
                + "(100,1000) from --clients (1,8), every combination for --seconds (20) after --warmup-seconds (15), "
                + "every Status.OK waited for, vs raw producer (--limit-records 200000), acks=all";
    }

    @Override
    public BenchResult run(BenchContext context) throws Exception {
        int eventBytes = (int) context.option("event-bytes", 200);
        List<Integer> batches = context.integers("batch", "100,1000");
        List<Integer> clients = context.integers("clients", "1,8");
        Duration window = Duration.ofSeconds(context.option("seconds", 20));
        int maxBatch = batches.stream().max(Integer::compare).orElseThrow();
        int maxClients = clients.stream().max(Integer::compare).orElseThrow();
        int port = BenchContext.freePort();
        context.createTopic(TOPIC, 1);
        context.createTopic(LIMIT_TOPIC, 1);
        context.rest().putConnector(CONNECTOR, Map.of(
                "connector.class", "io.flumeconnect.sources.flumeavro.FlumeAvroSourceConnector",
                "tasks.max", "1",
                "topic", TOPIC,
                "bind.address", "127.0.0.1",
                "ports", Integer.toString(port),
                "value.converter", "org.apache.kafka.connect.converters.ByteArrayConverter",
                "buffer.max.records", Long.toString(Math.max(10_000, 2L * maxClients * maxBatch))));
        context.rest().awaitRunning(CONNECTOR, Duration.ofSeconds(60));

        Throughput limit = context.baseline().measure(LIMIT_TOPIC, context.option("limit-records", 200_000), eventBytes);
        context.out().printf("Raw producer: %.0f records/s%n", limit.recordsPerSecond());
        long warmUp = context.option("warmup-seconds", 15);
        context.out().printf("Warming up: batches of %d from %d clients for %d s...%n", maxBatch, maxClients, warmUp);
        long acknowledged = send(port, maxBatch, eventBytes, maxClients, Duration.ofSeconds(warmUp),
                Duration.ofSeconds(1)).acceptedOverall() * maxBatch;

        List<BenchRound> rounds = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        BenchRound shown = null;
        for (int batch : batches) {
            for (int senders : clients) {
                context.out().printf("Round %d: batches of %d from %d client(s) for %d s...%n", rounds.size() + 1,
                        batch, senders, window.toSeconds());
                ClosedLoopLoad.Result sent = send(port, batch, eventBytes, senders, Duration.ofSeconds(3), window);
                acknowledged += sent.acceptedOverall() * batch;
                Throughput measured = sent.throughput(batch, eventBytes);
                BenchRound round = new BenchRound(rounds.size() + 1, true, measured, limit, Optional.empty());
                rounds.add(round);
                shown = batch == maxBatch && senders == maxClients ? round : shown;
                notes.add(("round %d: batches of %4d from %d client(s): %,8.0f events/s (%.2f of the raw producer), "
                        + "%,6.0f batches/s, appendBatch p50 %.1f ms, p99 %.1f ms, %d FAILED")
                        .formatted(round.number(), batch, senders, measured.recordsPerSecond(),
                                measured.recordsPerSecond() / limit.recordsPerSecond(), sent.perSecond(),
                                sent.percentileMs(50), sent.percentileMs(99), sent.refused()));
                context.out().println(notes.get(notes.size() - 1));
            }
        }
        context.rest().deleteConnector(CONNECTOR);
        long inTopic = context.recordsIn(TOPIC);
        notes.add("the topic holds %,d records; batches answered OK carried %,d events%s".formatted(inTopic,
                acknowledged, inTopic >= acknowledged ? "" : ": EVENTS ANSWERED OK ARE MISSING"));
        notes.add(("shown: batches of %d from %d clients; each round measures %d s after 3 s of settling, 1 task, "
                + "no event headers (the source adds flume.client.address), Connect's default producer settings")
                .formatted(maxBatch, maxClients, window.toSeconds()));
        return new BenchResult(shown.measured(), limit, "raw producer, acks=all, %d B records, 1 partition"
                .formatted(eventBytes), notes, rounds);
    }

    private static ClosedLoopLoad.Result send(int port, int batch, int eventBytes, int clients, Duration settle,
                                              Duration window) throws Exception {
        List<Event> events = new ArrayList<>();
        byte[] body = RawProducerBaseline.payload(eventBytes);
        for (int i = 0; i < batch; i++) {
            events.add(EventBuilder.withBody(body));
        }
        return ClosedLoopLoad.run(clients, () -> new FlumeSender(port, batch, events), settle, window);
    }

    /** One Flume RPC client; after a failed batch it is replaced, as Flume's {@code avro} sink does. */
    private static final class FlumeSender implements ClosedLoopLoad.Sender {
        private final Properties properties = new Properties();
        private final List<Event> events;
        private RpcClient client;

        FlumeSender(int port, int batch, List<Event> events) {
            properties.put("client.type", "default");
            properties.put("hosts", "h1");
            properties.put("hosts.h1", "127.0.0.1:" + port);
            properties.put("batch-size", Integer.toString(batch));
            properties.put("request-timeout", "60000");
            this.events = events;
            this.client = RpcClientFactory.getInstance(properties);
        }

        @Override
        public boolean send() {
            try {
                client.appendBatch(events);
                return true;
            } catch (EventDeliveryException e) {
                client.close();
                client = RpcClientFactory.getInstance(properties);
                return false;
            }
        }

        @Override
        public void close() {
            client.close();
        }
    }
}
