package io.flumeconnect.aggregator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.connect.util.clusters.EmbeddedKafkaCluster;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two aggregator processes with one application id share a 4-partition topic of numbered events; one is killed
 * with SIGKILL while windows are open. The output, read committed, holds exactly one final aggregate per group
 * and window, with the count and sum the test computes itself from what it sent.
 */
class AggregatorCrashIT {
    private static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long WINDOW = 10_000;
    private static final int EVENTS = 40_000;
    private static final int[] STATUSES = {200, 301, 404, 500};

    @TempDir
    Path dir;
    private EmbeddedKafkaCluster kafka;
    private final List<Process> instances = new ArrayList<>();

    @BeforeEach
    void startKafka() {
        Properties broker = new Properties();
        broker.put("transaction.state.log.replication.factor", "1");
        broker.put("transaction.state.log.min.isr", "1");
        broker.put("offsets.topic.replication.factor", "1");
        kafka = new EmbeddedKafkaCluster(1, broker);
        kafka.start();
        kafka.createTopic("logs", 4);
        kafka.createTopic("per-window", 1);
        kafka.createTopic("agg-dead-letters", 1);
    }

    @AfterEach
    void stop() throws InterruptedException {
        for (Process instance : instances) {
            instance.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
        kafka.stop();
    }

    @Test
    void aKilledInstanceLosesAndRepeatsNothing() throws Exception {
        Process first = start("a");
        start("b");
        long base = Math.floorDiv(System.currentTimeMillis() - 10 * 60_000, WINDOW) * WINDOW;
        Map<String, long[]> expected = new TreeMap<>();

        try (KafkaProducer<String, String> producer = producer()) {
            send(producer, 0, EVENTS / 2, base, expected);
            awaitRepartitioned(EVENTS / 4, Duration.ofSeconds(120));
            first.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            send(producer, EVENTS / 2, EVENTS, base, expected);
        }

        Map<String, List<JsonNode>> written = awaitAggregates(expected.size(), Duration.ofSeconds(180));
        Thread.sleep(3_000);
        written = aggregatesByWindowAndGroup();

        assertThat(written.keySet()).isEqualTo(expected.keySet());
        written.forEach((window, aggregates) -> {
            assertThat(aggregates).as("aggregates of %s", window).hasSize(1);
            assertThat(aggregates.get(0).path("count").asLong()).as("count of %s", window).isEqualTo(expected.get(window)[0]);
            assertThat(aggregates.get(0).path("n_sum").asLong()).as("sum of %s", window).isEqualTo(expected.get(window)[1]);
        });
    }

    @Test
    void aMissingOutputTopicIsNamedAtStartInsteadOfFailingEveryTransaction() throws Exception {
        Properties config = new Properties();
        config.putAll(Map.of("application.id", "agg", "bootstrap.servers", kafka.bootstrapServers(),
                "input.topics", "logs", "output.topic", "no-such-topic"));
        Path file = dir.resolve("missing.properties");
        try (Writer writer = Files.newBufferedWriter(file)) {
            config.store(writer, null);
        }
        Process process = new ProcessBuilder(JAVA, "-cp", System.getProperty("java.class.path"),
                AggregatorMain.class.getName(), file.toString()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());

        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isEqualTo(2);
        assertThat(output).contains("output.topic", "no-such-topic", "create it first");
    }

    /** Events n = from..to-1: status by n, n as the summed value, event time base + n ms (40 s, four windows). */
    private static void send(KafkaProducer<String, String> producer, int from, int to, long base, Map<String, long[]> expected) {
        for (int n = from; n < to; n++) {
            int status = STATUSES[n % STATUSES.length];
            long time = base + n;
            producer.send(new ProducerRecord<>("logs", null, time, null, "{\"status\":" + status + ",\"n\":" + n + "}"));
            long[] totals = expected.computeIfAbsent(Math.floorDiv(time, WINDOW) * WINDOW + "/" + status, k -> new long[2]);
            totals[0]++;
            totals[1] += n;
        }
        producer.flush();
    }

    /** Waits until the instances have parsed {@code count} events into the repartition topic: windows are open. */
    private void awaitRepartitioned(long count, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (repartitioned() < count) {
            assertThat(System.nanoTime()).as("%d events repartitioned within %s; logs in %s", count, timeout, dir).isLessThan(deadline);
            Thread.sleep(500);
        }
    }

    private long repartitioned() throws Exception {
        try (Admin admin = kafka.createAdminClient()) {
            if (!admin.listTopics().names().get().contains("agg-groups-repartition")) {
                return 0;
            }
        }
        long total = 0;
        for (int partition = 0; partition < 4; partition++) {
            total += kafka.endOffset(new TopicPartition("agg-groups-repartition", partition));
        }
        return total;
    }

    private Map<String, List<JsonNode>> awaitAggregates(int count, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        Map<String, List<JsonNode>> written = aggregatesByWindowAndGroup();
        while (written.size() < count && System.nanoTime() < deadline) {
            assertThat(instances.stream().anyMatch(Process::isAlive)).as("an aggregator is running; see %s", dir).isTrue();
            Thread.sleep(1_000);
            written = aggregatesByWindowAndGroup();
        }
        assertThat(written).as("aggregates after %s (instance logs in %s)", timeout, dir).hasSizeGreaterThanOrEqualTo(count);
        return written;
    }

    /** Every committed aggregate, by "window_start/status". */
    private Map<String, List<JsonNode>> aggregatesByWindowAndGroup() throws IOException {
        Map<String, List<JsonNode>> byWindow = new TreeMap<>();
        Map<String, Object> settings = Map.of(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        try (KafkaConsumer<byte[], byte[]> consumer = kafka.createConsumerAndSubscribeTo(settings, "per-window")) {
            for (int emptyPolls = 0; emptyPolls < 3; ) {
                var records = consumer.poll(Duration.ofMillis(500));
                emptyPolls = records.isEmpty() ? emptyPolls + 1 : 0;
                for (ConsumerRecord<byte[], byte[]> record : records) {
                    JsonNode aggregate = JSON.readTree(record.value());
                    byWindow.computeIfAbsent(aggregate.path("window_start").asLong() + "/" + aggregate.path("status").asText(),
                            k -> new ArrayList<>()).add(aggregate);
                }
            }
        }
        return byWindow;
    }

    private KafkaProducer<String, String> producer() {
        Map<String, Object> settings = new HashMap<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all", ProducerConfig.LINGER_MS_CONFIG, 5));
        return new KafkaProducer<>(settings, new StringSerializer(), new StringSerializer());
    }

    /** The same settings for every instance, but its own state directory. */
    private Path writeConfig(String name) throws IOException {
        Properties config = new Properties();
        config.putAll(Map.of("application.id", "agg", "bootstrap.servers", kafka.bootstrapServers(),
                "input.topics", "logs", "output.topic", "per-window", "window.size.ms", Long.toString(WINDOW),
                "grace.ms", "30000", "group.by.fields", "status", "aggregate.fields", "n",
                "streams.consumer.session.timeout.ms", "6000", "streams.consumer.heartbeat.interval.ms", "1000"));
        // The grace covers the failover: the killed instance's input partitions pause while the others go on.
        config.put("quiet.close.ms", "10000");
        config.put("streams.state.dir", dir.resolve("state-" + name).toString());
        Path file = dir.resolve(name + ".properties");
        try (Writer writer = Files.newBufferedWriter(file)) {
            config.store(writer, "AggregatorCrashIT");
        }
        return file;
    }

    private Process start(String name) throws IOException {
        Process process = new ProcessBuilder(JAVA, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                AggregatorMain.class.getName(), writeConfig(name).toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve(name + ".log").toFile()).start();
        instances.add(process);
        return process;
    }
}
