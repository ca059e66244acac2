package io.flumeconnect.launcher.bench;

import io.flumeconnect.launcher.process.JavaProcess;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.apache.kafka.clients.producer.ProducerConfig;

/**
 * The syslog source taking ~200-byte RFC 5424 messages over TCP from {@code --connections} senders in this JVM into
 * a 1-partition topic, against a raw producer writing as many records of the same size to the same broker with the
 * same producer settings. The records are the messages as received ({@code value.type=string}, parsed for the
 * headers), so both sides write the same bytes. Runs in {@code --rounds}, the first not counted (JIT warm-up of
 * every JVM); within a round the time runs from a tenth of the messages in the topic to the last.
 */
public final class SyslogBenchmark implements Benchmark {
    private static final String CONNECTOR = "bench-syslog";
    private static final String TOPIC = "bench-syslog";
    private static final String LIMIT_TOPIC = "bench-syslog-limit";
    private static final String HEADER = "<134>1 2026-12-03T08:00:00.000Z bench-host bench-app 4242 ID47 - ";

    @Override
    public String name() {
        return "syslog-source";
    }

    @Override
    public String description() {
        return "syslog source over TCP: --rounds (3, the first not counted) of --messages (1000000) RFC 5424 messages "
                + "of --message-bytes (200) from --connections (1) senders, --framing (lf|octet) into 1 partition vs "
                + "raw producer, acks=all";
    }

    @Override
    public BenchResult run(BenchContext context) throws Exception {
        long messages = context.option("messages", 1_000_000);
        int messageBytes = (int) context.option("message-bytes", 200);
        int connections = (int) Math.max(1, context.option("connections", 1));
        int rounds = (int) Math.max(1, context.option("rounds", 3));
        boolean octets = "octet".equals(context.option("framing", "lf"));
        int port = BenchContext.freePort();
        Map<String, Object> producer = producerSettings();
        context.createTopic(LIMIT_TOPIC, 1);
        context.createTopic(TOPIC, 1);
        context.rest().putConnector(CONNECTOR, connectorConfig(port, producer));
        context.rest().awaitRunning(CONNECTOR, Duration.ofMinutes(2));
        JavaProcess worker = context.stack().worker().process();
        List<Throughput[]> results = new ArrayList<>();
        double cpuPerMessage = 0;
        for (int round = 1; round <= rounds; round++) {
            Throughput raw = context.baseline().measure(LIMIT_TOPIC, messages, messageBytes - 1, producer);
            double cpuBefore = worker.cpuSeconds();
            CompletableFuture<Void> sent = send(port, connections, (round - 1) * messages, messages, messageBytes, octets);
            Throughput syslog = measure(context, (round - 1) * messages, messages, messageBytes - 1);
            sent.join();
            cpuPerMessage = (worker.cpuSeconds() - cpuBefore) / messages;
            results.add(new Throughput[] {syslog, raw});
            context.out().printf("Round %d of %d: syslog %.0f msg/s, raw producer %.0f msg/s, worker CPU %.1f µs/msg%n",
                    round, rounds, syslog.recordsPerSecond(), raw.recordsPerSecond(), cpuPerMessage * 1e6);
        }
        context.rest().deleteConnector(CONNECTOR);
        Throughput[] last = results.get(results.size() - 1);
        return new BenchResult(last[0], last[1],
                "raw producer, same settings, %,d x %d B records per round, 1 partition".formatted(messages,
                        messageBytes - 1),
                List.of("round %d of %d shown; %s".formatted(rounds, rounds, rounds == 1
                                ? "one round: every JVM's first, JIT warm-up included" : "round 1 warms up every JVM"),
                        "%d TCP connection(s), %s framing, value.type=string (parsed for the headers)"
                                .formatted(connections, octets ? "octet-counting" : "LF"),
                        "worker CPU in the last round: %.1f µs per message (user+system, /proc)"
                                .formatted(cpuPerMessage * 1e6),
                        "producer settings on both sides: " + producer));
    }

    private static Map<String, Object> producerSettings() {
        return Map.of(
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.BATCH_SIZE_CONFIG, "262144",
                ProducerConfig.LINGER_MS_CONFIG, "10",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "false",
                ProducerConfig.BUFFER_MEMORY_CONFIG, "4194304");
    }

    private static Map<String, String> connectorConfig(int port, Map<String, Object> producer) {
        Map<String, String> config = new HashMap<>(Map.of(
                "connector.class", "io.flumeconnect.sources.syslog.SyslogSourceConnector",
                "tasks.max", "1",
                "topic", TOPIC,
                "protocol", "tcp",
                "bind.address", "127.0.0.1",
                "ports", Integer.toString(port),
                "value.type", "string",
                "value.converter", "org.apache.kafka.connect.storage.StringConverter"));
        producer.forEach((key, value) -> config.put("producer.override." + key, value.toString()));
        return config;
    }

    /** {@code count} numbered messages from {@code first}, spread over {@code connections} senders. */
    private static CompletableFuture<Void> send(int port, int connections, long first, long count, int messageBytes,
                                                boolean octets) {
        List<CompletableFuture<Void>> senders = new ArrayList<>();
        long share = count / connections;
        for (int c = 0; c < connections; c++) {
            long from = first + c * share;
            long n = c == connections - 1 ? count - c * share : share;
            senders.add(CompletableFuture.runAsync(() -> sendRange(port, from, n, messageBytes, octets)));
        }
        return CompletableFuture.allOf(senders.toArray(CompletableFuture[]::new));
    }

    private static void sendRange(int port, long from, long count, int messageBytes, boolean octets) {
        byte[] padding = RawProducerBaseline.payload(messageBytes);
        byte[] prefix = (octets ? messageBytes + " " : "").getBytes(StandardCharsets.US_ASCII);
        byte[] message = new byte[messageBytes];
        byte[] header = HEADER.getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(header, 0, message, 0, header.length);
        message[messageBytes - 1] = '\n';
        try (Socket socket = new Socket("127.0.0.1", port);
             OutputStream out = new BufferedOutputStream(socket.getOutputStream(), 1 << 16)) {
            for (long i = from; i < from + count; i++) {
                byte[] number = Long.toString(i).getBytes(StandardCharsets.US_ASCII);
                System.arraycopy(number, 0, message, header.length, number.length);
                int rest = messageBytes - 1 - header.length - number.length;
                System.arraycopy(padding, 0, message, header.length + number.length, rest);
                out.write(prefix);
                out.write(message);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Throughput measure(BenchContext context, long before, long messages, int valueBytes)
            throws IOException, InterruptedException {
        context.awaitRecords(TOPIC, before + Math.max(1, messages / 10), Duration.ofMinutes(5));
        long start = System.nanoTime();
        long first = context.recordsIn(TOPIC) - before;
        context.awaitRecords(TOPIC, before + messages, Duration.ofMinutes(30));
        return Throughput.since(start, messages - first, (messages - first) * valueBytes);
    }
}
