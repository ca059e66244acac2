package io.flumeconnect.launcher.bench;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.TopicPartition;

/**
 * The tail source moving a large file of ~200-byte log lines into a 1-partition topic, against a raw producer
 * writing the same number of records of the same size to the same broker with the same producer settings
 * ({@code acks=all}, and {@code --batch-size}/{@code --linger-ms} on both sides). By default the connector's
 * records are the raw producer's: a value, no key, no headers; {@code --record-headers} adds Flume's headers to
 * the connector's side only. Both sides warm up untimed on a tenth of the records (the raw producer sends a
 * tenth more first; the connector is timed from its tenth of the file to its last record), so neither the
 * connector's start-up nor the worker's JIT warm-up is counted, as the raw producer's is not.
 */
public final class TailBenchmark implements Benchmark {
    private static final String CONNECTOR = "bench-tail";
    private static final String TOPIC = "bench-tail";

    @Override
    public String name() {
        return "tail-source";
    }

    @Override
    public String description() {
        return "tail source: --size-mb (1024) of --line-bytes (200) lines into 1 partition vs raw producer, acks=all "
                + "(--record-headers, --header-converter, --batch-size, --linger-ms, --idempotence, --compression, --buffer-memory)";
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
        Path file = context.workDir().resolve("logs/app.log");
        context.out().printf("Writing %,d lines of %d bytes to %s...%n", lines, lineBytes, file);
        write(file, lines, valueBytes);

        context.createTopic("bench-tail-limit", 1);
        Throughput limit = context.baseline().measure("bench-tail-limit", lines, valueBytes, producer);
        context.out().printf("Raw producer: %.1f MB/s%n", limit.megabytesPerSecond());

        context.createTopic(TOPIC, 1);
        String headers = context.option("record-headers", "");
        String headerConverter = context.option("header-converter", "");
        context.rest().putConnector(CONNECTOR, connectorConfig(file, producer, headers, headerConverter));
        Throughput measured = measure(context, lines, valueBytes);
        long rss = context.stack().worker().process().peakRssBytes();
        context.rest().deleteConnector(CONNECTOR);

        List<String> notes = new ArrayList<>();
        notes.add("connect worker peak RSS: %d MB (VmHWM, -Xmx512m)".formatted(rss / 1_048_576));
        notes.add(headers.isEmpty() ? "records on both sides: value only, no key, no headers"
                : "connector records carry the headers [" + headers + "] (--record-headers), the raw producer's none; "
                + "MB/s counts value bytes on both sides");
        notes.add("producer settings on both sides: " + producer);
        if (!headerConverter.isEmpty() && !headers.isEmpty()) {
            notes.add("header.converter: " + headerConverter);
        }
        return new BenchResult(measured, limit,
                "raw producer, same settings, %,d x %d B records, 1 partition".formatted(lines, valueBytes), notes);
    }

    private static Map<String, String> connectorConfig(Path file, Map<String, Object> producer, String headers,
                                                       String headerConverter) {
        Map<String, String> config = new HashMap<>(Map.of(
                "connector.class", "io.flumeconnect.sources.tail.TailSourceConnector",
                "tasks.max", "1",
                "topic", TOPIC,
                "files", file.toAbsolutePath().toString(),
                "value.type", "bytes",
                "record.headers", headers,
                "value.converter", "org.apache.kafka.connect.converters.ByteArrayConverter"));
        if (!headerConverter.isEmpty()) {
            config.put("header.converter", headerConverter);
        }
        producer.forEach((key, value) -> config.put("producer.override." + key, value.toString()));
        return config;
    }

    /** From the moment a tenth of the records is in the topic to the last, as the raw producer warms up on a tenth. */
    private static Throughput measure(BenchContext context, long lines, int valueBytes)
            throws IOException, InterruptedException {
        context.awaitRecords(TOPIC, Math.max(1, lines / 10), Duration.ofMinutes(5));
        long start = System.nanoTime();
        long first = endOffset(context);
        context.awaitRecords(TOPIC, lines, Duration.ofMinutes(30));
        return Throughput.since(start, lines - first, (lines - first) * valueBytes);
    }

    private static long endOffset(BenchContext context) throws IOException {
        TopicPartition partition = new TopicPartition(TOPIC, 0);
        try (Admin admin = context.stack().broker().admin()) {
            return admin.listOffsets(Map.of(partition, OffsetSpec.latest())).all().get().get(partition).offset();
        } catch (ExecutionException e) {
            throw new IOException("cannot read the end offset of " + TOPIC, e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    /** Numbered lines padded with printable ASCII to {@code valueBytes}, each ending with a newline. */
    private static void write(Path file, long lines, int valueBytes) throws IOException {
        Files.createDirectories(file.getParent());
        byte[] padding = RawProducerBaseline.payload(valueBytes);
        byte[] line = new byte[valueBytes + 1];
        line[valueBytes] = '\n';
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 20)) {
            for (long i = 0; i < lines; i++) {
                byte[] number = Long.toString(i).getBytes(StandardCharsets.US_ASCII);
                System.arraycopy(number, 0, line, 0, number.length);
                System.arraycopy(padding, number.length, line, number.length, valueBytes - number.length);
                out.write(line);
            }
        }
    }
}
