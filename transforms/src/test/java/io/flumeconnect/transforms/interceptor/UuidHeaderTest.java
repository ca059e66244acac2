package io.flumeconnect.transforms.interceptor;

import static io.flumeconnect.transforms.support.TestRecords.event;
import static io.flumeconnect.transforms.support.TestRecords.header;
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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class UuidHeaderTest {
    private final UuidHeader<SourceRecord> transform = new UuidHeader<>();

    @AfterEach
    void close() {
        transform.close();
    }

    @Test
    void setsAFreshUuidPerRecord() {
        transform.configure(Map.of("prefix", "edge1-"));
        String first = header(transform.apply(schemaless("a")), "id");
        String second = header(transform.apply(record(TestRecords.EVENT, event("m", "EU", "GET", 1))), "id");
        assertThat(first).matches("edge1-[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[0-9a-f]{4}-[0-9a-f]{12}");
        assertThat(second).startsWith("edge1-").isNotEqualTo(first);
    }

    @Test
    void keepsAnExistingIdUnlessToldOtherwise() {
        transform.configure(Map.of("header", "eventId"));
        SourceRecord given = schemaless(Map.of("a", 1), "eventId", "known");
        assertThat(transform.apply(given)).isSameAs(given);
        transform.configure(Map.of("header", "eventId", "preserve.existing", "false"));
        assertThat(header(transform.apply(given), "eventId")).isNotEqualTo("known");
    }

    @Test
    void passesTombstonesThrough() {
        transform.configure(Map.of());
        SourceRecord tombstone = tombstone();
        assertThat(transform.apply(tombstone)).isSameAs(tombstone);
    }

    @Test
    void refusesBadConfig() {
        assertThatThrownBy(() -> transform.configure(Map.of("preserve.existing", "yes")))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("Invalid value yes for configuration preserve.existing");
        assertThat(validationErrors(UuidHeaderConfig.CONFIG_DEF, Map.of("header", ""))).containsOnlyKeys("header");
        assertThat(validationErrors(UuidHeaderConfig.CONFIG_DEF, Map.of())).isEmpty();
    }

    @Test
    void referencePageIsCurrent() throws Exception {
        TestRecords.verifyReference(UuidHeader.class, UuidHeader.OVERVIEW_DOC, UuidHeaderConfig.CONFIG_DEF);
    }
}
