package io.flumeconnect.aggregator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;

/** The aggregator's topology in Kafka Streams' TopologyTestDriver: input, output and dead letters as JSON. */
final class AggregatorDriver implements AutoCloseable {
    /** Wall clock at the driver's start, a minute boundary: event times are given relative to it. */
    static final Instant START = Instant.parse("2026-01-01T00:00:00Z");
    private static final ObjectMapper JSON = new ObjectMapper();

    final AggregatorMetrics metrics;
    private final TopologyTestDriver driver;
    private final TestInputTopic<String, String> input;
    private final TestOutputTopic<String, String> output;
    private final TestOutputTopic<String, String> deadLetters;

    AggregatorDriver(Map<String, String> overrides) {
        AggregatorConfig config = new AggregatorConfig(config(overrides));
        metrics = new AggregatorMetrics(config.applicationId + "-" + System.nanoTime());
        driver = new TopologyTestDriver(AggregatorTopology.build(config, metrics), config.streamsProperties(), START);
        input = driver.createInputTopic("logs", new StringSerializer(), new StringSerializer());
        output = driver.createOutputTopic("per-minute", new StringDeserializer(), new StringDeserializer());
        deadLetters = driver.createOutputTopic(config.deadLetterTopic, new StringDeserializer(), new StringDeserializer());
    }

    static Map<String, String> config(Map<String, String> overrides) {
        Map<String, String> config = new HashMap<>(Map.of(
                "application.id", "agg-test", "bootstrap.servers", "localhost:1", "input.topics", "logs",
                "output.topic", "per-minute", "window.size.ms", "60000", "grace.ms", "5000",
                "group.by.fields", "status", "aggregate.fields", "bytes", "streams.state.dir", stateDir()));
        config.putAll(overrides);
        return config;
    }

    private static String stateDir() {
        try {
            Path dir = Files.createTempDirectory("aggregator-state");
            dir.toFile().deleteOnExit();
            return dir.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A record at {@code START + seconds} with value {@code json}. */
    void send(double seconds, String json) {
        input.pipeInput(new TestRecord<>(null, json, START.plusMillis((long) (seconds * 1000))));
    }

    /** A record at {@code START + seconds} with value {@code json} and one header. */
    void send(double seconds, String json, String header, String headerValue) {
        TestRecord<String, String> record = new TestRecord<>(null, json, START.plusMillis((long) (seconds * 1000)));
        record.headers().add(header, headerValue.getBytes(StandardCharsets.UTF_8));
        input.pipeInput(record);
    }

    void wallClock(Duration advance) {
        driver.advanceWallClockTime(advance);
    }

    /** The aggregates written so far, as JSON values. */
    List<JsonNode> aggregates() {
        return output.readValuesToList().stream().map(AggregatorDriver::json).toList();
    }

    List<TestRecord<String, String>> deadLetters() {
        return deadLetters.readRecordsToList();
    }

    static String header(TestRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.close();
        metrics.close();
    }
}
