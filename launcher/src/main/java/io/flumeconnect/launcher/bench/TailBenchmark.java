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
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.TopicPartition;

/**
 * The tail source moving large files of ~200-byte log lines into a 1-partition topic, against a raw producer
 * writing the same number of records of the same size to the same broker with the same producer settings
 * ({@code acks=all}, and {@code --batch-size}/{@code --linger-ms} on both sides). By default the connector's
 * records are the raw producer's: a value, no key, no headers; {@code --record-headers} adds Flume's headers to
 * the connector's side only.
 *
 * <p>It runs in {@code --rounds} rounds, each a raw producer run and then a fresh file for the connector,
 * which keeps running. Round 1 is every JVM's first (the broker's, the worker's and this one's) and is not
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
        int lineBytes = (int) context.option("line-bytes", 200);
        // Every setting that differs between a plain producer's defaults and a Connect worker's is set here, for
        // both sides: a worker turns idempotence off, a plain producer has it on. buffer.memory is 4 MiB rather
        // than the producer's 32 MiB: a worker holds each record in that buffer as objects (source record,
        // producer record, callback) until it is acknowledged, and 32 MiB of 200-byte records (~150k of them)
        // kept the worker's 512 MB heap collecting half the time; --buffer-memory=33554432 for the default.
        Map<String, Object> producer = Map.of(
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.BATCH_SIZE_CONFIG, Long.toString(context.option("batch-size", 262_144)),
                ProducerConfig.LINGER_MS_CONFIG, Long.toString(context.option("linger-ms", 10)),
                ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, "5",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, context.option("idempotence", "false"),
                ProducerConfig.COMPRESSION_TYPE_CONFIG, context.option("compression", "none"),
                ProducerConfig.BUFFER_MEMORY_CONFIG, Long.toString(context.option("buffer-memory", 4_194_304)));
        int valueBytes = lineBytes - 1;
        long lines = sizeMb * 1_000_000 / lineBytes;
        int rounds = (int) Math.max(1, context.option("rounds", 4));
        Path staging = context.workDir().resolve("staging/round.log");
        context.createTopic(LIMIT_TOPIC, 1);
        context.createTopic(CEILING_TOPIC, 1);
        context.createTopic(TOPIC, 1);
        String headers = context.option("record-headers", "");
        String headerConverter = context.option("header-converter", "");
        Path logs = Files.createDirectories(context.workDir().resolve("logs"));
        context.rest().putConnector(CONNECTOR, connectorConfig(logs, producer, headers, headerConverter));
        List<Throughput> raw = new ArrayList<>();
        List<Throughput> ceiling = new ArrayList<>();
        List<Throughput> tail = new ArrayList<>();
        for (int round = 1; round <= rounds; round++) {
            // Each round's lines are numbered on from the last round's: a copy of the same content would be
            // recognised as a copy of a file already read (same fingerprint) and skipped, as rotation wants.
            context.out().printf("Round %d of %d: writing %,d lines of %d bytes...%n", round, rounds, lines, lineBytes);
            write(staging, (round - 1) * lines, lines, valueBytes);
            raw.add(context.baseline().measure(LIMIT_TOPIC, lines, valueBytes, producer));
            ceiling.add(measureCeiling(context, round, lines, valueBytes, producer));
            Files.move(staging, logs.resolve("round-" + round + ".log"), StandardCopyOption.ATOMIC_MOVE);
            tail.add(measure(context, TOPIC, (round - 1) * lines, lines, valueBytes));
            context.out().printf("Round %d of %d: raw producer %.1f MB/s, Connect ceiling %.1f MB/s, tail source %.1f MB/s%n",
                    round, rounds, raw.get(round - 1).megabytesPerSecond(),
                    ceiling.get(round - 1).megabytesPerSecond(), tail.get(round - 1).megabytesPerSecond());
        }
        long rss = context.stack().worker().process().peakRssBytes();
        context.rest().deleteConnector(CONNECTOR);

        List<String> notes = new ArrayList<>();
        notes.add(rounds == 1 ? "one round: every JVM's first, JIT warm-up included"
                : "rounds 2-%d of %d; round 1 warms up every JVM (broker, worker, this one) and is not counted; per round: %s"
                        .formatted(rounds, rounds, perRound(raw, ceiling, tail)));
        int median = medianRound(tail, raw, rounds);
        notes.add(("the rows above are round %d, the median of the counted rounds by ratio: a round's phases run one "
                + "after the other, so a change in the machine's speed between them moves one round's ratio; "
                + "all counted rounds summed: %.2f").formatted(median + 1, ratio(warm(tail), warm(raw))));
        notes.add(("Connect ceiling (the test plugin's counting source: the same records built in memory, no file, on "
                + "the same worker): tail source against it %.2f (median of the counted rounds), ceiling against the "
                + "raw producer %.2f").formatted(medianRatio(tail, ceiling, rounds), medianRatio(ceiling, raw, rounds)));
        notes.add("connect worker peak RSS: %d MB (VmHWM)".formatted(rss / 1_048_576));
        notes.add(headers.isEmpty() ? "records on both sides: value only, no key, no headers"
                : "connector records carry the headers [" + headers + "] (--record-headers), the raw producer's none; "
                + "MB/s counts value bytes on both sides");
        notes.add("producer settings on both sides: " + producer);
        if (!headerConverter.isEmpty() && !headers.isEmpty()) {
            notes.add("header.converter: " + headerConverter);
        }
        return new BenchResult(tail.get(median), raw.get(median),
                "raw producer, same settings, %,d x %d B records per round, 1 partition".formatted(lines, valueBytes),
                notes);
    }

    /** The index of the counted round whose {@code measured}/{@code limit} ratio is the median (the lower of two). */
    private static int medianRound(List<Throughput> measured, List<Throughput> limit, int rounds) {
        List<Integer> counted = new ArrayList<>();
        for (int i = rounds == 1 ? 0 : 1; i < rounds; i++) {
            counted.add(i);
        }
        counted.sort(Comparator.comparingDouble(i -> ratio(measured.get(i), limit.get(i))));
        return counted.get((counted.size() - 1) / 2);
    }

    private static double medianRatio(List<Throughput> measured, List<Throughput> limit, int rounds) {
        int median = medianRound(measured, limit, rounds);
        return ratio(measured.get(median), limit.get(median));
    }

    private static double ratio(Throughput measured, Throughput limit) {
        return measured.megabytesPerSecond() / limit.megabytesPerSecond();
    }

    /** The rounds after the first, summed; the only round when there is one. */
    private static Throughput warm(List<Throughput> rounds) {
        List<Throughput> counted = rounds.size() == 1 ? rounds : rounds.subList(1, rounds.size());
        return new Throughput(counted.stream().mapToLong(Throughput::records).sum(),
                counted.stream().mapToLong(Throughput::bytes).sum(),
                counted.stream().map(Throughput::elapsed).reduce(Duration.ZERO, Duration::plus));
    }

    private static String perRound(List<Throughput> raw, List<Throughput> ceiling, List<Throughput> tail) {
        List<String> rounds = new ArrayList<>();
        for (int i = 0; i < raw.size(); i++) {
            rounds.add("%.1f/%.1f/%.1f MB/s".formatted(tail.get(i).megabytesPerSecond(),
                    ceiling.get(i).megabytesPerSecond(), raw.get(i).megabytesPerSecond()));
        }
        return String.join(", ", rounds) + " (tail/ceiling/raw)";
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
        producer.forEach((key, value) -> config.put("producer.override." + key, value.toString()));
        context.rest().putConnector(name, config);
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
        long first = endOffset(context, topic) - before;
        context.awaitRecords(topic, before + lines, Duration.ofMinutes(30));
        return Throughput.since(start, lines - first, (lines - first) * valueBytes);
    }

    private static long endOffset(BenchContext context, String topic) throws IOException {
        TopicPartition partition = new TopicPartition(topic, 0);
        try (Admin admin = context.stack().broker().admin()) {
            return admin.listOffsets(Map.of(partition, OffsetSpec.latest())).all().get().get(partition).offset();
        } catch (ExecutionException e) {
            throw new IOException("cannot read the end offset of " + topic, e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    /**
     * Lines numbered from {@code first}, padded with printable ASCII to {@code valueBytes}, each ending with a
     * newline.
     */
    private static void write(Path file, long first, long lines, int valueBytes) throws IOException {
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
