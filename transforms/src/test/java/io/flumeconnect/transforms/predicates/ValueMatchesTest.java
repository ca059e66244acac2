package io.flumeconnect.transforms.predicates;

import static io.flumeconnect.transforms.support.TestRecords.record;
import static io.flumeconnect.transforms.support.TestRecords.schemaless;
import static io.flumeconnect.transforms.support.TestRecords.tombstone;
import static io.flumeconnect.transforms.support.TestRecords.validationErrors;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.flumeconnect.transforms.support.TestRecords;
import java.util.Map;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.connect.source.SourceRecord;
import org.apache.kafka.connect.transforms.Filter;
import org.junit.jupiter.api.Test;

class ValueMatchesTest {
    private final ValueMatches<SourceRecord> predicate = new ValueMatches<>();

    @Test
    void matchesStringAndBytesValues() {
        predicate.configure(Map.of("pattern", "ERROR"));
        assertThat(predicate.test(schemaless("an ERROR line"))).isTrue();
        assertThat(predicate.test(schemaless("an info line"))).isFalse();
        assertThat(predicate.test(schemaless("ERROR".getBytes()))).isTrue();
    }

    @Test
    void matchesStructAndMapValuesInConnectStringForm() {
        predicate.configure(Map.of("pattern", "GET"));
        assertThat(predicate.test(record(TestRecords.EVENT, TestRecords.event("m", "EU", "GET", 200)))).isTrue();
        assertThat(predicate.test(schemaless(TestRecords.eventMap("m", "EU", "PUT", 200)))).isFalse();
    }

    @Test
    void neverMatchesATombstoneOrAHeaderOnly() {
        predicate.configure(Map.of("pattern", ".*"));
        assertThat(predicate.test(tombstone("h", "ERROR"))).isFalse();
    }

    @Test
    void composesWithKafkasFilter() {
        predicate.configure(Map.of("pattern", "DEBUG"));
        Filter<SourceRecord> filter = new Filter<>();
        filter.configure(Map.of());
        SourceRecord debug = schemaless("DEBUG noise");
        assertThat(predicate.test(debug) ? filter.apply(debug) : debug).isNull();
    }

    @Test
    void refusesBadConfig() {
        assertThatThrownBy(() -> predicate.configure(Map.of("pattern", "a{")))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("Invalid value a{ for configuration pattern");
        assertThat(validationErrors(ValueMatchesConfig.CONFIG_DEF, Map.of("pattern", ""))).containsOnlyKeys("pattern");
        assertThat(validationErrors(ValueMatchesConfig.CONFIG_DEF, Map.of("pattern", "a+"))).isEmpty();
    }

    @Test
    void referencePageIsCurrent() throws Exception {
        TestRecords.verifyReference(ValueMatches.class, ValueMatches.OVERVIEW_DOC, ValueMatchesConfig.CONFIG_DEF);
    }
}
