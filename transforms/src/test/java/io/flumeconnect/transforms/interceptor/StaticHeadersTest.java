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

class StaticHeadersTest {
    private final StaticHeaders<SourceRecord> transform = new StaticHeaders<>();

    @AfterEach
    void close() {
        transform.close();
    }

    @Test
    void setsSeveralHeadersKeepingExistingOnesByDefault() {
        transform.configure(Map.of("headers", "datacenter:NYC,url:http://x:8080"));
        SourceRecord given = record(TestRecords.EVENT, event("m", "EU", "GET", 1), "datacenter", "SFO");
        SourceRecord result = transform.apply(given);
        assertThat(header(result, "datacenter")).isEqualTo("SFO");
        assertThat(header(result, "url")).isEqualTo("http://x:8080");
        assertThat(given.headers().lastWithName("url")).as("the given record is unchanged").isNull();
        assertThat(result.value()).isSameAs(given.value());
    }

    @Test
    void replacesExistingHeadersWhenAsked() {
        transform.configure(Map.of("headers", "datacenter:NYC", "preserve.existing", "false"));
        SourceRecord result = transform.apply(schemaless(Map.of("a", 1), "datacenter", "SFO"));
        assertThat(result.headers().allWithName("datacenter")).toIterable().hasSize(1);
        assertThat(header(result, "datacenter")).isEqualTo("NYC");
    }

    @Test
    void passesTombstonesThrough() {
        InterceptorChecks.passesThrough(transform, Map.of("headers", "a:b"), tombstone());
    }

    @Test
    void refusesBadConfigNamingKeyAndValue() {
        assertThatThrownBy(() -> transform.configure(Map.of("headers", "novalue")))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("Invalid value [novalue] for configuration headers: entry 'novalue' is not of the form from:to");
        assertThatThrownBy(() -> transform.configure(Map.of("headers", ":v")))
                .hasMessageContaining("entry ':v' is not of the form from:to");
        assertThatThrownBy(() -> transform.configure(Map.of("headers", "")))
                .hasMessageContaining("expected one or more name:value pairs");
        assertThat(validationErrors(StaticHeadersConfig.CONFIG_DEF, Map.of("headers", "a:1,a:2")))
                .containsOnlyKeys("headers");
        assertThat(validationErrors(StaticHeadersConfig.CONFIG_DEF, Map.of("headers", ""))).containsOnlyKeys("headers");
        assertThat(validationErrors(StaticHeadersConfig.CONFIG_DEF, Map.of("headers", "a:1,b:2"))).isEmpty();
    }

    @Test
    void referencePageIsCurrent() throws Exception {
        TestRecords.verifyReference(StaticHeaders.class, StaticHeaders.OVERVIEW_DOC, StaticHeadersConfig.CONFIG_DEF);
    }
}
