package io.flumeconnect.transforms.interceptor;

import static io.flumeconnect.transforms.support.TestRecords.event;
import static io.flumeconnect.transforms.support.TestRecords.header;
import static io.flumeconnect.transforms.support.TestRecords.record;
import static io.flumeconnect.transforms.support.TestRecords.schemaless;
import static io.flumeconnect.transforms.support.TestRecords.tombstone;
import static org.assertj.core.api.Assertions.assertThat;

import io.flumeconnect.transforms.support.TestRecords;
import java.util.Map;
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
        InterceptorChecks.passesThrough(transform, Map.of(), tombstone());
    }

    @Test
    void refusesBadConfig() {
        InterceptorChecks.refuses(transform, "preserve.existing", "yes");
        InterceptorChecks.requiresAHeaderName(UuidHeaderConfig.CONFIG_DEF);
    }

    @Test
    void referencePageIsCurrent() throws Exception {
        TestRecords.verifyReference(UuidHeader.class, UuidHeader.OVERVIEW_DOC, UuidHeaderConfig.CONFIG_DEF);
    }
}
