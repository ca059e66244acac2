package io.flumeconnect.aggregator;

import static io.flumeconnect.aggregator.AggregatorDriver.START;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.flumeconnect.transforms.aggregate.WindowAggregate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.apache.kafka.common.record.TimestampType;
import org.apache.kafka.connect.sink.SinkRecord;
import org.junit.jupiter.api.Test;

/**
 * On a stream without crashes or late records, the aggregator and the WindowAggregate transform, configured with
 * the same keys, write the same aggregates: same windows, groups, counts, sums, minima and maxima.
 */
class SameAsTheTransformTest {
    private static final Map<String, String> KEYS = Map.of("window.size.ms", "10000", "grace.ms", "5000",
            "group.by.fields", "status", "aggregate.fields", "bytes");

    @Test
    void theAggregatorAndTheTransformAgreeOnEveryWindow() {
        List<long[]> events = stream(3_000, new Random(42));

        assertThat(throughTheAggregator(events)).isEqualTo(throughTheTransform(events)).hasSizeGreaterThan(20);
    }

    /** Event times (ms after START) rising by up to 100 ms with up to 2 s of disorder (within the grace), status, bytes. */
    private static List<long[]> stream(int count, Random random) {
        List<long[]> events = new ArrayList<>();
        long time = 0;
        for (int i = 0; i < count; i++) {
            time += random.nextInt(100);
            events.add(new long[] {Math.max(0, time - random.nextInt(2_000)), 200 + 100L * random.nextInt(4), random.nextInt(5_000)});
        }
        // The transform emits one waiting aggregate per record it absorbs: enough records of a later window to
        // release every closed one (and close none of their own).
        for (int i = 0; i < 20; i++) {
            events.add(new long[] {time + 60_000, 999, 0});
        }
        return events;
    }

    private static Set<String> throughTheAggregator(List<long[]> events) {
        Set<String> aggregates = new TreeSet<>();
        try (AggregatorDriver driver = new AggregatorDriver(KEYS)) {
            events.forEach(e -> driver.send(e[0] / 1000.0, "{\"status\":" + e[1] + ",\"bytes\":" + e[2] + "}"));
            for (JsonNode a : driver.aggregates()) {
                aggregates.add(describe(a.path("window_start").asLong(), a.path("status").asText(), a.path("count").asLong(),
                        a.path("bytes_sum").asDouble(), a.path("bytes_min").asDouble(), a.path("bytes_max").asDouble()));
            }
        }
        return aggregates;
    }

    private static Set<String> throughTheTransform(List<long[]> events) {
        Set<String> aggregates = new TreeSet<>();
        try (WindowAggregate<SinkRecord> transform = new WindowAggregate<>()) {
            transform.configure(KEYS);
            long offset = 0;
            for (long[] e : events) {
                SinkRecord out = transform.apply(new SinkRecord("logs", 0, null, null, null,
                        Map.of("status", e[1], "bytes", e[2]), offset++, START.toEpochMilli() + e[0], TimestampType.CREATE_TIME));
                if (out != null) {
                    Map<?, ?> a = (Map<?, ?>) out.value();
                    aggregates.add(describe((Long) a.get("window_start"), String.valueOf(a.get("status")), (Long) a.get("count"),
                            (Double) a.get("bytes_sum"), (Double) a.get("bytes_min"), (Double) a.get("bytes_max")));
                }
            }
        }
        return aggregates;
    }

    private static String describe(long start, String status, long count, double sum, double min, double max) {
        return "%d %s count=%d sum=%.1f min=%.1f max=%.1f".formatted(start, status, count, sum, min, max);
    }
}
