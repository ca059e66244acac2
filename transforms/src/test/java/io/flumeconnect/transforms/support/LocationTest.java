package io.flumeconnect.transforms.support;

import static io.flumeconnect.transforms.support.TestRecords.event;
import static io.flumeconnect.transforms.support.TestRecords.eventMap;
import static io.flumeconnect.transforms.support.TestRecords.record;
import static io.flumeconnect.transforms.support.TestRecords.schemaless;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.errors.DataException;
import org.apache.kafka.connect.source.SourceRecord;
import org.junit.jupiter.api.Test;

class LocationTest {
    private final Requirements requirements = new Requirements("Test");

    @Test
    void readsValueKeyFieldsAndHeaders() {
        SourceRecord struct = record("user-1", TestRecords.EVENT, event("hello", "EU", "GET", 200), "host", "web1");
        assertThat(Location.parse("value").read(schemaless("text"), requirements)).isEqualTo("text");
        assertThat(Location.parse("value").read(schemaless("bytes".getBytes(StandardCharsets.UTF_8)), requirements))
                .isEqualTo("bytes");
        assertThat(Location.parse("key").read(struct, requirements)).isEqualTo("user-1");
        assertThat(Location.parse("field:http.status").read(struct, requirements)).isEqualTo("200");
        assertThat(Location.parse("field:http.method").read(schemaless(eventMap("m", "EU", "PUT", 1)), requirements))
                .isEqualTo("PUT");
        assertThat(Location.parse("field:http.missing").read(struct, requirements)).isNull();
        assertThat(Location.parse("header:host").read(struct, requirements)).isEqualTo("web1");
        assertThat(Location.parse("header:other").read(struct, requirements)).isNull();
    }

    @Test
    void writesWithoutChangingTheGivenRecord() {
        Struct value = event("hello", "EU", "GET", 200);
        SourceRecord struct = record(TestRecords.EVENT, value);
        SourceRecord written = Location.parse("field:http.method").write(struct, "POST", requirements);
        assertThat(((Struct) written.value()).getStruct("http").getString("method")).isEqualTo("POST");
        assertThat(value.getStruct("http").getString("method")).isEqualTo("GET");

        SourceRecord map = Location.parse("field:a.b").write(schemaless(Map.of("x", 1)), "new", requirements);
        assertThat(map.value()).isEqualTo(Map.of("x", 1, "a", Map.of("b", "new")));

        SourceRecord bytes = Location.parse("value").write(schemaless(new byte[] {'a'}), "b", requirements);
        assertThat((byte[]) bytes.value()).containsExactly('b');

        SourceRecord header = Location.parse("header:h").write(schemaless("v", "h", "1", "h", "2"), "3", requirements);
        assertThat(header.headers().allWithName("h")).toIterable().hasSize(1);
        assertThat(TestRecords.header(header, "h")).isEqualTo("3");
    }

    @Test
    void errorsNameTheTransformAndTheLocation() {
        assertThatThrownBy(() -> Location.parse("field:message").read(schemaless("text"), requirements))
                .isInstanceOf(DataException.class)
                .hasMessage("Test: field:message needs a Struct or Map value, found java.lang.String (topic logs, partition 0)");
        assertThatThrownBy(() -> Location.parse("field:http.status").write(
                record(TestRecords.EVENT, event("m", "EU", "GET", 1)), "x", requirements))
                .hasMessageContaining("field:http.status must be a STRING or BYTES field of the schema, found INT32");
        assertThatThrownBy(() -> Location.parse("value").write(schemaless(Map.of("a", 1)), "x", requirements))
                .hasMessageContaining("cannot write text into value, a java.util.");
        assertThat(Location.parse("field:message").read(record(Schema.OPTIONAL_STRING_SCHEMA, null), requirements))
                .isNull();
    }

    @Test
    void refusesMalformedLocations() {
        assertThatThrownBy(() -> LocationValidator.parse("source", "body"))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("Invalid value body for configuration source")
                .hasMessageContaining("not one of value, key, field:PATH, key.field:PATH");
        assertThatThrownBy(() -> LocationValidator.parse("source", "field:a..b"))
                .hasMessageContaining("field path 'a..b' has an empty segment");
        assertThatThrownBy(() -> LocationValidator.parse("source", "header:"))
                .hasMessageContaining("names no header");
    }
}
