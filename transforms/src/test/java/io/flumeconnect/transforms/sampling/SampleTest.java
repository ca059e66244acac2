package io.flumeconnect.transforms.sampling;

import static io.flumeconnect.transforms.support.TestRecords.event;
import static io.flumeconnect.transforms.support.TestRecords.record;
import static io.flumeconnect.transforms.support.TestRecords.schemaless;
import static io.flumeconnect.transforms.support.TestRecords.tombstone;
import static io.flumeconnect.transforms.support.TestRecords.validationErrors;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.flumeconnect.transforms.support.TestRecords;
import java.util.Map;
import java.util.stream.IntStream;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.connect.source.SourceRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SampleTest {
    private static final int RECORDS = 20_000;

    private final Sample<SourceRecord> transform = new Sample<>();

    @AfterEach
    void close() {
        transform.close();
    }

    @Test
    void keepsAboutTheFractionAtRandom() {
        transform.configure(Map.of("fraction", "0.25"));
        long kept = IntStream.range(0, RECORDS).filter(i -> transform.apply(schemaless("line " + i)) != null).count();
        // 10 standard deviations of a binomial(20000, 0.25) either side: a false failure is practically impossible.
        assertThat(kept).isBetween(4_400L, 5_600L);
    }

    @Test
    void keepsAllOrNone() {
        transform.configure(Map.of("fraction", "1"));
        assertThat(IntStream.range(0, 1000).allMatch(i -> transform.apply(schemaless("x")) != null)).isTrue();
        transform.configure(Map.of("fraction", "0", "mode", "hash"));
        assertThat(IntStream.range(0, 1000).allMatch(i -> transform.apply(record("k" + i, null, "x")) == null)).isTrue();
    }

    @Test
    void sameKeySameFateByHash() {
        transform.configure(Map.of("fraction", "0.5", "mode", "hash"));
        long kept = IntStream.range(0, RECORDS).filter(i -> {
            boolean first = transform.apply(record("user-" + i, null, "a")) != null;
            boolean again = transform.apply(record("user-" + i, null, "b")) != null;
            assertThat(again).as("user-%d", i).isEqualTo(first);
            return first;
        }).count();
        assertThat(kept).isBetween(9_000L, 11_000L);
    }

    @Test
    void aNullKeyFallsBackToTheValueSoTheSameLineHasTheSameFate() {
        transform.configure(Map.of("fraction", "0.5", "mode", "hash"));
        long kept = IntStream.range(0, RECORDS).filter(i -> {
            boolean first = transform.apply(schemaless("GET /page/" + i)) != null;
            boolean again = transform.apply(schemaless("GET /page/" + i)) != null;
            assertThat(again).as("line %d", i).isEqualTo(first);
            return first;
        }).count();
        assertThat(kept).isBetween(9_000L, 11_000L);
    }

    @Test
    void hashesAStructFieldAMapFieldOrAHeader() {
        transform.configure(Map.of("fraction", "0.5", "mode", "HASH", "hash.source", "field:region"));
        boolean struct = transform.apply(record(TestRecords.EVENT, event("a", "EU", "GET", 1))) != null;
        boolean map = transform.apply(schemaless(TestRecords.eventMap("b", "EU", "PUT", 2))) != null;
        assertThat(map).isEqualTo(struct);
        transform.configure(Map.of("fraction", "0.5", "mode", "hash", "hash.source", "header:host"));
        boolean first = transform.apply(schemaless("a", "host", "web1")) != null;
        assertThat(IntStream.range(0, 100).allMatch(i -> (transform.apply(schemaless("v" + i, "host", "web1")) != null) == first))
                .isTrue();
    }

    @Test
    void keepsTombstonesAndCountsDrops() {
        transform.configure(Map.of("fraction", "0"));
        SourceRecord tombstone = tombstone();
        assertThat(transform.apply(tombstone)).isSameAs(tombstone);
        assertThat(transform.apply(schemaless("x"))).isNull();
    }

    @Test
    void refusesBadConfig() {
        assertThatThrownBy(() -> transform.configure(Map.of("fraction", "1.5")))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("Invalid value 1.5 for configuration fraction: Value must be no more than 1.0");
        assertThat(validationErrors(SampleConfig.CONFIG_DEF, Map.of("fraction", "-1", "mode", "every", "hash.source", "x")))
                .containsOnlyKeys("fraction", "mode", "hash.source");
        assertThat(validationErrors(SampleConfig.CONFIG_DEF, Map.of("fraction", "0.1"))).isEmpty();
    }

    @Test
    void referencePageIsCurrent() throws Exception {
        TestRecords.verifyReference(Sample.class, Sample.OVERVIEW_DOC, SampleConfig.CONFIG_DEF);
    }
}
