package io.flumeconnect.launcher.bench;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.producer.ProducerConfig;

/**
 * The tail source moving large files of ~200-byte log lines into a 1-partition topic, against a raw producer
 * writing the same number of records of the same size to the same broker with the same producer settings
 * ({@code acks=all}, and {@code --batch-size}/{@code --linger-ms} on both sides). By default the connector's
 * records are the raw producer's: a value, no key, no headers; {@code --record-headers} adds Flume's headers to
 * the connector's side only.
 *
 * <p>It runs in {@code --rounds} rounds, each a raw producer run, a Connect ceiling run (the test plugin's
 * counting source, see {@link #measureCeiling}) and a fresh file for the tail source, which keeps running. Round 1 is every JVM's first (the broker's, the worker's and this one's) and is not
 * counted: a fresh JVM spends a third of two cores compiling for its first few gigabytes, and a worker runs
 * for weeks. Within a round both sides also warm up untimed on a tenth of the records.
 */
public final class TailBenchmark implements Benchmark {
    private static final String CONNECTOR = "bench-tail";
    private static final String TOPIC = "bench-tail";
    private static final String LIMIT_TOPIC = "bench-tail-limit";
    private static final String CEILING_TOPIC = "bench-tail-ceiling";
    /** The tail source's default {@code batch.max.records}, so the ceiling's polls are as large. */
    private static final int TAIL_BATCH_RECORDS = 2000;

    @Override
    public String name() {
        return "tail-source";
    }

    @Override
    public String description() {
        return "tail source: --rounds (4, the first not counted) of --size-mb (1024) of --line-bytes (200) lines into "
                + "1 partition vs raw producer, acks=all (--record-headers, --header-converter, --batch-size, "
                + "--linger-ms, --idempotence, --compression, --buffer-memory)";
    }

    @Override
    public BenchResult run(BenchContext context) throws Exception {
        long sizeMb = context.option("size-mb", 1024);
        int valueBytes = (int) context.option("line-bytes", 200) - 1;
        long lines = sizeMb * 1_000_000 / (valueBytes + 1);
        int rounds = (int) Math.max(1, context.option("rounds", 4));
        Map<String, Object> producer = producerSettings(context);
        String headers = context.option("record-headers", "");
        String headerConverter = context.option("header-converter", "");
        context.createTopic(LIMIT_TOPIC, 1);
        context.createTopic(CEILING_TOPIC, 1);
        context.createTopic(TOPIC, 1);
        Path logs = Files.createDirectories(context.workDir().resolve("logs"));
        context.rest().putConnector(CONNECTOR, connectorConfig(logs, producer, headers, headerConverter));
        TailRounds results = new TailRounds();
        for (int round = 1; round <= rounds; round++) {
            context.out().printf("Round %d of %d: writing %,d lines of %d bytes...%n", round, rounds, lines, valueBytes + 1);
            runRound(context, round, logs, lines, valueBytes, producer, results);
            context.out().printf("Round %d of %d: %s%n", round, rounds, results.last());
        }
        long rss = context.stack().worker().process().peakRssBytes();
        context.rest().deleteConnector(CONNECTOR);

        int median = results.medianRound();
        List<String> notes = new ArrayList<>(List.of(
                rounds == 1 ? "one round: every JVM's first, JIT warm-up included"
                        : "rounds 2-%d of %d counted; round 1 warms up every JVM (broker, worker, this one); per round: %s"
                                .formatted(rounds, rounds, results.describe()),
                ("the rows above are round %d, the median of the counted rounds by ratio: a round's phases run one "
                        + "after the other, so a change in the machine's speed between them moves one round's ratio; "
                        + "all counted rounds summed: %.2f").formatted(median + 1, results.summedRatio()),
                ("Connect ceiling (the test plugin's counting source: the same records built in memory, no file, on "
                        + "the same worker): tail source against it %.2f, ceiling against the raw producer %.2f "
                        + "(medians of the counted rounds)").formatted(results.tailAgainstCeiling(),
                        results.ceilingAgainstRaw()),
                "connect worker peak RSS: %d MB (VmHWM)".formatted(rss / 1_048_576),
                headers.isEmpty() ? "records on all sides: value only, no key, no headers"
                        : "the tail source's records carry the headers [" + headers + "] (--record-headers), the "
                        + "others' none; MB/s counts value bytes on all sides",
                "producer settings on all sides: " + producer));
        if (!headerConverter.isEmpty() && !headers.isEmpty()) {
            notes.add("header.converter: " + headerConverter);
        }
        return new BenchResult(results.tail(median), results.raw(median),
                "raw producer, same settings, %,d x %d B records per round, 1 partition".formatted(lines, valueBytes),
                notes, results.rounds());
    }

    /**
     * Every setting that differs between a plain producer's defaults and a Connect worker's, for all sides: a
     * worker turns idempotence off, a plain producer has it on. buffer.memory is 4 MiB rather than the producer's
     * 32 MiB: a worker holds each record in that buffer as objects (source record, producer record, callback)
     * until it is acknowledged, and 32 MiB of 200-byte records (~150k of them) kept a 512 MB worker heap
     * collecting half the time; --buffer-memory=33554432 for the default.
     */
    static Map<String, Object> producerSettings(BenchContext context) {
        return Map.of(
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.BATCH_SIZE_CONFIG, Long.toString(context.option("batch-size", 262_144)),
                ProducerConfig.LINGER_MS_CONFIG, Long.toString(context.option("linger-ms", 10)),
                ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, "5",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, context.option("idempotence", "false"),
                ProducerConfig.COMPRESSION_TYPE_CONFIG, context.option("compression", "none"),
                ProducerConfig.BUFFER_MEMORY_CONFIG, Long.toString(context.option("buffer-memory", 4_194_304)));
    }

    /**
     * Raw producer, ceiling, then the round's file moved where the running tail source finds it. Each round's
     * lines are numbered on from the last round's: a copy of the same content would be recognised as a copy of
     * a file already read (same fingerprint) and skipped, as rotation wants.
     */
    private static void runRound(BenchContext context, int round, Path logs, long lines, int valueBytes,
                                 Map<String, Object> producer, TailRounds results)
            throws IOException, InterruptedException {
        Path staging = context.workDir().resolve("staging/round.log");
        write(staging, (round - 1) * lines, lines, valueBytes);
        Throughput raw = context.baseline().measure(LIMIT_TOPIC, lines, valueBytes, producer);
        Throughput ceiling = measureCeiling(context, round, lines, valueBytes, producer);
        Files.move(staging, logs.resolve("round-" + round + ".log"), StandardCopyOption.ATOMIC_MOVE);
        results.add(raw, ceiling, measure(context, TOPIC, (round - 1) * lines, lines, valueBytes));
    }

    /**
     * What any source connector can reach on this worker with these records: the test plugin's counting source
     * hands the worker records of the same size, built in memory in polls as large as the tail source's, with
     * the same converters and producer settings. The tail source's distance from it is its own cost (reading,
     * splitting, offsets); the ceiling's distance from the raw producer is the Connect runtime's.
     */
    private static Throughput measureCeiling(BenchContext context, int round, long lines, int valueBytes,
                                             Map<String, Object> producer) throws IOException, InterruptedException {
        String name = "bench-ceiling-" + round;
        Map<String, String> config = new HashMap<>(Map.of(
                "connector.class", "io.flumeconnect.smoke.CountingSourceConnector",
                "tasks.max", "1",
                "topic", CEILING_TOPIC,
                "records", Long.toString(lines),
                "batch.size", Integer.toString(TAIL_BATCH_RECORDS),
                "poll.interval.ms", "0",
                "value.bytes", Integer.toString(valueBytes),
                "value.converter", "org.apache.kafka.connect.converters.ByteArrayConverter"));
        context.rest().putConnector(name, withProducer(config, producer));
        Throughput measured = measure(context, CEILING_TOPIC, (round - 1) * lines, lines, valueBytes);
        context.rest().deleteConnector(name);
        return measured;
    }

    private static Map<String, String> connectorConfig(Path logs, Map<String, Object> producer, String headers,
                                                       String headerConverter) {
        Map<String, String> config = new HashMap<>(Map.of(
                "connector.class", "io.flumeconnect.sources.tail.TailSourceConnector",
                "tasks.max", "1",
                "topic", TOPIC,
                "files", logs.toAbsolutePath().resolve("round-*.log").toString(),
                "value.type", "bytes",
                "record.headers", headers,
                "value.converter", "org.apache.kafka.connect.converters.ByteArrayConverter"));
        if (!headerConverter.isEmpty()) {
            config.put("header.converter", headerConverter);
        }
        return withProducer(config, producer);
    }

    /** {@code config} with the producer settings as the connector's {@code producer.override.*}. */
    private static Map<String, String> withProducer(Map<String, String> config, Map<String, Object> producer) {
        producer.forEach((key, value) -> config.put("producer.override." + key, value.toString()));
        return config;
    }

    /**
     * One round: from the moment a tenth of this round's records is in the topic to its last, as the raw
     * producer warms up on a tenth.
     */
    private static Throughput measure(BenchContext context, String topic, long before, long lines, int valueBytes)
            throws IOException, InterruptedException {
        context.awaitRecords(topic, before + Math.max(1, lines / 10), Duration.ofMinutes(5));
        long start = System.nanoTime();
        long first = context.recordsIn(topic) - before;
        context.awaitRecords(topic, before + lines, Duration.ofMinutes(30));
        return Throughput.since(start, lines - first, (lines - first) * valueBytes);
    }

    /**
     * Lines numbered from {@code first}, padded with printable ASCII to {@code valueBytes}, each ending with a
     * newline.
     */
    static void write(Path file, long first, long lines, int valueBytes) throws IOException {
        Files.createDirectories(file.getParent());
        byte[] padding = RawProducerBaseline.payload(valueBytes);
        byte[] line = new byte[valueBytes + 1];
        line[valueBytes] = '\n';
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 20)) {
            for (long i = first; i < first + lines; i++) {
                byte[] number = Long.toString(i).getBytes(StandardCharsets.US_ASCII);
                System.arraycopy(number, 0, line, 0, number.length);
                System.arraycopy(padding, number.length, line, number.length, valueBytes - number.length);
                out.write(line);
            }
        }
        // On disk before either side is timed, so neither competes with the kernel writing it back.
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
    }
}
