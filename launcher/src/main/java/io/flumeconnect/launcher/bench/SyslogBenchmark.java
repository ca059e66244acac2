package io.flumeconnect.launcher.bench;

import io.flumeconnect.launcher.bench.SyslogSenders.Protocol;
import io.flumeconnect.launcher.process.JavaProcess;
import java.io.IOException;
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
import org.apache.kafka.clients.producer.ProducerConfig;

/**
 * The syslog source taking ~200-byte RFC 5424 messages from {@code --connections} senders in this JVM into a
 * 1-partition topic, over plain TCP, RELP (a Java client with omrelp's window, each message answered only once
 * Kafka acknowledged it) or UDP (with the share lost). Each round measures, one after the other on the same broker
 * and worker with the same producer settings: a raw producer writing as many records of the same value size (the
 * limit), the Connect ceiling (the test plugin's counting source making records of the same shape in memory, see
 * {@link SyslogRecordShape}) and the syslog source, with the worker's CPU per message for the last two. Round 1 is
 * not counted (JIT warm-up of every JVM); over TCP and RELP the time runs from a tenth of the messages in the topic
 * to the last, over UDP from the first datagram sent to the last record arrived.
 */
public final class SyslogBenchmark implements Benchmark {
    private static final String CONNECTOR = "bench-syslog";
    private static final String TOPIC = "bench-syslog";
    private static final String LIMIT_TOPIC = "bench-syslog-limit";
    private static final String CEILING_TOPIC = "bench-syslog-ceiling";
    private static final String STRING_CONVERTER = "org.apache.kafka.connect.storage.StringConverter";
    private static final String JSON_CONVERTER = "org.apache.kafka.connect.json.JsonConverter";
    /** Over UDP the round ends once the topic has not grown for this long after the last datagram was sent. */
    private static final Duration UDP_QUIET = Duration.ofSeconds(3);

    /** One phase of a round: how fast, and the worker's CPU time per message meanwhile. */
    private record Phase(Throughput throughput, double cpuMicrosPerMessage) {
    }

    @Override
    public String name() {
        return "syslog-source";
    }

    @Override
    public String description() {
        return "syslog source: --rounds (3, the first not counted) of --messages (1000000) RFC 5424 messages of "
                + "--message-bytes (200) from --connections (1) senders over --protocol (tcp|relp|udp; tcp "
                + "--framing lf|octet, relp --window 128 unanswered per connection, udp --rate msg/s, 0 = unpaced) "
                + "into 1 partition through --tasks (1) tasks on one port; records --format (auto|raw) --value-type "
                + "(string|struct), --value-converter, --schemas (true|false, JsonConverter), --header-converter, "
                + "--poll-max-records (2000), --buffer-max-records (10000), --producer.KEY=VALUE; vs Connect ceiling "
                + "(counting source, same records) and raw producer, acks=all; worker CPU per message; --jfr profiles "
                + "both in the last round";
    }

    @Override
    public BenchResult run(BenchContext context) throws Exception {
        long messages = context.option("messages", 1_000_000);
        int messageBytes = (int) context.option("message-bytes", 200);
        int connections = (int) Math.max(1, context.option("connections", 1));
        int rounds = (int) Math.max(1, context.option("rounds", 3));
        Protocol protocol = Protocol.valueOf(context.option("protocol", "tcp").toUpperCase(Locale.ROOT));
        SyslogSenders senders = new SyslogSenders(BenchContext.freePort(), connections, messageBytes,
                "octet".equals(context.option("framing", "lf")), (int) context.option("window", 128),
                context.option("rate", 0));
        int valueBytes = messageBytes - 1;
        Map<String, Object> producer = producerSettings(context);
        SyslogRecordShape shape = shape(context, messageBytes, producer);
        context.createTopic(LIMIT_TOPIC, 1);
        context.createTopic(CEILING_TOPIC, 1);
        context.createTopic(TOPIC, 1);
        Map<String, String> syslogConfig =
                shape.syslogConfig(TOPIC, protocol.name().toLowerCase(Locale.ROOT), senders.port());
        String bufferRecords = context.option("buffer-max-records", "");
        if (!bufferRecords.isEmpty()) {
            syslogConfig.put("buffer.max.records", bufferRecords);
        }
        context.rest().putConnector(CONNECTOR, syslogConfig);
        context.rest().awaitRunning(CONNECTOR, Duration.ofMinutes(2));
        JavaProcess worker = context.stack().worker().process();
        List<BenchRound> results = new ArrayList<>();
        List<String> perRound = new ArrayList<>();
        double lost = 0;
        for (int round = 1; round <= rounds; round++) {
            boolean profiled = context.flag("jfr") && round == rounds;
            Throughput raw = context.baseline().measure(LIMIT_TOPIC, messages, valueBytes, producer);
            Phase ceiling = measureCeiling(context, worker, shape, round, messages, valueBytes, profiled);
            long before = context.recordsIn(TOPIC);
            long first = (round - 1) * messages;
            Phase syslog;
            if (protocol == Protocol.UDP) {
                syslog = measureDatagrams(context, worker, senders, before, first, messages, valueBytes);
                lost = 1 - (double) syslog.throughput().records() / messages;
            } else {
                CompletableFuture<Void> sent = senders.send(protocol, first, messages);
                syslog = measure(context, worker, TOPIC, before, messages, valueBytes,
                        profiled ? "syslog-" + round : null);
                sent.join();
            }
            results.add(new BenchRound(round, round > 1 || rounds == 1, syslog.throughput(), raw,
                    Optional.of(ceiling.throughput())));
            String line = describe(round, syslog, ceiling, raw)
                    + (protocol == Protocol.UDP ? ", %.2f%% lost".formatted(lost * 100) : "");
            perRound.add(line);
            context.out().printf("Round %d of %d: %s%n", round, rounds, line.substring(line.indexOf(':') + 2));
        }
        context.rest().deleteConnector(CONNECTOR);
        BenchRound last = results.get(results.size() - 1);
        List<String> notes = new ArrayList<>();
        notes.add("round %d of %d shown; %s".formatted(rounds, rounds, rounds == 1
                ? "one round: every JVM's first, JIT warm-up included" : "round 1 warms up every JVM"));
        perRound.forEach(line -> notes.add("  " + line));
        notes.add(("Connect ceiling: the test plugin's counting source making the same records in memory on the same "
                + "worker (same value type and size, headers, converters, tasks, %d records per poll, producer "
                + "overrides, no source offsets): what no source connector can beat on this worker")
                .formatted(shape.pollRecords()));
        notes.add("%d %s connection(s)%s, %s task(s), %s, buffer.max.records %s".formatted(connections, protocol,
                senders.describe(protocol), shape.common().get("tasks.max"), shape.describe(),
                bufferRecords.isEmpty() ? "10000" : bufferRecords));
        notes.add("converters: value %s%s, header %s".formatted(shape.common().get("value.converter"),
                shape.common().containsKey("value.converter.schemas.enable")
                        ? " (schemas.enable=" + shape.common().get("value.converter.schemas.enable") + ")" : "",
                shape.common().getOrDefault("header.converter", "the worker's (SimpleHeaderConverter)")));
        notes.add("producer settings on all sides: " + producer + "; the raw producer's records carry no headers");
        if (protocol == Protocol.UDP) {
            notes.add(("UDP: %,d of %,d datagrams arrived in Kafka in the last round, %.2f%% lost "
                    + "(receive.buffer.bytes 1 MiB asked, net.core.rmem_max %s)").formatted(last.measured().records(),
                    messages, lost * 100, rmemMax()));
        }
        return new BenchResult(last.measured(), last.limit(),
                "raw producer, same settings, %,d x %d B records per round, 1 partition".formatted(messages,
                        valueBytes), notes, results);
    }

    private static String describe(int round, Phase syslog, Phase ceiling, Throughput raw) {
        double syslogRate = syslog.throughput().recordsPerSecond();
        double ceilingRate = ceiling.throughput().recordsPerSecond();
        return ("round %d: syslog %,.0f msg/s at %.2f µs CPU/msg, ceiling %,.0f msg/s at %.2f µs CPU/msg, raw "
                + "producer %,.0f msg/s; syslog/raw %.2f, syslog/ceiling %.2f, ceiling/raw %.2f, "
                + "CPU syslog/ceiling %.2f")
                .formatted(round, syslogRate, syslog.cpuMicrosPerMessage(), ceilingRate,
                        ceiling.cpuMicrosPerMessage(), raw.recordsPerSecond(), syslogRate / raw.recordsPerSecond(),
                        syslogRate / ceilingRate, ceilingRate / raw.recordsPerSecond(),
                        syslog.cpuMicrosPerMessage() / ceiling.cpuMicrosPerMessage());
    }

    /**
     * The connector settings both the syslog source and its ceiling get: converters ({@code --value-converter},
     * by default StringConverter for strings and JsonConverter for structs; {@code --schemas};
     * {@code --header-converter}), {@code --tasks} and the producer settings as overrides.
     */
    private static SyslogRecordShape shape(BenchContext context, int messageBytes, Map<String, Object> producer) {
        String valueType = context.option("value-type", "string").toLowerCase(Locale.ROOT);
        Map<String, String> common = new HashMap<>();
        common.put("tasks.max", Long.toString(Math.max(1, context.option("tasks", 1))));
        common.put("value.converter", context.option("value-converter",
                "struct".equals(valueType) ? JSON_CONVERTER : STRING_CONVERTER));
        String schemas = context.option("schemas", "");
        if (!schemas.isEmpty()) {
            common.put("value.converter.schemas.enable", schemas);
        }
        String headerConverter = context.option("header-converter", "");
        if (!headerConverter.isEmpty()) {
            common.put("header.converter", headerConverter);
        }
        producer.forEach((key, value) -> common.put("producer.override." + key, value.toString()));
        return new SyslogRecordShape(context.option("format", "auto").toLowerCase(Locale.ROOT), valueType,
                messageBytes, (int) context.option("poll-max-records", 2000), Map.copyOf(common));
    }

    /** The benchmark's producer settings, each overridden by {@code --producer.KEY=VALUE}. */
    private static Map<String, Object> producerSettings(BenchContext context) {
        Map<String, Object> settings = new HashMap<>(Map.of(
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.BATCH_SIZE_CONFIG, "262144",
                ProducerConfig.LINGER_MS_CONFIG, "10",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "false",
                ProducerConfig.BUFFER_MEMORY_CONFIG, "4194304"));
        settings.putAll(context.producerOptions());
        return settings;
    }

    /** The ceiling of a round: a counting connector of its own making the round's number of records. */
    private static Phase measureCeiling(BenchContext context, JavaProcess worker, SyslogRecordShape shape, int round,
                                        long messages, int valueBytes, boolean profiled)
            throws IOException, InterruptedException {
        String name = "bench-syslog-ceiling-" + round;
        long before = context.recordsIn(CEILING_TOPIC);
        context.rest().putConnector(name, shape.ceilingConfig(CEILING_TOPIC, messages));
        Phase ceiling = measure(context, worker, CEILING_TOPIC, before, messages, valueBytes,
                profiled ? "ceiling-" + round : null);
        context.rest().deleteConnector(name);
        return ceiling;
    }

    /**
     * From the moment a tenth of the messages is in the topic to the last: the rate and the worker's CPU time per
     * message; with a {@code profile} name, a JFR recording of that part into the work directory.
     */
    private static Phase measure(BenchContext context, JavaProcess worker, String topic, long before, long messages,
                                 int valueBytes, String profile) throws IOException, InterruptedException {
        context.awaitRecords(topic, before + Math.max(1, messages / 10), Duration.ofMinutes(5));
        WorkerProfile recording = profile == null ? null
                : WorkerProfile.start(worker, profile, context.workDir().resolve(profile + ".jfr"));
        long start = System.nanoTime();
        Duration cpuStart = worker.cpuTime();
        long first = context.recordsIn(topic) - before;
        context.awaitRecords(topic, before + messages, Duration.ofMinutes(30));
        double cpu = worker.cpuTime().minus(cpuStart).toNanos() / 1e3;
        if (recording != null) {
            context.out().printf("  profile of the measured part in %s%n", recording.stop());
        }
        long counted = messages - first;
        return new Phase(Throughput.since(start, counted, counted * valueBytes), cpu / counted);
    }

    /** Sends every datagram, then waits until the topic stops growing: what arrived over the time it took. */
    private static Phase measureDatagrams(BenchContext context, JavaProcess worker, SyslogSenders senders, long before,
                                          long first, long messages, int valueBytes)
            throws IOException, InterruptedException {
        long start = System.nanoTime();
        Duration cpuStart = worker.cpuTime();
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
        long arrived = Math.max(count - before, 1);
        double cpu = worker.cpuTime().minus(cpuStart).toNanos() / 1e3;
        context.out().printf("  %,d of %,d datagrams arrived%n", count - before, messages);
        return new Phase(new Throughput(arrived, arrived * valueBytes, Duration.ofNanos(grewAt - start)),
                cpu / arrived);
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
