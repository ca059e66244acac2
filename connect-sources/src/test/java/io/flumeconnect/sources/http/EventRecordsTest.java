package io.flumeconnect.sources.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.flumeconnect.sources.http.HttpSourceConfig.ValueType;
import io.flumeconnect.sources.http.format.Event;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.header.Header;
import org.apache.kafka.connect.source.SourceRecord;
import org.junit.jupiter.api.Test;

class EventRecordsTest {
    private static final EventRecords.RequestContext REQUEST = new EventRecords.RequestContext("t",
            StandardCharsets.ISO_8859_1, Map.of("client.address", "127.0.0.1"), 42L);

    @Test
    void stringValuesWithRequestHeadersThenEventHeaders() throws Exception {
        SourceRecord record = new EventRecords(ValueType.STRING, null)
                .records(List.of(new Event(Map.of("host", "h"), "body")), REQUEST).get(0);
        assertThat(record.topic()).isEqualTo("t");
        assertThat(record.value()).isEqualTo("body");
        assertThat(record.valueSchema()).isEqualTo(Schema.OPTIONAL_STRING_SCHEMA);
        assertThat(record.timestamp()).isEqualTo(42L);
        assertThat(record.sourcePartition()).isNull();
        assertThat(record.headers()).extracting(Header::key).containsExactly("client.address", "host");
    }

    @Test
    void bytesAreTheTextInTheRequestsCharset() throws Exception {
        SourceRecord record = new EventRecords(ValueType.BYTES, null).records(List.of(Event.of("\u00e9")), REQUEST)
                .get(0);
        assertThat((byte[]) record.value()).containsExactly(0xE9);
        assertThat(record.valueSchema()).isEqualTo(Schema.OPTIONAL_BYTES_SCHEMA);
    }

    @Test
    void structuredObjectsAreSchemalessMapsOrStructs() throws Exception {
        Map<String, Object> object = new LinkedHashMap<>(Map.of("msg", "hi", "n", 3L));
        SourceRecord map = new EventRecords(ValueType.STRUCTURED, null).records(List.of(Event.of(object)), REQUEST)
                .get(0);
        assertThat(map.value()).isEqualTo(object);
        assertThat(map.valueSchema()).isNull();

        ValueSchema schema = ValueSchema.parse(List.of("msg:string", "n:int32", "ok:boolean"));
        SourceRecord struct = new EventRecords(ValueType.STRUCTURED, schema).records(List.of(Event.of(object)),
                REQUEST).get(0);
        assertThat(struct.valueSchema()).isEqualTo(schema.schema());
        assertThat(((Struct) struct.value()).getInt32("n")).isEqualTo(3);
        assertThat(((Struct) struct.value()).getBoolean("ok")).isNull();
    }

    @Test
    void anEventThatDoesNotFitTheSchemaIsA400NamingEventAndField() {
        ValueSchema schema = ValueSchema.parse(List.of("n:int32"));
        EventRecords records = new EventRecords(ValueType.STRUCTURED, schema);
        assertThatThrownBy(() -> records.records(List.of(Event.of(Map.of("n", 1L)), Event.of(Map.of("n", "x"))),
                REQUEST)).hasMessage("event 2: field 'n' is not int32");
        assertThatThrownBy(() -> records.records(List.of(Event.of(Map.of("m", 1L))), REQUEST))
                .hasMessage("event 1: field 'm' is not in value.schema.fields");
        assertThatThrownBy(() -> records.records(List.of(Event.of(Map.of("n", 1L << 40))), REQUEST))
                .hasMessage("event 1: field 'n' is not int32");
    }

    @Test
    void aBadSchemaIsAConfigError() {
        assertThatThrownBy(() -> ValueSchema.parse(List.of("n:decimal"))).isInstanceOf(ConfigException.class)
                .hasMessageContaining("'n:decimal' is not name:type");
        assertThatThrownBy(() -> ValueSchema.parse(List.of("n:string", "n:int64")))
                .hasMessageContaining("field 'n' is listed twice");
    }
}
