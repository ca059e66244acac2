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
    void unknownOrUnclosedPlaceholdersAreConfigErrors() {
        assertThatThrownBy(() -> TableNameTemplate.parse("table.name.format", "${offset}"))
                .isInstanceOf(ConfigException.class).hasMessageContaining("table.name.format").hasMessageContaining("${offset}");
        assertThatThrownBy(() -> TableNameTemplate.parse("table.name.format", "logs_${topic"))
                .isInstanceOf(ConfigException.class).hasMessageContaining("unclosed");
    }
}
