package io.flumeconnect.launcher.bench;

import io.flumeconnect.launcher.process.JavaProcess;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * The aggregator (Kafka Streams, exactly_once_v2) counting and summing parsed access-log records per minute and
 * status, with one and with two instances, against a raw consumer reading the same topic in the same run.
 */
public final class AggregatorBenchmark implements Benchmark {
    private static final String INPUT = "bench-agg-input";
    private static final int PARTITIONS = 4;

    @Override
    public String name() {
        return "aggregator";
    }

    @Override
    public String description() {
        return "aggregator: --records (1000000) parsed access-log records (JSON) per minute and status, 1 and 2 instances, "
                + "vs a raw consumer reading the same " + PARTITIONS + "-partition topic";
    }

    @Override
    public BenchResult run(BenchContext context) throws Exception {
        long records = context.option("records", 1_000_000);
        context.createTopic(INPUT, PARTITIONS);
        long bytes = produce(context, records);
        Throughput limit = rawConsumer(context, records, bytes);
        Throughput one = aggregate(context, "bench-agg-1", 1, records, bytes);
        Throughput two = aggregate(context, "bench-agg-2", 2, records, bytes);
        return new BenchResult(one, limit, "raw consumer reading the same %,d records (%d partitions), same run"
                .formatted(records, PARTITIONS), List.of(
                "two instances: %.0f records/s, %.2f of the raw consumer, %.2f of one instance".formatted(
                        two.recordsPerSecond(), two.recordsPerSecond() / limit.recordsPerSecond(),
                        two.recordsPerSecond() / one.recordsPerSecond()),
                "each instance: its own JVM (-Xmx512m), exactly_once_v2 (the default), JSON input, tumbling 1-minute "
                        + "windows grouped by status with count/sum/min/max/avg of bytes; timed from its first commit "
                        + "until every input record was committed"));
    }

    /** JSON records as ParseLine would leave an access log line: status, bytes, client; event time 1 ms apart. */
    private static long produce(BenchContext context, long records) throws IOException {
        context.out().printf("Producing %,d records to %s...%n", records, INPUT);
        long base = System.currentTimeMillis() - records;
        long bytes = 0;
        Map<String, Object> settings = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                context.stack().broker().bootstrapServers(), ProducerConfig.LINGER_MS_CONFIG, 10,
                ProducerConfig.BATCH_SIZE_CONFIG, 262_144);
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(settings, new StringSerializer(), new StringSerializer())) {
            for (long n = 0; n < records; n++) {
                String value = "{\"status\":" + (200 + 100 * (n % 4)) + ",\"bytes\":" + n % 5_000
                        + ",\"client\":\"10.0." + n % 200 + "." + n % 250 + "\",\"method\":\"GET\",\"request\":\"/index.html\"}";
                bytes += value.length();
                producer.send(new ProducerRecord<>(INPUT, null, base + n, null, value));
            }
        }
        return bytes;
    }

    private static Throughput rawConsumer(BenchContext context, long records, long bytes) {
        context.out().println("Reading them with a raw consumer...");
        Map<String, Object> settings = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, context.stack().broker().bootstrapServers(),
                ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 2_000);
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(settings, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (int p = 0; p < PARTITIONS; p++) {
                partitions.add(new TopicPartition(INPUT, p));
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            long start = System.nanoTime();
            long read = 0;
            while (read < records) {
                read += consumer.poll(Duration.ofMillis(500)).count();
            }
            return Throughput.since(start, records, bytes);
        }
    }

    private static Throughput aggregate(BenchContext context, String applicationId, int instances, long records, long bytes)
            throws IOException, InterruptedException {
        context.out().printf("Aggregating with %d instance(s)...%n", instances);
        context.createTopic(applicationId + "-out", 1);
        context.createTopic(applicationId + "-dead-letters", 1);
        List<JavaProcess> running = new ArrayList<>();
        try {
            for (int i = 0; i < instances; i++) {
                Path config = config(context, applicationId, i);
                running.add(JavaProcess.start(applicationId + "-" + i, aggregatorClasspath(), List.of("-Xmx512m"),
                        "io.flumeconnect.aggregator.AggregatorMain", List.of(config.toString()),
                        context.workDir().resolve(applicationId + "-" + i + ".log")));
            }
            long first = awaitFirstCommit(context, applicationId, running);
            long start = System.nanoTime();
            context.awaitGroupCommitted(applicationId, INPUT, records, Duration.ofMinutes(30));
            return Throughput.since(start, records - first, bytes * (records - first) / records);
        } finally {
            running.forEach(JavaProcess::close);
        }
    }

    private static long awaitFirstCommit(BenchContext context, String applicationId, List<JavaProcess> running)
            throws IOException, InterruptedException {
        long committed = 0;
        while (committed == 0) {
            for (JavaProcess process : running) {
                process.checkAlive();
            }
            Thread.sleep(50);
            committed = context.groupCommitted(applicationId, INPUT);
        }
        return committed;
    }

    private static Path config(BenchContext context, String applicationId, int instance) throws IOException {
        Properties config = new Properties();
        config.putAll(Map.of("application.id", applicationId, "bootstrap.servers", context.stack().broker().bootstrapServers(),
                "input.topics", INPUT, "output.topic", applicationId + "-out", "window.size.ms", "60000",
                "grace.ms", "10000", "group.by.fields", "status", "aggregate.fields", "bytes",
                "streams.state.dir", context.workDir().resolve(applicationId + "-state-" + instance).toString()));
        Path file = context.workDir().resolve(applicationId + "-" + instance + ".properties");
        try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            config.store(writer, null);
        }
        return file;
    }

    /** The aggregator's classes and the class path its build wrote ({@code aggregator/<target>/aggregator.classpath}). */
    private static String aggregatorClasspath() throws IOException {
        Path target = Path.of(System.getProperty("flume.home", ".")).resolve("aggregator")
                .resolve(System.getProperty("flume.target", "target"));
        return target.resolve("classes") + java.io.File.pathSeparator + Files.readString(target.resolve("aggregator.classpath")).trim();
    }
}
