package io.flumeconnect.aggregator;

import static io.flumeconnect.aggregator.AggregatorDriver.START;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.Test;

class AggregatorTopologyTest {
    private static final long MINUTE = 60_000;
    private static final long T0 = START.toEpochMilli();

    private static String event(int status, Object bytes) {
        return "{\"status\":" + status + ",\"bytes\":" + bytes + "}";
    }

    @Test
    void tumblingWindowsEmitOneFinalAggregatePerGroupOnceEventTimePassesEndPlusGrace() {
        try (AggregatorDriver driver = new AggregatorDriver(Map.of())) {
            driver.send(1, event(200, 10));
            driver.send(2, event(200, 20));
            driver.send(3, event(500, 5));
            driver.send(64, event(200, 1));
            assertThat(driver.aggregates()).as("grace not over at 64 s").isEmpty();

            driver.send(66, event(200, 2));
            List<JsonNode> aggregates = driver.aggregates();

            assertThat(aggregates).hasSize(2);
            JsonNode ok = find(aggregates, "200", T0);
            assertThat(ok.path("count").asLong()).isEqualTo(2);
            assertThat(ok.path("bytes_sum").asDouble()).isEqualTo(30);
            assertThat(ok.path("bytes_min").asDouble()).isEqualTo(10);
            assertThat(ok.path("bytes_max").asDouble()).isEqualTo(20);
            assertThat(ok.path("bytes_avg").asDouble()).isEqualTo(15);
            assertThat(ok.path("window_end").asLong()).isEqualTo(T0 + MINUTE);
            assertThat(ok.path("partial").asBoolean()).isFalse();
            assertThat(find(aggregates, "500", T0).path("count").asLong()).isEqualTo(1);
            assertThat(driver.metrics.aggregated.sum()).isEqualTo(5);
        }
    }

    @Test
    void aRecordWithinTheGraceCountsAndALaterOneForAClosedWindowIsDroppedAsLate() {
        try (AggregatorDriver driver = new AggregatorDriver(Map.of())) {
            driver.send(62, event(200, 1));
            driver.send(58, event(200, 7));
            driver.send(70, event(200, 1));
            driver.send(59, event(200, 100));
            driver.send(130, event(200, 1));

            List<JsonNode> aggregates = driver.aggregates();
            assertThat(find(aggregates, "200", T0).path("bytes_sum").asDouble()).as("58 s within grace, 59 s late").isEqualTo(7);
            assertThat(find(aggregates, "200", T0 + MINUTE).path("count").asLong()).isEqualTo(2);
            assertThat(driver.metrics.late.sum()).isEqualTo(1);
        }
    }

    @Test
    void hoppingWindowsCountARecordInEveryWindowThatHoldsIt() {
        try (AggregatorDriver driver = new AggregatorDriver(Map.of("window.type", "hopping", "window.advance.ms", "30000"))) {
            driver.send(45, event(200, 3));
            driver.send(200, event(200, 0));

            List<JsonNode> aggregates = driver.aggregates();
            assertThat(aggregates).extracting(a -> a.path("window_start").asLong())
                    .containsExactly(T0, T0 + 30_000);
            assertThat(aggregates).extracting(a -> a.path("bytes_sum").asDouble()).containsExactly(3.0, 3.0);
        }
    }

    @Test
    void sessionsCloseAfterTheGapAndAnEventBetweenTwoSessionsMergesThem() {
        try (AggregatorDriver driver = new AggregatorDriver(Map.of("window.type", "session", "session.gap.ms", "11000",
                "grace.ms", "15000"))) {
            driver.send(0, event(200, 1));
            driver.send(20, event(200, 2));
            driver.send(10, event(200, 4));
            driver.send(25, event(500, 8));
            driver.send(100, event(404, 0));

            List<JsonNode> aggregates = driver.aggregates();
            assertThat(aggregates).hasSize(2);
            JsonNode merged = find(aggregates, "200", T0);
            assertThat(merged.path("count").asLong()).isEqualTo(3);
            assertThat(merged.path("bytes_sum").asDouble()).isEqualTo(7);
            assertThat(merged.path("window_end").asLong()).isEqualTo(T0 + 20_001);
            assertThat(find(aggregates, "500", T0 + 25_000).path("count").asLong()).isEqualTo(1);
        }
    }

    @Test
    void distinctCountsAreEstimatedPerWindowAndMergedAcrossSessions() {
        try (AggregatorDriver driver = new AggregatorDriver(Map.of("distinct.fields", "client"))) {
            for (int i = 0; i < 5_000; i++) {
                driver.send(i / 1000.0, "{\"status\":200,\"bytes\":1,\"client\":\"10.0." + (i % 2_000) / 250 + "." + i % 250 + "\"}");
            }
            driver.send(70, event(200, 0));

            JsonNode minute = find(driver.aggregates(), "200", T0);
            assertThat(minute.path("count").asLong()).isEqualTo(5_000);
            assertThat(minute.path("client_distinct").asLong()).as("2,000 clients, within 3%").isBetween(1_940L, 2_060L);
        }
        try (AggregatorDriver driver = new AggregatorDriver(Map.of("distinct.fields", "client", "window.type", "session",
                "session.gap.ms", "11000", "grace.ms", "15000"))) {
            driver.send(0, "{\"status\":200,\"bytes\":1,\"client\":\"a\"}");
            driver.send(20, "{\"status\":200,\"bytes\":1,\"client\":\"b\"}");
            driver.send(10, "{\"status\":200,\"bytes\":1,\"client\":\"a\"}");
            driver.send(100, event(404, 0));

            assertThat(find(driver.aggregates(), "200", T0).path("client_distinct").asLong()).isEqualTo(2);
        }
    }

    @Test
    void emitOnChangeWritesTheUpdatedAggregateAfterEveryRecord() {
        try (AggregatorDriver driver = new AggregatorDriver(Map.of("emit", "change"))) {
            driver.send(1, event(200, 1));
            driver.send(2, event(200, 2));
            driver.send(100, event(200, 0));

            assertThat(driver.aggregates()).extracting(a -> a.path("count").asLong()).containsExactly(1L, 2L, 1L);
        }
    }

    @Test
    void aQuietStreamStillGetsItsLastWindowByTheWallClock() {
        try (AggregatorDriver driver = new AggregatorDriver(Map.of("quiet.close.ms", "10000"))) {
            driver.send(1, event(200, 5));
            driver.wallClock(Duration.ofSeconds(30));
            assertThat(driver.aggregates()).as("quiet 10 s, then 20 s of event time: 21 s < the window's end").isEmpty();

            driver.wallClock(Duration.ofSeconds(50));
            List<JsonNode> aggregates = driver.aggregates();

            assertThat(aggregates).hasSize(1);
            assertThat(aggregates.get(0).path("bytes_sum").asDouble()).isEqualTo(5);
        }
    }

    @Test
    void badRecordsGoToTheDeadLetterTopicWithTheReasonAndTheRestIsAggregated() {
        try (AggregatorDriver driver = new AggregatorDriver(Map.of())) {
            driver.send(1, "{not json");
            driver.send(2, event(200, "\"many\""));
            driver.send(3, "\"a string, not an object\"");
            driver.send(3 * 3600, event(200, 1));
            driver.send(4, event(200, 9));
            driver.wallClock(Duration.ofMinutes(3));

            List<TestRecord<String, String>> letters = driver.deadLetters();
            assertThat(letters).extracting(TestRecord::value).containsExactly("{not json", event(200, "\"many\""),
                    "\"a string, not an object\"", event(200, 1));
            assertThat(letters).extracting(r -> AggregatorDriver.header(r, DeadLetterHeaders.REASON))
                    .satisfiesExactly(
                            reason -> assertThat(reason).containsIgnoringCase("json"),
                            reason -> assertThat(reason).contains("bytes", "many", "not a number"),
                            reason -> assertThat(reason).contains("Struct or Map"),
                            reason -> assertThat(reason).contains("ahead of the wall clock", "max.future.ms"));
            assertThat(letters).allSatisfy(r -> assertThat(AggregatorDriver.header(r, DeadLetterHeaders.TOPIC)).isEqualTo("logs"));
            assertThat(driver.aggregates()).extracting(a -> a.path("bytes_sum").asDouble()).containsExactly(9.0);
            assertThat(driver.metrics.bad.sum()).isEqualTo(4);
        }
    }

    @Test
    void linesAreParsedByTheSameTransformsAsInAConnector() {
        try (AggregatorDriver driver = new AggregatorDriver(Map.of(
                "value.converter", "org.apache.kafka.connect.storage.StringConverter",
                "transforms", "parse",
                "transforms.parse.type", "io.flumeconnect.transforms.parse.ParseLine",
                "transforms.parse.pattern", "%{WORD:method} %{INT:status} %{INT:bytes:long}"))) {
            driver.send(1, "GET 200 100");
            driver.send(2, "POST 200 50");
            driver.send(3, "garbage");
            driver.send(70, "GET 404 0");

            assertThat(find(driver.aggregates(), "200", T0).path("bytes_sum").asDouble()).isEqualTo(150);
            assertThat(driver.deadLetters()).extracting(TestRecord::value).containsExactly("garbage");
        }
    }

    @Test
    void eventTimeCanComeFromAFlumeTimestampHeaderThroughTimestampHeader() {
        try (AggregatorDriver driver = new AggregatorDriver(Map.of("transforms", "time",
                "transforms.time.type", "io.flumeconnect.transforms.interceptor.TimestampHeader",
                "transforms.time.source", "header:timestamp", "transforms.time.set.record.timestamp", "true"))) {
            // read at 100 s, 101 s and 200 s, but the events happened at 10 s, 20 s and 130 s (Flume's header)
            driver.send(100, event(200, 1), "timestamp", Long.toString(T0 + 10_000));
            driver.send(101, event(200, 2), "timestamp", Long.toString(T0 + 20_000));
            driver.send(200, event(200, 0), "timestamp", Long.toString(T0 + 130_000));

            JsonNode first = find(driver.aggregates(), "200", T0);
            assertThat(first.path("count").asLong()).isEqualTo(2);
            assertThat(first.path("bytes_sum").asDouble()).isEqualTo(3);
        }
    }

    static JsonNode find(List<JsonNode> aggregates, String status, long windowStart) {
        return aggregates.stream().filter(a -> status.equals(a.path("status").asText())
                        && a.path("window_start").asLong() == windowStart).findFirst()
                .orElseThrow(() -> new AssertionError("no aggregate for status " + status + " at " + windowStart + " in " + aggregates));
    }
}
