package io.flumeconnect.launcher.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.flume.Event;
import org.apache.flume.EventDeliveryException;
import org.apache.flume.api.RpcClient;
import org.apache.flume.api.RpcClientFactory;
import org.apache.flume.event.EventBuilder;

/**
 * The Flume Avro RPC source: Flume 1.11's own RPC client ({@link RpcClientFactory}, {@code NettyAvroRpcClient}, as a
 * Flume {@code avro} sink uses it) sends batches of {@code --event-bytes} events over loopback into a 1-partition
 * topic, each client waiting for {@code Status.OK} (every event of the batch in Kafka) before its next, for every
 * combination of {@code --batch} (100 and 1,000) and {@code --clients} (1 and 8), against a raw producer writing
 * records of the same size to the same broker in the same run ({@link AcknowledgedRounds}).
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
                + "every Status.OK waited for, vs raw producer (--limit-records 200000), acks=all; "
                + "--producer.KEY=VALUE on both sides";
    }

    @Override
    public BenchResult run(BenchContext context) throws Exception {
        int eventBytes = (int) context.option("event-bytes", 200);
        List<Integer> batches = context.integers("batch", "100,1000");
        List<Integer> clients = context.integers("clients", "1,8");
        int port = BenchContext.freePort();
        context.createTopic(TOPIC, 1);
        context.createTopic(LIMIT_TOPIC, 1);
        long buffer = 2L * clients.stream().max(Integer::compare).orElseThrow()
                * batches.stream().max(Integer::compare).orElseThrow();
        Map<String, String> config = new HashMap<>(Map.of(
                "connector.class", "io.flumeconnect.sources.flumeavro.FlumeAvroSourceConnector",
                "tasks.max", "1",
                "topic", TOPIC,
                "bind.address", "127.0.0.1",
                "ports", Integer.toString(port),
                "value.converter", "org.apache.kafka.connect.converters.ByteArrayConverter",
                "buffer.max.records", Long.toString(Math.max(10_000, buffer))));
        context.producerOptions().forEach((key, value) -> config.put("producer.override." + key, value));
        context.rest().putConnector(CONNECTOR, config);
        context.rest().awaitRunning(CONNECTOR, Duration.ofSeconds(60));

        BenchResult result = new AcknowledgedRounds(context, "batch", "batches", eventBytes).run(TOPIC, LIMIT_TOPIC, batches,
                clients, (batch, senders, settle, window) -> ClosedLoopLoad.run(senders,
                        () -> new FlumeSender(port, events(batch, eventBytes)), settle, window),
                List.of("1 task; events without headers (the source adds flume.client.address); a batch counts when "
                        + "answered OK, a FAILED one is refused and its client replaced, as Flume's avro sink does"));
        context.rest().deleteConnector(CONNECTOR);
        return result;
    }

    private static List<Event> events(int batch, int eventBytes) {
        byte[] body = RawProducerBaseline.payload(eventBytes);
        List<Event> events = new ArrayList<>();
        for (int i = 0; i < batch; i++) {
            events.add(EventBuilder.withBody(body));
        }
        return events;
    }

    /** One Flume RPC client sending the same batch again and again; replaced after a failed batch. */
    private static final class FlumeSender implements ClosedLoopLoad.Sender {
        private final Properties properties = new Properties();
        private final List<Event> batch;
        private RpcClient client;

        FlumeSender(int port, List<Event> batch) {
            properties.put("client.type", "default");
            properties.put("hosts", "h1");
            properties.put("hosts.h1", "127.0.0.1:" + port);
            properties.put("batch-size", Integer.toString(batch.size()));
            properties.put("request-timeout", "60000");
            this.batch = batch;
            this.client = RpcClientFactory.getInstance(properties);
        }

        @Override
        public boolean send() {
            try {
                client.appendBatch(batch);
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
