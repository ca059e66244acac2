package io.flumeconnect.transforms.parse;

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
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.errors.DataException;
import org.apache.kafka.connect.source.SourceRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@SuppressWarnings("unchecked")
class ParseLineTest {
    private static final String ACCESS = "203.0.113.9 - - [10/Oct/2000:13:55:36 -0700] \"GET /index.html HTTP/1.1\" "
            + "200 2326 \"-\" \"curl/8.0\"";

    private final ParseLine<SourceRecord> parse = new ParseLine<>();

    @AfterEach
    void close() {
        parse.close();
    }

    @Test
    void turnsAStringValueWithSchemaIntoAStruct() {
        parse.configure(Map.of("pattern", "%{COMBINEDAPACHELOG}", "original.field", "line"));
        SourceRecord result = parse.apply(record(Schema.OPTIONAL_STRING_SCHEMA, ACCESS));
        Struct value = (Struct) result.value();
        assertThat(result.valueSchema()).isSameAs(value.schema());
        assertThat(value.getString("line")).isEqualTo(ACCESS);
        assertThat(value.getString("clientip")).isEqualTo("203.0.113.9");
        assertThat(value.getInt64("response")).isEqualTo(200L);
        assertThat(value.getInt64("bytes")).isEqualTo(2326L);
        assertThat(value.schema().field("bytes").schema()).isEqualTo(Schema.OPTIONAL_INT64_SCHEMA);
        assertThat(value.getString("rawrequest")).as("unmatched alternative").isNull();
    }

    @Test
    void turnsASchemalessValueIntoAMap() {
        parse.configure(Map.of("pattern", "^%{TIMESTAMP_ISO8601:ts} %{LOGLEVEL:level} %{GREEDYDATA:msg}"));
        SourceRecord result = parse.apply(schemaless("2024-05-01T12:00:00Z ERROR disk full".getBytes()));
        assertThat(result.valueSchema()).isNull();
        assertThat((Map<String, Object>) result.value()).containsExactly(Map.entry("ts", "2024-05-01T12:00:00Z"),
                Map.entry("level", "ERROR"), Map.entry("msg", "disk full"));
    }

    @Test
    void addsFieldsToAStructParsedFromOneOfItsFields() {
        parse.configure(Map.of("pattern", "(?<verb>\\w+) took %{INT:ms:int}", "source", "field:message"));
        SourceRecord result = parse.apply(record(TestRecords.EVENT, TestRecords.event("GET took 12", "EU", "GET", 200)));
        Struct value = (Struct) result.value();
        assertThat(value.getString("region")).isEqualTo("EU");
        assertThat(value.getString("verb")).isEqualTo("GET");
        assertThat(value.getInt64("ms")).isEqualTo(12L);
        assertThat(value.getStruct("http").getInt32("status")).isEqualTo(200);
    }

    @Test
    void addsFieldsToAMapParsedFromAHeader() {
        parse.configure(Map.of("pattern", "%{IP:client}:%{POSINT:port:long}", "source", "header:peer"));
        SourceRecord result = parse.apply(schemaless(Map.of("message", "hi"), "peer", "10.1.2.3:5140"));
        assertThat((Map<String, Object>) result.value()).containsEntry("message", "hi").containsEntry("client", "10.1.2.3")
                .containsEntry("port", 5140L);
        assertThat(header(result, "peer")).isEqualTo("10.1.2.3:5140");
    }

    @Test
    void passesALineThatDoesNotMatchWithTheReasonInAHeader() {
        parse.configure(Map.of("pattern", "%{SYSLOGLINE}"));
        SourceRecord line = schemaless("not syslog");
        SourceRecord result = parse.apply(line);
        assertThat(result.value()).isEqualTo("not syslog");
        assertThat(header(result, "flume.parse.error")).isEqualTo("value does not match the pattern");
    }

    @Test
    void dropsOrFailsOnALineThatDoesNotMatchWhenConfigured() {
        parse.configure(Map.of("pattern", "%{SYSLOGLINE}", "on.failure", "drop"));
        assertThat(parse.apply(schemaless("not syslog"))).isNull();
        parse.configure(Map.of("pattern", "%{SYSLOGLINE}", "on.failure", "FAIL"));
        assertThatThrownBy(() -> parse.apply(schemaless("not syslog"))).isInstanceOf(DataException.class)
                .hasMessage("ParseLine: value does not match the pattern (topic logs, partition 0)");
    }

    @Test
    void passesTombstonesThrough() {
        parse.configure(Map.of("pattern", "%{SYSLOGLINE}", "on.failure", "fail"));
        SourceRecord tombstone = tombstone("host", "a");
        assertThat(parse.apply(tombstone)).isSameAs(tombstone);
    }

    @Test
    void refusesBadConfigNamingKeyAndValue() {
        assertThatThrownBy(() -> parse.configure(Map.of("pattern", "%{NOPE:x}")))
                .isInstanceOf(ConfigException.class)
                .hasMessage("Invalid value %{NOPE:x} for configuration pattern: unknown grok pattern %{NOPE}");
        assertThatThrownBy(() -> parse.configure(Map.of("pattern", "%{WORD:w}", "on.failure", "ignore")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("on.failure");
        assertThatThrownBy(() -> parse.configure(Map.of())).hasMessageContaining("\"pattern\" which has no default");
        assertThatThrownBy(() -> parse.configure(Map.of("pattern", "%{SYSLOGLINE}", "original.field", "message")))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("Invalid value message for configuration original.field: the pattern captures");
    }

    @Test
    void validatesEachKey() {
        assertThat(validationErrors(ParseLineConfig.CONFIG_DEF,
                Map.of("pattern", "(?<x>", "source", "body", "on.failure", "pass")))
                .containsOnlyKeys("pattern", "source");
        assertThat(validationErrors(ParseLineConfig.CONFIG_DEF, Map.of("pattern", "%{WORD:w}"))).isEmpty();
    }

    @Test
    void referencePageIsCurrent() throws Exception {
        TestRecords.verifyReference(ParseLine.class, ParseLine.OVERVIEW_DOC,
                ParseLineConfig.CONFIG_DEF);
    }
}
