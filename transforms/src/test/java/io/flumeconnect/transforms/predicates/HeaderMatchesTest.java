package io.flumeconnect.transforms.predicates;

import static io.flumeconnect.transforms.support.TestRecords.event;
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
import org.junit.jupiter.api.Test;

class HeaderMatchesTest {
    private final HeaderMatches<SourceRecord> predicate = new HeaderMatches<>();

    @Test
    void matchesTheLastHeaderOfThatName() {
        predicate.configure(Map.of("header", "Severity", "pattern", "^[0-3]$"));
        assertThat(predicate.test(schemaless("x", "Severity", "7", "Severity", "2"))).isTrue();
        assertThat(predicate.test(schemaless("x", "Severity", "2", "Severity", "7"))).isFalse();
        assertThat(predicate.test(schemaless("x"))).isFalse();
    }

    @Test
    void worksWhateverTheValueAndOnTombstones() {
        predicate.configure(Map.of("header", "host", "pattern", "web"));
        assertThat(predicate.test(record(TestRecords.EVENT, event("m", "EU", "GET", 1), "host", "web1"))).isTrue();
        assertThat(predicate.test(tombstone("host", "web2"))).isTrue();
    }

    @Test
    void refusesBadConfig() {
        assertThatThrownBy(() -> predicate.configure(Map.of("header", "", "pattern", "x")))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("configuration header");
        assertThat(validationErrors(HeaderMatchesConfig.CONFIG_DEF, Map.of("header", "h", "pattern", "(")))
                .containsOnlyKeys("pattern");
        assertThat(validationErrors(HeaderMatchesConfig.CONFIG_DEF, Map.of("header", "h", "pattern", "x"))).isEmpty();
    }

    @Test
    void referencePageIsCurrent() throws Exception {
        TestRecords.verifyReference(HeaderMatches.class, HeaderMatches.OVERVIEW_DOC, HeaderMatchesConfig.CONFIG_DEF);
    }
}
