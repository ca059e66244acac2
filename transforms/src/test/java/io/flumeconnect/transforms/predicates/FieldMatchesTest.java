package io.flumeconnect.transforms.predicates;

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
import org.junit.jupiter.api.Test;

class FieldMatchesTest {
    private final FieldMatches<SourceRecord> predicate = new FieldMatches<>();

    @Test
    void matchesANestedStructField() {
        predicate.configure(Map.of("field", "http.status", "pattern", "^5"));
        assertThat(predicate.test(record(TestRecords.EVENT, event("m", "EU", "GET", 503)))).isTrue();
        assertThat(predicate.test(record(TestRecords.EVENT, event("m", "EU", "GET", 200)))).isFalse();
    }

    @Test
    void matchesAMapFieldAndNotAMissingOne() {
        predicate.configure(Map.of("field", "region", "pattern", "^EU$"));
        assertThat(predicate.test(schemaless(eventMap("m", "EU", "GET", 200)))).isTrue();
        assertThat(predicate.test(schemaless(Map.of("message", "m")))).isFalse();
    }

    @Test
    void neverMatchesATombstoneAndHeadersDoNotCount() {
        predicate.configure(Map.of("field", "region", "pattern", "EU"));
        assertThat(predicate.test(tombstone("region", "EU"))).isFalse();
    }

    @Test
    void failsOnAPlainValueNamingThePredicate() {
        predicate.configure(Map.of("field", "region", "pattern", "EU"));
        assertThatThrownBy(() -> predicate.test(schemaless("EU")))
                .isInstanceOf(DataException.class)
                .hasMessageStartingWith("FieldMatches[field:region ~ /EU/]: field:region needs a Struct or Map value");
    }

    @Test
    void refusesBadConfig() {
        assertThatThrownBy(() -> predicate.configure(Map.of("field", "a..b", "pattern", "x")))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("Invalid value field:a..b for configuration field");
        assertThat(validationErrors(FieldMatchesConfig.CONFIG_DEF, Map.of("pattern", "x")))
                .containsOnlyKeys("field");
        assertThat(validationErrors(FieldMatchesConfig.CONFIG_DEF, Map.of("field", "a", "pattern", "x"))).isEmpty();
    }

    @Test
    void referencePageIsCurrent() throws Exception {
        TestRecords.verifyReference(FieldMatches.class, FieldMatches.OVERVIEW_DOC, FieldMatchesConfig.CONFIG_DEF);
    }
}
