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
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.errors.DataException;
import org.apache.kafka.connect.source.SourceRecord;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RegexExtractorTest {
    private static final String ACCESS = "(?<method>[A-Z]+) (?<path>\\S+) (?<status>\\d{3})(?: (?<bytes>\\d+))?";

    private final RegexExtractor<SourceRecord> transform = new RegexExtractor<>();

    @AfterEach
    void close() {
        transform.close();
    }

    @Test
    void namedGroupsOfTheValueBecomeHeaders() {
        transform.configure(Map.of("pattern", ACCESS));
        SourceRecord result = transform.apply(schemaless("GET /index.html 200", "status", "old"));
        assertThat(header(result, "method")).isEqualTo("GET");
        assertThat(header(result, "path")).isEqualTo("/index.html");
        assertThat(header(result, "status")).isEqualTo("200");
        assertThat(result.headers().allWithName("status")).toIterable().hasSize(1);
        assertThat(result.headers().lastWithName("bytes")).as("a group that took no part").isNull();
    }

    @Test
    void namedGroupsOfAStructFieldBecomeFieldsWithAnExtendedSchema() {
        transform.configure(Map.of("source", "field:message", "pattern", ACCESS, "target", "field", "prefix", "req_"));
        SourceRecord result = transform.apply(record(TestRecords.EVENT, event("PUT /a 201 12", "EU", "GET", 1)));
        Struct value = (Struct) result.value();
        assertThat(result.valueSchema()).isSameAs(value.schema());
        assertThat(value.schema().field("req_status").schema()).isEqualTo(Schema.OPTIONAL_STRING_SCHEMA);
        assertThat(value.getString("req_method")).isEqualTo("PUT");
        assertThat(value.getString("req_bytes")).isEqualTo("12");
        assertThat(value.getString("region")).isEqualTo("EU");
        SourceRecord second = transform.apply(record(TestRecords.EVENT, event("GET /b 404", "US", "GET", 1)));
        assertThat(second.valueSchema()).as("the extended schema is cached").isSameAs(result.valueSchema());
        assertThat(((Struct) second.value()).getString("req_bytes")).isNull();
    }

    @Test
    void overwritesExistingStringFieldsAndRefusesOthers() {
        transform.configure(Map.of("source", "field:message", "pattern", "region=(?<region>\\w+)", "target", "field"));
        SourceRecord result = transform.apply(record(TestRecords.EVENT, event("region=APAC", "EU", "GET", 1)));
        assertThat(result.valueSchema().fields()).hasSameSizeAs(TestRecords.EVENT.fields());
        assertThat(((Struct) result.value()).getString("region")).isEqualTo("APAC");
        transform.configure(Map.of("source", "field:message", "pattern", "(?<http>.+)", "target", "field"));
        assertThatThrownBy(() -> transform.apply(record(TestRecords.EVENT, event("x", "EU", "GET", 1))))
                .isInstanceOf(DataException.class)
                .hasMessageContaining("field 'http' exists with type STRUCT, not STRING");
    }

    @Test
    void namedGroupsOfAHeaderBecomeMapFields() {
        transform.configure(Map.of("source", "header:request", "pattern", ACCESS, "target", "field"));
        Map<String, Object> value = new HashMap<>(Map.of("a", 1));
        SourceRecord result = transform.apply(schemaless(value, "request", "DELETE /x 204"));
        assertThat(result.value()).asInstanceOf(InstanceOfAssertFactories.map(String.class, Object.class)).containsEntry("a", 1).containsEntry("method", "DELETE")
                .containsEntry("status", "204");
        assertThat(value).containsOnlyKeys("a");
    }

    @Test
    void leavesUnmatchedRecordsAndTombstonesAsTheyAre() {
        transform.configure(Map.of("pattern", ACCESS));
        SourceRecord unmatched = schemaless("not a request");
        assertThat(transform.apply(unmatched)).isSameAs(unmatched);
        SourceRecord tombstone = tombstone();
        assertThat(transform.apply(tombstone)).isSameAs(tombstone);
    }

    @Test
    void failsToWriteFieldsIntoAPlainValue() {
        transform.configure(Map.of("pattern", ACCESS, "target", "field"));
        assertThatThrownBy(() -> transform.apply(schemaless("GET / 200")))
                .isInstanceOf(DataException.class)
                .hasMessageStartingWith("RegexExtractor: writing fields needs a Struct or Map value, found java.lang.String");
    }

    @Test
    void refusesBadConfig() {
        assertThatThrownBy(() -> transform.configure(Map.of("pattern", "(\\d+)")))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("Invalid value (\\d+) for configuration pattern: has no named group");
        assertThat(validationErrors(RegexExtractorConfig.CONFIG_DEF,
                Map.of("pattern", "(?<a>", "target", "body", "source", "field:")))
                .containsOnlyKeys("pattern", "target", "source");
        assertThat(validationErrors(RegexExtractorConfig.CONFIG_DEF, Map.of("pattern", "(x)"))).containsOnlyKeys("pattern");
        assertThat(validationErrors(RegexExtractorConfig.CONFIG_DEF, Map.of("pattern", "(?<a>x)"))).isEmpty();
    }

    @Test
    void referencePageIsCurrent() throws Exception {
        TestRecords.verifyReference(RegexExtractor.class, RegexExtractor.OVERVIEW_DOC, RegexExtractorConfig.CONFIG_DEF);
    }
}
