package io.flumeconnect.sinks.file.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.SchemaBuilder;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.errors.DataException;
import org.apache.kafka.connect.sink.SinkRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PathTemplateTest {
    // 2024-03-05T07:08:09.123Z, a Tuesday
    private static final long TIME = Instant.parse("2024-03-05T07:08:09.123Z").toEpochMilli();
    private static final EventTime RECORD_TIME = new EventTime(EventTime.Source.RECORD, null, Clock.systemUTC());

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "%Y-%m-%d/%H%M%S | 2024-03-05/070809",
        "%y %j %e %k %n | 24 065 5 7 3",
        "%a %A %b %B | Tue Tuesday Mar March",
        "%D | 03%2F05%2F24",
        "%I %l %p | 07 7 AM",
        "%s | 1709622489",
        "%t | 1709622489123",
        "%z | +0000",
        "%c | Tue Mar 5 07%3A08%3A09 2024",
        "100%% | 100%",
        "plain | plain"})
    void rendersFlumeTimeEscapes(String template, String expected) {
        assertThat(render(template, ZoneOffset.UTC, TimeRounding.NONE, record(Map.of()))).isEqualTo(expected);
    }

    @Test
    void rendersInTheConfiguredTimeZone() {
        String rendered = render("%Y-%m-%d %H %z", ZoneId.of("America/New_York"), TimeRounding.NONE, record(Map.of()));
        assertThat(rendered).isEqualTo("2024-03-05 02 -0500");
    }

    @Test
    void roundsDownBeforeFormatting() {
        TimeRounding quarter = TimeRounding.down(15, TimeRounding.Unit.MINUTE);
        assertThat(render("%H:%M:%S", ZoneOffset.UTC, quarter, record(Map.of()))).isEqualTo("07:00:00");
        TimeRounding sixHours = TimeRounding.down(6, TimeRounding.Unit.HOUR);
        assertThat(render("%d %H%M", ZoneOffset.UTC, sixHours, record(Map.of()))).isEqualTo("05 0600");
    }

    @Test
    void rendersHeadersTopicPartitionAndFields() {
        Schema schema = SchemaBuilder.struct().field("user", SchemaBuilder.struct().field("id", Schema.INT32_SCHEMA).build()).build();
        Struct value = new Struct(schema).put("user", new Struct(schema.field("user").schema()).put("id", 42));
        SinkRecord record = new SinkRecord("logs", 3, null, null, schema, value, 7L, TIME, null);
        record.headers().addString("host", "web-1");
        assertThat(render("%[topic]/%[partition]/%{host}/u%[field:user.id]", ZoneOffset.UTC, TimeRounding.NONE, record))
                .isEqualTo("logs/3/web-1/u42");
    }

    @Test
    void missingHeaderOrFieldRendersEmpty() {
        assertThat(render("a-%{nope}-%[field:x]-b", ZoneOffset.UTC, TimeRounding.NONE, record(Map.of()))).isEqualTo("a---b");
    }

    @Test
    void recordValuesNeverAddDirectoryLevels() {
        SinkRecord record = record(Map.of("dir", "x"));
        record.headers().addString("host", "../../etc/passwd");
        assertThat(render("%{host}", ZoneOffset.UTC, TimeRounding.NONE, record)).isEqualTo("%2E.%2F..%2Fetc%2Fpasswd");
    }

    @Test
    void hostEscapesAreSafeConstants() {
        String rendered = render("%[localhost]|%[IP]|%[FQDN]", ZoneOffset.UTC, TimeRounding.NONE, record(Map.of()));
        assertThat(rendered.split("\\|")).hasSize(3).allSatisfy(part -> assertThat(part).isNotEmpty().doesNotContain("/"));
    }

    @Test
    void timeIsReadOnlyWhenTheTemplateNeedsIt() {
        SinkRecord noTime = new SinkRecord("logs", 0, null, null, null, "v", 1L, null, null);
        assertThat(render("%[topic]", ZoneOffset.UTC, TimeRounding.NONE, noTime)).isEqualTo("logs");
        assertThatThrownBy(() -> render("%Y", ZoneOffset.UTC, TimeRounding.NONE, noTime))
                .isInstanceOf(DataException.class).hasMessageContaining("no timestamp");
    }

    @Test
    void knowsWhetherItIsLiteralOrUsesTime() {
        assertThat(PathTemplate.parse("a/b", ZoneOffset.UTC, TimeRounding.NONE).isLiteral()).isTrue();
        assertThat(PathTemplate.parse("a/%{h}", ZoneOffset.UTC, TimeRounding.NONE).usesTime()).isFalse();
        assertThat(PathTemplate.parse("a/%H", ZoneOffset.UTC, TimeRounding.NONE).usesTime()).isTrue();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "%Q | unknown escape '%Q'",
        "abc% | at the end",
        "%{host | not closed",
        "%[topic | not closed",
        "%{} | empty",
        "%[nope] | unknown escape '%[nope]'",
        "%[field:] | unknown escape"})
    void refusesBadTemplatesWithAReason(String template, String reason) {
        assertThatThrownBy(() -> PathTemplate.parse(template, ZoneOffset.UTC, TimeRounding.NONE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(reason);
    }

    private static String render(String template, ZoneId zone, TimeRounding rounding, SinkRecord record) {
        return PathTemplate.parse(template, zone, rounding).render(new RecordTemplateValues(record, RECORD_TIME));
    }

    private static SinkRecord record(Map<String, String> headers) {
        SinkRecord record = new SinkRecord("logs", 0, null, null, null, "v", 1L, TIME, null);
        headers.forEach(record.headers()::addString);
        return record;
    }
}
