package io.flumeconnect.launcher.bench;

import io.flumeconnect.launcher.process.JavaProcess;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.locks.LockSupport;
import org.apache.kafka.clients.producer.ProducerConfig;

/**
 * The syslog source taking ~200-byte RFC 5424 messages from {@code --connections} senders in this JVM into a
 * 1-partition topic, over plain TCP, RELP (a Java client with omrelp's window, each message answered only once
 * Kafka acknowledged it) or UDP (with the share lost), against a raw producer writing as many records of the same
 * size to the same broker with the same producer settings. The records are the messages as received
 * ({@code value.type=string}, parsed for the headers), so both sides write the same value bytes. Runs in
 * {@code --rounds}, the first not counted (JIT warm-up of every JVM); over TCP and RELP the time runs from a tenth
 * of the messages in the topic to the last, over UDP from the first datagram sent to the last record arrived.
 */
public final class SyslogBenchmark implements Benchmark {
    private static final String CONNECTOR = "bench-syslog";
    private static final String TOPIC = "bench-syslog";
    private static final String LIMIT_TOPIC = "bench-syslog-limit";
    /** Over UDP the round ends once the topic has not grown for this long after the last datagram was sent. */
    private static final Duration UDP_QUIET = Duration.ofSeconds(3);

    private enum Protocol { TCP, RELP, UDP }

    @Override
    public String name() {
        return "syslog-source";
    }

    @Override
    public String description() {
        return "syslog source: --rounds (3, the first not counted) of --messages (1000000) RFC 5424 messages of "
                + "--message-bytes (200) from --connections (1) senders over --protocol (tcp|relp|udp; tcp "
                + "--framing lf|octet, relp --window 128 unanswered per connection, udp --rate msg/s, 0 = unpaced) "
                + "into 1 partition through --tasks (1) tasks on one port, --header-converter (the worker's) vs raw "
                + "producer, acks=all; worker CPU per message";
    }

    @Override
    public BenchResult run(BenchContext context) throws Exception {
        long messages = context.option("messages", 1_000_000);
        int messageBytes = (int) context.option("message-bytes", 200);
        int connections = (int) Math.max(1, context.option("connections", 1));
        int rounds = (int) Math.max(1, context.option("rounds", 3));
        Protocol protocol = Protocol.valueOf(context.option("protocol", "tcp").toUpperCase(Locale.ROOT));
        Senders senders = new Senders(BenchContext.freePort(), connections, messageBytes,
                "octet".equals(context.option("framing", "lf")), (int) context.option("window", 128),
                context.option("rate", 0));
        int valueBytes = messageBytes - 1;
        Map<String, Object> producer = producerSettings();
        context.createTopic(LIMIT_TOPIC, 1);
        context.createTopic(TOPIC, 1);
        Map<String, String> connector = connectorConfig(senders.port, protocol, producer);
        connector.put("tasks.max", Long.toString(Math.max(1, context.option("tasks", 1))));
        String headerConverter = context.option("header-converter", "");
        if (!headerConverter.isEmpty()) {
            connector.put("header.converter", headerConverter);
        }
        context.rest().putConnector(CONNECTOR, connector);
        context.rest().awaitRunning(CONNECTOR, Duration.ofMinutes(2));
        JavaProcess worker = context.stack().worker().process();
        List<BenchRound> results = new ArrayList<>();
        double cpuPerMessage = 0;
        double lost = 0;
        for (int round = 1; round <= rounds; round++) {
            Throughput raw = context.baseline().measure(LIMIT_TOPIC, messages, valueBytes, producer);
            long before = context.recordsIn(TOPIC);
            long first = (round - 1) * messages;
            double cpuBefore = worker.cpuSeconds();
            Throughput syslog;
            if (protocol == Protocol.UDP) {
                syslog = measureDatagrams(context, senders, before, first, messages, valueBytes);
                lost = 1 - (double) syslog.records() / messages;
            } else {
                CompletableFuture<Void> sent = senders.send(protocol, first, messages);
                syslog = measure(context, before, messages, valueBytes);
                sent.join();
            }
            long arrived = context.recordsIn(TOPIC) - before;
            cpuPerMessage = (worker.cpuSeconds() - cpuBefore) / arrived;
            results.add(new BenchRound(round, round > 1 || rounds == 1, syslog, raw, Optional.empty()));
            context.out().printf("Round %d of %d: syslog %.0f msg/s, raw producer %.0f msg/s, worker CPU %.1f µs/msg%s%n",
                    round, rounds, syslog.recordsPerSecond(), raw.recordsPerSecond(), cpuPerMessage * 1e6,
                    protocol == Protocol.UDP ? ", %.2f%% lost".formatted(lost * 100) : "");
        }
        context.rest().deleteConnector(CONNECTOR);
        BenchRound last = results.get(results.size() - 1);
        List<String> notes = new ArrayList<>(List.of(
                "round %d of %d shown; %s".formatted(rounds, rounds, rounds == 1
                        ? "one round: every JVM's first, JIT warm-up included" : "round 1 warms up every JVM"),
                "%d %s connection(s)%s, %s task(s), value.type=string (parsed for the headers), header converter %s"
                        .formatted(connections, protocol, senders.describe(protocol), connector.get("tasks.max"),
                                headerConverter.isEmpty() ? "the worker's (SimpleHeaderConverter)" : headerConverter),
                "worker CPU in the last round: %.1f µs per message (user+system, /proc)".formatted(cpuPerMessage * 1e6),
                "producer settings on both sides: " + producer));
        if (protocol == Protocol.UDP) {
            notes.add(("UDP: %,d of %,d datagrams arrived in Kafka in the last round, %.2f%% lost (receive.buffer.bytes "
                    + "1 MiB asked, net.core.rmem_max %s)").formatted(last.measured().records(), messages, lost * 100,
                    rmemMax()));
        }
        return new BenchResult(last.measured(), last.limit(),
                "raw producer, same settings, %,d x %d B records per round, 1 partition".formatted(messages,
                        valueBytes), notes, results);
    }

    private static Map<String, Object> producerSettings() {
        return Map.of(
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.BATCH_SIZE_CONFIG, "262144",
                ProducerConfig.LINGER_MS_CONFIG, "10",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "false",
                ProducerConfig.BUFFER_MEMORY_CONFIG, "4194304");
    }

    private static Map<String, String> connectorConfig(int port, Protocol protocol, Map<String, Object> producer) {
        Map<String, String> config = new HashMap<>(Map.of(
                "connector.class", "io.flumeconnect.sources.syslog.SyslogSourceConnector",
                "topic", TOPIC,
                "protocol", protocol.name().toLowerCase(Locale.ROOT),
                "bind.address", "127.0.0.1",
                "ports", Integer.toString(port),
                "value.type", "string",
                "value.converter", "org.apache.kafka.connect.storage.StringConverter"));
        producer.forEach((key, value) -> config.put("producer.override." + key, value.toString()));
        return config;
    }

    private static Throughput measure(BenchContext context, long before, long messages, int valueBytes)
            throws IOException, InterruptedException {
        context.awaitRecords(TOPIC, before + Math.max(1, messages / 10), Duration.ofMinutes(5));
        long start = System.nanoTime();
        long first = context.recordsIn(TOPIC) - before;
        context.awaitRecords(TOPIC, before + messages, Duration.ofMinutes(30));
        return Throughput.since(start, messages - first, (messages - first) * valueBytes);
    }

    /** Sends every datagram, then waits until the topic stops growing: what arrived over the time it took. */
    private static Throughput measureDatagrams(BenchContext context, Senders senders, long before, long first,
                                               long messages, int valueBytes) throws IOException, InterruptedException {
        long start = System.nanoTime();
        CompletableFuture<Void> sent = senders.send(Protocol.UDP, first, messages);
        long count = before;
        long grewAt = System.nanoTime();
        while (!sent.isDone() || System.nanoTime() - grewAt < UDP_QUIET.toNanos()) {
            Thread.sleep(100);
            long now = context.recordsIn(TOPIC);
            if (now > count) {
                count = now;
                grewAt = System.nanoTime();
            }
        }
        sent.join();
        long arrived = count - before;
        context.out().printf("  %,d of %,d datagrams arrived%n", arrived, messages);
        return new Throughput(Math.max(arrived, 1), arrived * valueBytes, Duration.ofNanos(grewAt - start));
    }

    /** The senders of a round: {@code connections} of them, each its share of the numbered messages. */
    private record Senders(int port, int connections, int messageBytes, boolean octets, int window, long rate) {

        String describe(Protocol protocol) {
            return switch (protocol) {
                case TCP -> octets ? ", octet-counting framing" : ", LF framing";
                case RELP -> ", window %d unanswered messages per connection".formatted(window);
                case UDP -> rate > 0 ? ", paced at %,d msg/s in all".formatted(rate) : ", unpaced";
            };
        }

        CompletableFuture<Void> send(Protocol protocol, long first, long count) {
            List<CompletableFuture<Void>> senders = new ArrayList<>();
            long share = count / connections;
            for (int c = 0; c < connections; c++) {
                long from = first + c * share;
                long n = c == connections - 1 ? count - c * share : share;
                senders.add(CompletableFuture.runAsync(() -> {
                    try {
                        switch (protocol) {
                            case TCP -> sendTcp(from, n);
                            case RELP -> sendRelp(from, n);
                            case UDP -> sendUdp(from, n);
                        }
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new IllegalStateException(e);
                    }
                }, runnable -> new Thread(runnable, "syslog-sender").start()));
            }
            return CompletableFuture.allOf(senders.toArray(CompletableFuture[]::new));
        }

        private void sendTcp(long from, long count) throws IOException {
            SyslogMessages messages = new SyslogMessages(messageBytes);
            byte[] prefix = (octets ? messageBytes + " " : "").getBytes(StandardCharsets.US_ASCII);
            try (Socket socket = new Socket("127.0.0.1", port);
                 OutputStream out = new BufferedOutputStream(socket.getOutputStream(), 1 << 16)) {
                for (long i = from; i < from + count; i++) {
                    out.write(prefix);
                    out.write(messages.numbered(i));
                }
            }
        }

        private void sendRelp(long from, long count) throws IOException, InterruptedException {
            SyslogMessages messages = new SyslogMessages(messageBytes);
            try (RelpClient client = RelpClient.open("127.0.0.1", port, window)) {
                for (long i = from; i < from + count; i++) {
                    client.syslog(messages.numbered(i), messages.valueBytes());
                }
            }
        }

        /** Datagrams without their LF, paced to this sender's share of {@code rate} when it is set. */
        private void sendUdp(long from, long count) throws IOException {
            SyslogMessages messages = new SyslogMessages(messageBytes);
            long nanosPerMessage = rate > 0 ? 1_000_000_000L * connections / rate : 0;
            long start = System.nanoTime();
            try (DatagramSocket socket = new DatagramSocket()) {
                socket.connect(InetAddress.getLoopbackAddress(), port);
                for (long i = 0; i < count; i++) {
                    socket.send(new DatagramPacket(messages.numbered(from + i), messages.valueBytes()));
                    if (nanosPerMessage > 0 && i % 64 == 63) {
                        LockSupport.parkNanos(start + i * nanosPerMessage - System.nanoTime());
                    }
                }
            }
        }
    }

    private static String rmemMax() {
        try {
            // Files.readString trusts the size procfs reports and gives "4" here; reading lines does not
            return Files.readAllLines(Path.of("/proc/sys/net/core/rmem_max")).get(0).trim();
        } catch (IOException e) {
            return "unknown";
        }
    }
}
