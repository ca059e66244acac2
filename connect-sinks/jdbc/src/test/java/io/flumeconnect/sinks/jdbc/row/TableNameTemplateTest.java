package io.flumeconnect.sinks.jdbc.row;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.SchemaBuilder;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.sink.SinkRecord;
import org.junit.jupiter.api.Test;

class TableNameTemplateTest {
    private static SinkRecord record(Schema schema, Object value) {
        SinkRecord record = new SinkRecord("app.logs", 0, null, null, schema, value, 0);
        record.headers().addString("env", "prod");
        return record;
    }

    @Test
    void rendersTopicHeaderAndField() {
        TableNameTemplate template = TableNameTemplate.parse("t", "${topic}_${header.env}_${field.level}");
        assertThat(template.render(record(null, Map.of("level", "warn")))).isEqualTo("app.logs_prod_warn");
        Schema schema = SchemaBuilder.struct().field("level", Schema.STRING_SCHEMA).build();
        assertThat(template.render(record(schema, new Struct(schema).put("level", "info")))).isEqualTo("app.logs_prod_info");
    }

    @Test
    void aMissingFieldOrHeaderIsABadRecord() {
        assertThatThrownBy(() -> TableNameTemplate.parse("t", "${field.level}").render(record(null, Map.of())))
                .isInstanceOf(BadRecordException.class).hasMessageContaining("field 'level'");
        assertThatThrownBy(() -> TableNameTemplate.parse("t", "${header.dc}").render(record(null, Map.of())))
                .isInstanceOf(BadRecordException.class).hasMessageContaining("header 'dc'");
    }

    @Test
    void byteHeadersAreUtf8TextAndOtherValuesAreRefused() {
        TableNameTemplate template = TableNameTemplate.parse("t", "logs_${header.app}");
        SinkRecord bytes = record(null, Map.of());
        bytes.headers().addBytes("app", "web".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        SinkRecord notUtf8 = record(null, Map.of());
        notUtf8.headers().addBytes("app", new byte[] {(byte) 0xC3, (byte) 0x28});
        SinkRecord structured = record(null, Map.of());
        structured.headers().addMap("app", Map.of("a", "b"), SchemaBuilder.map(Schema.STRING_SCHEMA, Schema.STRING_SCHEMA).build());

        assertThat(template.render(bytes)).isEqualTo("logs_web");
        assertThatThrownBy(() -> template.render(notUtf8)).isInstanceOf(BadRecordException.class).hasMessageContaining("not UTF-8");
        assertThatThrownBy(() -> template.render(structured)).isInstanceOf(BadRecordException.class).hasMessageContaining("as text");
        assertThatThrownBy(() -> TableNameTemplate.parse("t", "${field.x}").render(record(null, Map.of("x", java.util.List.of(1)))))
                .isInstanceOf(BadRecordException.class).hasMessageContaining("as text");
    }

    @Test
    void onlyHeadersAndFieldsCountAsRecordData() {
        assertThat(TableNameTemplate.parse("t", "${topic}_x").readsRecordData()).isFalse();
        assertThat(TableNameTemplate.parse("t", "x_${field.a}").readsRecordData()).isTrue();
        assertThat(TableNameTemplate.parse("t", "logs").fixedName()).contains("logs");
        assertThat(TableNameTemplate.parse("t", "${topic}").fixedName()).isEmpty();
    }

    @Test
    void unknownOrUnclosedPlaceholdersAreConfigErrors() {
        assertThatThrownBy(() -> TableNameTemplate.parse("table.name.format", "${offset}"))
                .isInstanceOf(ConfigException.class).hasMessageContaining("table.name.format").hasMessageContaining("${offset}");
        assertThatThrownBy(() -> TableNameTemplate.parse("table.name.format", "logs_${topic"))
                .isInstanceOf(ConfigException.class).hasMessageContaining("unclosed");
    }
}
