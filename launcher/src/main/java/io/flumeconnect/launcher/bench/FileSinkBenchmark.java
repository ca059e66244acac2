package io.flumeconnect.launcher.bench;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import net.jpountz.lz4.LZ4FrameOutputStream;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * The file sink writing {@code --size-mb} of ~200-byte records from a topic to the local disk as text, then
 * as gzip, against the raw sequential write speed of the same disk measured in the same run (the same bytes
 * written with one {@link FileChannel} and one final fsync). The sink's time runs from its first file
 * appearing until the committed file names cover every offset, so connector start-up is not counted, but
 * the final idle roll ({@code roll.idle.ms=1000}) is. The Connect sink ceiling ({@link SinkCeiling}) reads the
 * same topic in the same run, and the text result is also given against it. With one partition the files roll
 * by record count, sized so that the last file ends at the last record: its commit then needs no idle roll
 * (up to {@code roll.idle.ms} plus a consumer poll), which the ceiling does not wait for either.
 */
public final class FileSinkBenchmark implements Benchmark {
    private static final String TOPIC = "bench-file-sink";
    private static final long ROLL_BYTES = 128L * 1024 * 1024;
    private static final Pattern COMMITTED = Pattern.compile(Pattern.quote(TOPIC) + "\\+(\\d+)\\+\\d{20}\\+(\\d{20})\\..*");

    @Override
    public String name() {
        return "file-sink";
    }

    @Override
    public String description() {
        return "file sink: --size-mb (1024) of --line-bytes (200) records in --partitions (1) to local disk as text and gzip "
                + "(--codecs: more, e.g. zstd,snappy,lz4_frame) vs raw sequential disk write, with the Connect sink ceiling "
                + "(counting sink); --tasks (1), --converter (bytes, string), --max-poll-records (5000), --fetch-min-bytes (1)";
    }

    @Override
    public BenchResult run(BenchContext context) throws Exception {
        long sizeMb = context.option("size-mb", 1024);
        int lineBytes = (int) context.option("line-bytes", 200);
        int partitions = (int) context.option("partitions", 1);
        SinkSettings settings = SinkSettings.from(context, "bytes", 1, List.of("bytes", "string"));
        Map<String, String> runtime = runtimeSettings(settings);
        // the baseline producer sends a tenth more first, to warm up, and the topic holds those too; records is
        // a multiple of the file count, so that files of records / files each end at the last record
        long files = Math.max(1, Math.round(sizeMb * 1_000_000.0 / ROLL_BYTES));
        long timed = sizeMb * 1_000_000 / lineBytes * 10 / 11 / (10 * files) * (10 * files);
        long records = timed + timed / 10;
        long rollRecords = partitions == 1 ? records / files : 0;
        long bytes = records * lineBytes;

        context.createTopic(TOPIC, partitions);
        context.out().printf("Producing %,d records of %d bytes to %s...%n", records, lineBytes - 1, TOPIC);
        Throughput produced = context.baseline().measure(TOPIC, timed, lineBytes - 1);

        Throughput disk = rawDiskWrite(context.workDir().resolve("raw-disk-write.bin"), records, bytes);
        context.out().printf("Raw sequential disk write: %.1f MB/s%n", disk.megabytesPerSecond());

        Throughput plainGzip = rawCompressedWrite(context.workDir().resolve("raw-gzip-write.gz"), records, lineBytes,
                out -> new GZIPOutputStream(out, 1 << 16));
        context.out().printf("Plain gzip of the same lines to the same disk: %.1f MB/s%n", plainGzip.megabytesPerSecond());

        Throughput read = rawConsume(context, records, lineBytes);
        context.out().printf("Raw consumer read of the topic: %.1f MB/s%n", read.megabytesPerSecond());

        Throughput ceilingBefore = SinkCeiling.measure(context, "bench-file-ceiling-1", TOPIC, records, bytes, runtime);
        context.out().printf("Connect sink ceiling (counting sink), before the sinks: %.1f MB/s%n", ceilingBefore.megabytesPerSecond());

        Throughput text = runSink(context, "bench-file-text", "none", records, bytes, rollRecords, runtime);
        context.out().printf("File sink, text: %.1f MB/s%n", text.megabytesPerSecond());
        Throughput gzip = runSink(context, "bench-file-gzip", "gzip", records, bytes, rollRecords, runtime);
        context.out().printf("File sink, gzip: %.1f MB/s%n", gzip.megabytesPerSecond());
        Map<String, Throughput> codecs = new LinkedHashMap<>();
        for (String codec : context.option("codecs", "").split(",")) {
            if (!codec.isBlank()) {
                String name = codec.trim().toLowerCase(Locale.ROOT);
                codecs.put(name, runSink(context, "bench-file-" + name.replace('_', '-'), name, records, bytes, rollRecords, runtime));
                context.out().printf("File sink, %s: %.1f MB/s%n", name, codecs.get(name).megabytesPerSecond());
            }
        }
        Throughput ceilingAfter = SinkCeiling.measure(context, "bench-file-ceiling-2", TOPIC, records, bytes, runtime);
        context.out().printf("Connect sink ceiling (counting sink), after the sinks: %.1f MB/s%n", ceilingAfter.megabytesPerSecond());
        Throughput ceiling = SinkCeiling.faster(ceilingBefore, ceilingAfter);
        List<String> codecNotes = new ArrayList<>();
        for (Map.Entry<String, Throughput> codec : codecs.entrySet()) {
            codecNotes.add("%s: %.1f MB/s of uncompressed lines, %.2f x the Connect sink ceiling".formatted(codec.getKey(),
                    codec.getValue().megabytesPerSecond(), codec.getValue().megabytesPerSecond() / ceiling.megabytesPerSecond())
                    + plainLz4Note(context, codec.getKey(), records, lineBytes, codec.getValue()));
        }

        long rss = context.stack().worker().process().peakRssBytes();
        List<String> notes = new ArrayList<>(List.of(
                ("text against the Connect sink ceiling: %.2f, against the raw disk write: %.2f; the ceiling (the test "
                        + "plugin's counting sink: same worker, topic, converter and consumer settings, writes nothing; "
                        + "the faster of its runs before and after the sinks, %.1f and %.1f MB/s) %.1f MB/s is %.2f x "
                        + "the raw disk write").formatted(
                        text.megabytesPerSecond() / ceiling.megabytesPerSecond(),
                        text.megabytesPerSecond() / disk.megabytesPerSecond(), ceilingBefore.megabytesPerSecond(),
                        ceilingAfter.megabytesPerSecond(), ceiling.megabytesPerSecond(),
                        ceiling.megabytesPerSecond() / disk.megabytesPerSecond()),
                ("gzip against the Connect sink ceiling: %.2f, against the same run's plain gzip of the same lines "
                        + "(GZIPOutputStream, default level, as the sink; one fsync) at %.1f MB/s: %.2f").formatted(
                        gzip.megabytesPerSecond() / ceiling.megabytesPerSecond(), plainGzip.megabytesPerSecond(),
                        gzip.megabytesPerSecond() / plainGzip.megabytesPerSecond()),
                "gzip: %.1f MB/s of uncompressed lines, %.2f x the raw disk write".formatted(gzip.megabytesPerSecond(),
                        gzip.megabytesPerSecond() / disk.megabytesPerSecond()),
                "a plain consumer reads the topic at %.1f MB/s in this run: the sink's other ceiling".formatted(read.megabytesPerSecond()),
                "the topic was filled by a producer at %.1f MB/s (acks=all)".formatted(produced.megabytesPerSecond()),
                "MB/s counts the lines written (value + newline); %d partition(s), %s, %s"
                        .formatted(partitions, settings.describe(), rollRecords > 0
                                ? "roll.records=%d (%d files, the last ends at the last record)".formatted(rollRecords, files)
                                : "roll.size.bytes=128 MiB, the last file rolled by roll.idle.ms=1000"),
                "the sink syncs and renames every file it commits; the raw write syncs once at the end",
                "connect worker peak RSS: %d MB (VmHWM)".formatted(rss / 1_048_576)));
        notes.addAll(codecNotes);
        return new BenchResult(text, disk,
                "raw sequential write of the same %,d bytes to the same disk, one fsync".formatted(bytes), notes,
                List.of(new BenchRound(1, true, text, disk, Optional.of(ceiling))));
    }

    /** Runs one connector over the whole topic and times it from its first file to its last committed offset. */
    private static Throughput runSink(BenchContext context, String connector, String compression, long records, long bytes,
                                      long rollRecords, Map<String, String> runtime) throws IOException, InterruptedException {
        Path dir = context.workDir().resolve(connector);
        Files.createDirectories(dir);
        context.rest().putConnector(connector, sinkConfig(dir, compression, rollRecords, runtime));
        await(() -> !files(dir).isEmpty(), Duration.ofMinutes(2), "no file from " + connector);
        long start = System.nanoTime();
        await(() -> committedRecords(dir) >= records, Duration.ofMinutes(30),
                connector + " did not commit " + records + " records");
        Throughput throughput = Throughput.since(start, records, bytes);
        context.rest().deleteConnector(connector);
        deleteTree(dir);
        return throughput;
    }

    /** Rolls by {@code rollRecords} when above 0, else at 128 MiB. */
    private static Map<String, String> sinkConfig(Path dir, String compression, long rollRecords, Map<String, String> runtime) {
        Map<String, String> config = new HashMap<>();
        config.put("connector.class", "io.flumeconnect.sinks.file.FileSinkConnector");
        config.put("topics", TOPIC);
        config.put("file.dir", dir.toAbsolutePath().toString());
        config.put("format", "text");
        config.put("compression", compression);
        config.put("roll.size.bytes", rollRecords > 0 ? "0" : Long.toString(ROLL_BYTES));
        config.put("roll.records", Long.toString(rollRecords));
        config.put("roll.interval.ms", "0");
        config.put("roll.idle.ms", "1000");
        config.putAll(runtime);
        return config;
    }

    /** The converter, task and consumer settings, the same for the sink and its Connect ceiling. */
    private static Map<String, String> runtimeSettings(SinkSettings settings) {
        Map<String, String> config = settings.config();
        config.put("consumer.override.fetch.max.bytes", Integer.toString(64 * 1024 * 1024));
        config.put("consumer.override.max.partition.fetch.bytes", Integer.toString(8 * 1024 * 1024));
        return config;
    }

    /** For lz4_frame, the same run's plain LZ4 frame write of the same lines (the sink's block size), and the ratio. */
    private static String plainLz4Note(BenchContext context, String codec, long records, int lineBytes, Throughput sink)
            throws IOException {
        if (!codec.equals("lz4_frame")) {
            return "";
        }
        Throughput plain = rawCompressedWrite(context.workDir().resolve("raw-lz4-write.lz4"), records, lineBytes,
                out -> new LZ4FrameOutputStream(out, LZ4FrameOutputStream.BLOCKSIZE.SIZE_64KB,
                        LZ4FrameOutputStream.FLG.Bits.BLOCK_INDEPENDENCE, LZ4FrameOutputStream.FLG.Bits.CONTENT_CHECKSUM));
        context.out().printf("Plain LZ4 frame write of the same lines to the same disk: %.1f MB/s%n", plain.megabytesPerSecond());
        return "; the same run's plain LZ4 frame write (64 KiB blocks, content checksum, as the sink; one fsync): "
                + "%.1f MB/s, sink against it %.2f".formatted(plain.megabytesPerSecond(),
                sink.megabytesPerSecond() / plain.megabytesPerSecond());
    }

    /** Records covered by committed files, read from their names: per partition the highest last offset + 1. */
    private static long committedRecords(Path dir) {
        Map<Integer, Long> ends = new HashMap<>();
        for (Path file : files(dir)) {
            Matcher m = COMMITTED.matcher(file.getFileName().toString());
            if (m.matches()) {
                ends.merge(Integer.parseInt(m.group(1)), Long.parseLong(m.group(2)) + 1, Math::max);
            }
        }
        return ends.values().stream().mapToLong(Long::longValue).sum();
    }

    private static List<Path> files(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The same number of bytes in 1 MiB writes through one channel, then one fsync: the disk's sequential limit,
     * counted as the same number of records.
     */
    private static Throughput rawDiskWrite(Path file, long records, long bytes) throws IOException {
        ByteBuffer chunk = ByteBuffer.wrap(RawProducerBaseline.payload(1 << 20));
        long start = System.nanoTime();
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            for (long written = 0; written < bytes; ) {
                chunk.clear().limit((int) Math.min(chunk.capacity(), bytes - written));
                written += channel.write(chunk);
            }
            channel.force(true);
        }
        Throughput throughput = Throughput.since(start, records, bytes);
        Files.delete(file);
        return throughput;
    }

    /** A compressing stream around a file's stream, as the sink opens it. */
    private interface Compressor {
        OutputStream wrap(OutputStream out) throws IOException;
    }

    /**
     * The topic's lines (the baseline producer's one value, then a newline) through {@code compressor} (as the sink
     * sets it up) to one file, then one fsync: the natural limit of compressed output.
     */
    private static Throughput rawCompressedWrite(Path file, long records, int lineBytes, Compressor compressor)
            throws IOException {
        byte[] line = Arrays.copyOf(RawProducerBaseline.payload(lineBytes - 1), lineBytes);
        line[lineBytes - 1] = '\n';
        long start = System.nanoTime();
        try (OutputStream compressed = new BufferedOutputStream(compressor.wrap(new BufferedOutputStream(
                Files.newOutputStream(file, StandardOpenOption.CREATE_NEW), 1 << 16)), 1 << 16)) {
            for (long i = 0; i < records; i++) {
                compressed.write(line);
            }
        }
        // closing ended the compressed data; an fsync through a new descriptor syncs the file all the same
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
        Throughput throughput = Throughput.since(start, records, records * lineBytes);
        Files.delete(file);
        return throughput;
    }

    /** How fast a plain consumer in this JVM reads the whole topic from the same broker. */
    private static Throughput rawConsume(BenchContext context, long records, int lineBytes) {
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, context.stack().broker().bootstrapServers(),
                ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "5000",
                ConsumerConfig.FETCH_MAX_BYTES_CONFIG, Integer.toString(64 * 1024 * 1024),
                ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, Integer.toString(8 * 1024 * 1024));
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(config, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(TOPIC).stream()
                    .map(info -> new TopicPartition(TOPIC, info.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            long start = System.nanoTime();
            long read = 0;
            while (read < records) {
                read += consumer.poll(Duration.ofSeconds(1)).count();
            }
            return Throughput.since(start, records, records * lineBytes);
        }
    }

    private static void await(java.util.function.BooleanSupplier condition, Duration timeout, String failure)
            throws IOException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new IOException("after " + timeout + ": " + failure);
            }
            Thread.sleep(50);
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
