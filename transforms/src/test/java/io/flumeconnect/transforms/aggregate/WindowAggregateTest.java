package io.flumeconnect.transforms.aggregate;

import static io.flumeconnect.transforms.support.TestRecords.validationErrors;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.flumeconnect.transforms.support.TestRecords;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.SchemaBuilder;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.errors.DataException;
import org.apache.kafka.connect.header.ConnectHeaders;
import org.apache.kafka.connect.sink.SinkRecord;
import org.apache.kafka.connect.source.SourceRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@SuppressWarnings("unchecked")
class WindowAggregateTest {
    private static final Schema REQUEST = SchemaBuilder.struct().field("path", Schema.STRING_SCHEMA)
            .field("bytes", Schema.OPTIONAL_INT64_SCHEMA).build();

    private final WindowAggregate<SourceRecord> aggregate = new WindowAggregate<>();

    @AfterEach
    void close() {
        aggregate.close();
    }

    private void configure(String... keyValues) {
        Map<String, String> props = new HashMap<>(Map.of("window.size.ms", "1000", "grace.ms", "0"));
        for (int i = 0; i < keyValues.length; i += 2) {
            props.put(keyValues[i], keyValues[i + 1]);
        }
        aggregate.configure(props);
    }

    private static SourceRecord request(long time, String path, Long bytes, String host) {
        ConnectHeaders headers = new ConnectHeaders();
        headers.addString("host", host);
        return new SourceRecord(Map.of(), Map.of(), "logs", 3, null, null, REQUEST,
                new Struct(REQUEST).put("path", path).put("bytes", bytes), time, headers);
    }

    private static SourceRecord event(long time, Map<String, ?> value) {
        return new SourceRecord(Map.of(), Map.of(), "logs", 0, null, null, null, value, time, new ConnectHeaders());
    }

    /** Now, for the transforms that read a clock. */
    private static final long NOW = TestRecords.TIMESTAMP;
    private static final long TEN_YEARS_MS = 10L * 365 * 24 * 3_600_000;

    private static WindowAggregate<SourceRecord> withClock(String... keyValues) {
        WindowAggregate<SourceRecord> transform = new WindowAggregate<>(Clock.fixed(Instant.ofEpochMilli(NOW),
                ZoneOffset.UTC));
        Map<String, String> props = new HashMap<>(Map.of("window.size.ms", "1000", "grace.ms", "0",
                "group.by.fields", "path"));
        for (int i = 0; i < keyValues.length; i += 2) {
            props.put(keyValues[i], keyValues[i + 1]);
        }
        transform.configure(props);
        return transform;
    }

    @Test
    void aFarFutureRecordDoesNotMoveTheWatermark() throws Exception {
        try (WindowAggregate<SourceRecord> transform = withClock("late.records", "pass")) {
            assertThat(transform.apply(request(NOW, "/a", 1L, "h"))).isNull();
            SourceRecord future = request(NOW + TEN_YEARS_MS, "/a", 1L, "h");
            assertThat(transform.apply(future)).as("passed on, not aggregated").isSameAs(future);
            assertThat(transform.apply(request(NOW + 500, "/a", 1L, "h"))).as("not late: absorbed").isNull();

            Struct window = (Struct) transform.apply(request(NOW + 1_000, "/a", 1L, "h")).value();
            assertThat(window.getInt64("count")).isEqualTo(2L);
            assertThat(TestRecords.metric("WindowAggregate", "future-records")).isEqualTo(1.0);
            assertThat(TestRecords.metric("WindowAggregate", "late-records")).isZero();
        }
        try (WindowAggregate<SourceRecord> dropping = withClock("late.records", "drop",
                "max.event.time.ahead.ms", "60000")) {
            assertThat(dropping.apply(request(NOW + 61_000, "/a", 1L, "h"))).as("dropped").isNull();
            assertThat(dropping.apply(request(NOW + 59_000, "/a", 1L, "h"))).as("within the bound: absorbed").isNull();
            assertThat(dropping.openWindows()).isEqualTo(1);
        }
    }

    @Test
    void aRecordWithAnOversizedGroupKeyIsNotAggregated() throws Exception {
        try (WindowAggregate<SourceRecord> transform = withClock("max.group.key.chars", "10")) {
            SourceRecord oversized = request(NOW, "/" + "x".repeat(10), 1L, "h");
            assertThat(transform.apply(oversized)).isSameAs(oversized);
            assertThat(transform.apply(request(NOW, "/" + "x".repeat(9), 1L, "h"))).isNull();
            assertThat(transform.openWindows()).isEqualTo(1);
            assertThat(TestRecords.metric("WindowAggregate", "oversized-group-keys")).isEqualTo(1.0);
        }
    }

    @Test
    void aggregatesCarryTheWindowStartOrTheEmitTime() {
        try (WindowAggregate<SourceRecord> windowStart = withClock();
             WindowAggregate<SourceRecord> emit = withClock("aggregate.timestamp", "emit")) {
            long backfilled = NOW - TEN_YEARS_MS;
            windowStart.apply(request(backfilled, "/a", 1L, "h"));
            emit.apply(request(backfilled, "/a", 1L, "h"));
            assertThat(windowStart.apply(request(backfilled + 1_000, "/a", 1L, "h")).timestamp())
                    .isEqualTo(backfilled);
            assertThat(emit.apply(request(backfilled + 1_000, "/a", 1L, "h")).timestamp()).isEqualTo(NOW);
        }
    }

    @Test
    void emitsOneAggregatePerGroupOfAClosedWindowInPlaceOfLaterRecords() {
        configure("group.by.fields", "path", "group.by.headers", "host", "aggregate.fields", "bytes",
                "output.topic", "stats");
        assertThat(aggregate.apply(request(1_000, "/a", 10L, "h1"))).isNull();
        assertThat(aggregate.apply(request(1_500, "/a", 30L, "h1"))).isNull();
        assertThat(aggregate.apply(request(1_900, "/b", null, "h1"))).isNull();
        assertThat(aggregate.openWindows()).isEqualTo(2);

        SourceRecord first = aggregate.apply(request(2_100, "/a", 5L, "h1"));
        assertThat(first.topic()).isEqualTo("stats");
        assertThat(first.kafkaPartition()).as("left to the partitioner, by key").isNull();
        assertThat(first.timestamp()).isEqualTo(1_000L);
        Struct value = (Struct) first.value();
        assertThat(value.getInt64("window_start")).isEqualTo(1_000L);
        assertThat(value.getInt64("window_end")).isEqualTo(2_000L);
        assertThat(value.getString("path")).isEqualTo("/a");
        assertThat(value.getString("host")).isEqualTo("h1");
        assertThat(value.getInt64("count")).isEqualTo(2L);
        assertThat(value.getFloat64("bytes_sum")).isEqualTo(40.0);
        assertThat(value.getFloat64("bytes_min")).isEqualTo(10.0);
        assertThat(value.getFloat64("bytes_max")).isEqualTo(30.0);
        assertThat(value.getFloat64("bytes_avg")).isEqualTo(20.0);
        assertThat(value.getBoolean("partial")).isFalse();
        assertThat(((Struct) first.key()).getString("path")).isEqualTo("/a");
        assertThat(first.headers().isEmpty()).isTrue();

        Struct second = (Struct) aggregate.apply(request(2_200, "/a", 5L, "h1")).value();
        assertThat(second.getString("path")).isEqualTo("/b");
        assertThat(second.getInt64("count")).isEqualTo(1L);
        assertThat(second.get("bytes_sum")).as("no value seen").isNull();
        assertThat(aggregate.apply(request(2_300, "/a", 5L, "h1"))).as("nothing else waits").isNull();
    }

    @Test
    void aggregatesSchemalessRecordsByAFieldTimestampIntoMaps() {
        configure("timestamp.field", "at", "aggregate.fields", "took.ms", "grace.ms", "500");
        assertThat(aggregate.apply(event(0, Map.of("at", 100L, "took", Map.of("ms", 4))))).isNull();
        assertThat(aggregate.apply(event(0, Map.of("at", "1970-01-01T00:00:00.900Z", "took", Map.of("ms", "6")))))
                .isNull();
        assertThat(aggregate.apply(event(0, Map.of("at", 1_400L)))).as("within grace: window 0 stays open").isNull();
        SourceRecord emitted = aggregate.apply(event(0, Map.of("at", 1_600L)));
        assertThat(emitted.valueSchema()).isNull();
        assertThat(emitted.key()).as("no grouping, no key").isNull();
        assertThat((Map<String, Object>) emitted.value()).containsEntry("window_start", 0L).containsEntry("count", 2L)
                .containsEntry("took_ms_sum", 10.0).containsEntry("took_ms_avg", 5.0);
    }

    @Test
    void passesOrDropsLateRecordsAndCountsThem() {
        configure();
        aggregate.apply(request(1_000, "/a", 1L, "h"));
        aggregate.apply(request(5_000, "/a", 1L, "h"));
        SourceRecord late = request(1_200, "/a", 1L, "h");
        assertThat(aggregate.apply(late)).as("late records pass by default").isSameAs(late);
        configure("late.records", "drop", "group.by.fields", "path");
        aggregate.apply(request(1_000, "/a", 1L, "h"));
        aggregate.apply(request(1_100, "/b", 1L, "h"));
        assertThat(((Struct) aggregate.apply(request(2_000, "/a", 1L, "h")).value()).getString("path")).isEqualTo("/a");
        assertThat(((Struct) aggregate.apply(request(1_300, "/a", 1L, "h")).value()).getString("path"))
                .as("a dropped late record's place carries the waiting aggregate").isEqualTo("/b");
        assertThat(aggregate.apply(request(1_400, "/a", 1L, "h"))).isNull();
    }

    @Test
    void closesTheFirstEndingWindowEarlyAtTheLimit() {
        configure("group.by.fields", "path", "max.open.windows", "2");
        aggregate.apply(request(1_000, "/a", 1L, "h"));
        aggregate.apply(request(1_000, "/b", 1L, "h"));
        SourceRecord early = aggregate.apply(request(1_000, "/c", 1L, "h"));
        assertThat(aggregate.openWindows()).isEqualTo(2);
        assertThat(((Struct) early.value()).getString("path")).isEqualTo("/a");
        assertThat(((Struct) early.value()).getBoolean("partial")).isTrue();
    }

    @Test
    void keepsTheSinkRecordsPartition() {
        WindowAggregate<SinkRecord> sink = new WindowAggregate<>();
        sink.configure(Map.of("window.size.ms", "10", "grace.ms", "0"));
        sink.apply(new SinkRecord("in", 4, null, null, null, Map.of(), 1L, 1L, null));
        SinkRecord emitted = sink.apply(new SinkRecord("in", 4, null, null, null, Map.of(), 2L, 20L, null));
        assertThat(emitted.kafkaPartition()).isEqualTo(4);
        sink.close();
    }

    @Test
    void passesTombstonesAndFailsOnBadValuesNamingTheField() {
        configure("aggregate.fields", "bytes");
        SourceRecord tombstone = TestRecords.tombstone();
        assertThat(aggregate.apply(tombstone)).isSameAs(tombstone);
        assertThatThrownBy(() -> aggregate.apply(event(0, Map.of("bytes", "lots"))))
                .isInstanceOf(DataException.class)
                .hasMessage("WindowAggregate: aggregate.fields field 'bytes' holds 'lots', which is not a number "
                        + "(topic logs, partition 0)");
        configure("timestamp.field", "at");
        assertThatThrownBy(() -> aggregate.apply(event(0, Map.of("at", "yesterday"))))
                .hasMessageContaining("timestamp.field=at holds 'yesterday'");
        assertThatThrownBy(() -> aggregate.apply(TestRecords.schemaless("plain")))
                .hasMessageContaining("needs a Struct or Map value, found java.lang.String");
    }

    @Test
    void refusesBadConfigNamingKeyAndValue() {
        assertThatThrownBy(() -> configure("window.size.ms", "0"))
                .isInstanceOf(ConfigException.class)
                .hasMessage("Invalid value 0 for configuration window.size.ms: Value must be at least 1");
        assertThatThrownBy(() -> configure("group.by.fields", "count"))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("Invalid value count for configuration group.by.fields: the group field 'count'");
        assertThatThrownBy(() -> configure("aggregate.fields", "a..b"))
                .isInstanceOf(ConfigException.class).hasMessageContaining("configuration aggregate.fields");
    }

    @Test
    void validatesEachKey() {
        assertThat(validationErrors(WindowAggregateConfig.CONFIG_DEF, Map.of("window.size.ms", "-1",
                "grace.ms", "x", "late.records", "keep", "max.open.windows", "0")))
                .containsOnlyKeys("window.size.ms", "grace.ms", "late.records", "max.open.windows");
        assertThat(validationErrors(WindowAggregateConfig.CONFIG_DEF, Map.of())).isEmpty();
    }

    @Test
    void referencePageIsCurrent() throws Exception {
        TestRecords.verifyReference(WindowAggregate.class, WindowAggregate.OVERVIEW_DOC,
                WindowAggregateConfig.CONFIG_DEF);
    }
}
