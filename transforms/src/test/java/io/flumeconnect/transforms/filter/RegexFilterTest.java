package io.flumeconnect.transforms.filter;

import static io.flumeconnect.transforms.support.TestRecords.event;
import static io.flumeconnect.transforms.support.TestRecords.eventMap;
import static io.flumeconnect.transforms.support.TestRecords.record;
import static io.flumeconnect.transforms.support.TestRecords.schemaless;
import static io.flumeconnect.transforms.support.TestRecords.tombstone;
import static io.flumeconnect.transforms.support.TestRecords.validationErrors;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.flumeconnect.transforms.support.TestRecords;
import java.util.Map;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.connect.errors.DataException;
import org.apache.kafka.connect.source.SourceRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RegexFilterTest {
    private final RegexFilter<SourceRecord> filter = new RegexFilter<>();

    @AfterEach
    void close() {
        filter.close();
    }

    @Test
    void keepsMatchingStringValuesByDefault() {
        filter.configure(Map.of("pattern", "ERROR"));
        SourceRecord error = schemaless("2024 ERROR disk full");
        assertThat(filter.apply(error)).isSameAs(error);
        assertThat(filter.apply(schemaless("2024 INFO ok"))).isNull();
        assertThat(filter.apply(schemaless("ERROR in bytes".getBytes()))).isNotNull();
    }

    @Test
    void excludesMatchesOfAStructField() {
        filter.configure(Map.of("source", "field:http.status", "pattern", "^2\\d\\d$", "exclude", "true"));
        assertThat(filter.apply(record(TestRecords.EVENT, event("m", "EU", "GET", 200)))).isNull();
        assertThat(filter.apply(record(TestRecords.EVENT, event("m", "EU", "GET", 500)))).isNotNull();
    }

    @Test
    void matchesAFieldOfASchemalessValue() {
        filter.configure(Map.of("source", "field:http.method", "pattern", "GET|HEAD"));
        assertThat(filter.apply(schemaless(eventMap("m", "EU", "GET", 200)))).isNotNull();
        assertThat(filter.apply(schemaless(eventMap("m", "EU", "POST", 200)))).isNull();
        assertThat(filter.apply(schemaless(Map.of("other", 1)))).as("a missing field does not match").isNull();
    }

    @Test
    void matchesAHeaderAndCountsWhatItDrops() throws Exception {
        filter.configure(Map.of("source", "header:Severity", "pattern", "^[0-3]$"));
        assertThat(filter.apply(schemaless("x", "Severity", "2"))).isNotNull();
        assertThat(filter.apply(schemaless("x", "Severity", "6"))).isNull();
        assertThat(filter.apply(schemaless("x"))).isNull();
        assertThat(filter.apply(tombstone())).as("tombstones pass").isNotNull();
        assertThat(TestRecords.metric("RegexFilter", "records-in")).isEqualTo(4.0);
        assertThat(TestRecords.metric("RegexFilter", "records-out")).isEqualTo(2.0);
        assertThat(TestRecords.metric("RegexFilter", "records-dropped")).isEqualTo(2.0);
    }

    @Test
    void passesTombstonesThrough() {
        filter.configure(Map.of("pattern", "never", "exclude", "false"));
        SourceRecord tombstone = tombstone("Severity", "6");
        assertThat(filter.apply(tombstone)).isSameAs(tombstone);
    }

    @Test
    void failsOnAFieldOfAPlainValueNamingTheTransform() throws Exception {
        filter.configure(Map.of("source", "field:level", "pattern", "x"));
        assertThatThrownBy(() -> filter.apply(schemaless("plain text")))
                .isInstanceOf(DataException.class)
                .hasMessageStartingWith("RegexFilter: field:level needs a Struct or Map value, found java.lang.String");
        assertThat(TestRecords.metric("RegexFilter", "record-errors")).isEqualTo(1.0);
    }

    @Test
    void refusesBadConfigNamingKeyAndValue() {
        assertThatThrownBy(() -> filter.configure(Map.of("pattern", "(unclosed")))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("Invalid value (unclosed for configuration pattern")
                .hasMessageContaining("not a valid Java regular expression");
        assertThatThrownBy(() -> filter.configure(Map.of()))
                .hasMessageContaining("Missing required configuration \"pattern\"");
        assertThat(validationErrors(RegexFilterConfig.CONFIG_DEF, Map.of("pattern", "[", "source", "body")))
                .containsOnlyKeys("pattern", "source");
        assertThat(validationErrors(RegexFilterConfig.CONFIG_DEF, Map.of("pattern", "ok"))).isEmpty();
    }

    @Test
    void referencePageIsCurrent() throws Exception {
        TestRecords.verifyReference(RegexFilter.class, RegexFilter.OVERVIEW_DOC, RegexFilterConfig.CONFIG_DEF);
    }
}
