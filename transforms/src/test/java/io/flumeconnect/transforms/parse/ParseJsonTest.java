package io.flumeconnect.transforms.parse;

import static io.flumeconnect.transforms.support.TestRecords.header;
import static io.flumeconnect.transforms.support.TestRecords.record;
import static io.flumeconnect.transforms.support.TestRecords.schemaless;
import static io.flumeconnect.transforms.support.TestRecords.tombstone;
import static io.flumeconnect.transforms.support.TestRecords.validationErrors;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.flumeconnect.transforms.support.TestRecords;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.source.SourceRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@SuppressWarnings("unchecked")
class ParseJsonTest {
    private static final String DOC = "{\"level\":\"WARN\",\"status\":\"503\",\"took\":1.5,\"n\":7,"
            + "\"http\":{\"method\":\"GET\"},\"tags\":[\"a\",\"b\"],\"gone\":null}";

    private final ParseJson<SourceRecord> parse = new ParseJson<>();

    @AfterEach
    void close() {
        parse.close();
    }

    @Test
    void parsesSchemalessJsonIntoAMap() {
        parse.configure(Map.of());
        SourceRecord result = parse.apply(schemaless(DOC.getBytes()));
        assertThat(result.valueSchema()).isNull();
        Map<String, Object> value = (Map<String, Object>) result.value();
        assertThat(value).containsEntry("level", "WARN").containsEntry("took", 1.5).containsEntry("n", 7L)
                .containsEntry("http", Map.of("method", "GET")).containsEntry("tags", List.of("a", "b"))
                .containsEntry("gone", null);
    }

    @Test
    void infersAStructSchemaForRecordsWithASchema() {
        parse.configure(Map.of());
        SourceRecord result = parse.apply(record(Schema.STRING_SCHEMA, DOC));
        Struct value = (Struct) result.value();
        assertThat(result.valueSchema()).isEqualTo(value.schema());
        assertThat(value.getString("level")).isEqualTo("WARN");
        assertThat(value.getInt64("n")).isEqualTo(7L);
        assertThat(value.getFloat64("took")).isEqualTo(1.5);
        assertThat(value.getStruct("http").getString("method")).isEqualTo("GET");
        assertThat(value.getArray("tags")).containsExactly("a", "b");
        assertThat(value.get("gone")).isNull();
    }

    @Test
    void convertsToAConfiguredSchema() {
        parse.configure(Map.of("schema.fields", "level:string,status:int32,took:float32,http:string"));
        Struct value = (Struct) parse.apply(record(Schema.STRING_SCHEMA, DOC)).value();
        assertThat(value.schema().fields()).extracting(f -> f.name()).containsExactly("level", "status", "took", "http");
        assertThat(value.getInt32("status")).isEqualTo(503);
        assertThat(value.getFloat32("took")).isEqualTo(1.5f);
        assertThat(value.getString("http")).isEqualTo("{\"method\":\"GET\"}");
    }

    @Test
    void replacesTheFieldItParsedInAStruct() {
        parse.configure(Map.of("source", "field:message"));
        SourceRecord result = parse.apply(record(TestRecords.EVENT, TestRecords.event("{\"a\":1}", "EU", "GET", 200)));
        Struct value = (Struct) result.value();
        assertThat(value.getStruct("message").getInt64("a")).isEqualTo(1L);
        assertThat(value.getString("region")).isEqualTo("EU");
        assertThat(value.schema().fields()).extracting(f -> f.name()).containsExactly("message", "region", "http");
    }

    @Test
    void parsesAHeaderIntoATargetFieldOfAMap() {
        parse.configure(Map.of("source", "header:meta", "target.field", "meta"));
        SourceRecord result = parse.apply(schemaless(Map.of("message", "hi"), "meta", "{\"k\":true}"));
        assertThat((Map<String, Object>) result.value()).containsEntry("message", "hi").containsEntry("meta", Map.of("k", true));
    }

    @Test
    void passesInvalidJsonOnWithTheReasonInAHeaderOrDropsIt() {
        parse.configure(Map.of());
        SourceRecord result = parse.apply(schemaless("{not json"));
        assertThat(result.value()).isEqualTo("{not json");
        assertThat(header(result, "flume.parse.error")).startsWith("value is not valid JSON: ");
        parse.configure(Map.of("schema.fields", "n:int32", "on.failure", "drop"));
        assertThat(parse.apply(record(Schema.STRING_SCHEMA, "{\"n\":\"many\"}"))).isNull();
        assertThat(parse.apply(record(Schema.STRING_SCHEMA, "[1]"))).isNull();
    }

    @Test
    void refusesAnArrayMixingShapesWhenInferring() {
        parse.configure(Map.of("error.header", "why"));
        SourceRecord result = parse.apply(record(Schema.STRING_SCHEMA, "{\"a\":[1,\"x\"]}"));
        assertThat(header(result, "why")).contains("the array at $.a mixes elements of different shapes");
    }

    @Test
    void passesTombstonesThrough() {
        parse.configure(Map.of("on.failure", "fail"));
        SourceRecord tombstone = tombstone();
        assertThat(parse.apply(tombstone)).isSameAs(tombstone);
    }

    @Test
    void refusesBadConfigNamingKeyAndValue() {
        assertThatThrownBy(() -> parse.configure(Map.of("schema.fields", "a:int128")))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("Invalid value [a:int128] for configuration schema.fields: entry 'a:int128' "
                        + "is not name:type");
        assertThatThrownBy(() -> parse.configure(Map.of("source", "body")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("configuration source");
    }

    @Test
    void validatesEachKey() {
        assertThat(validationErrors(ParseJsonConfig.CONFIG_DEF,
                Map.of("schema.fields", "a:string,a:int32", "on.failure", "retry", "error.header", "")))
                .containsOnlyKeys("schema.fields", "on.failure", "error.header");
        assertThat(validationErrors(ParseJsonConfig.CONFIG_DEF, Map.of())).isEmpty();
    }

    @Test
    void referencePageIsCurrent() throws Exception {
        TestRecords.verifyReference(ParseJson.class, ParseJson.OVERVIEW_DOC, ParseJsonConfig.CONFIG_DEF);
    }
}
