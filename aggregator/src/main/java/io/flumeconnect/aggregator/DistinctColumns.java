package io.flumeconnect.aggregator;

import io.flumeconnect.transforms.aggregate.ClosedWindow;
import io.flumeconnect.transforms.aggregate.OutputSchema;
import io.flumeconnect.transforms.support.FieldPath;
import io.flumeconnect.transforms.support.Texts;
import java.util.List;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.connect.data.Field;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.SchemaAndValue;
import org.apache.kafka.connect.data.SchemaBuilder;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.sink.SinkRecord;

/**
 * WindowAggregate's output plus, per distinct field, a column {@code <field>_distinct} (dots become
 * underscores) with the window's estimated count of distinct values.
 */
final class DistinctColumns {
    private final OutputSchema base;
    private final List<FieldPath> fields;
    private final List<String> columns;
    private final Schema valueSchema;

    DistinctColumns(AggregatorConfig config) {
        base = new OutputSchema(config.window);
        fields = config.distinctFields.stream().map(FieldPath::parse).toList();
        columns = config.distinctFields.stream().map(DistinctColumns::columnOf).toList();
        valueSchema = extend(base.valueSchema());
    }

    /** Refuses distinct fields that are no field path or whose column collides with another output field. */
    static void check(AggregatorConfig config) {
        Schema schema = new OutputSchema(config.window).valueSchema();
        for (String field : config.distinctFields) {
            try {
                FieldPath.parse(field);
            } catch (IllegalArgumentException e) {
                throw new ConfigException(AggregatorConfig.DISTINCT_FIELDS_CONFIG, field, e.getMessage());
            }
            if (schema.field(columnOf(field)) != null) {
                throw new ConfigException(AggregatorConfig.DISTINCT_FIELDS_CONFIG, field,
                        "its output field " + columnOf(field) + " collides with another output field");
            }
        }
    }

    /** The record's distinct-field values as text, null where it has none. */
    String[] values(SinkRecord record) {
        String[] values = new String[fields.size()];
        for (int i = 0; i < values.length; i++) {
            Object value = FieldPath.isContainer(record.value()) ? fields.get(i).get(record.value()) : null;
            values[i] = value == null ? null : Texts.of(null, value);
        }
        return values;
    }

    SchemaAndValue key(ClosedWindow window) {
        return base.key(window, true);
    }

    SchemaAndValue value(ClosedWindow window, WindowState state) {
        Struct aggregate = (Struct) base.value(window, true).value();
        Struct value = new Struct(valueSchema);
        for (Field field : aggregate.schema().fields()) {
            value.put(field.name(), aggregate.get(field));
        }
        for (int i = 0; i < columns.size(); i++) {
            value.put(columns.get(i), state.distinct(i));
        }
        return new SchemaAndValue(valueSchema, value);
    }

    private Schema extend(Schema schema) {
        SchemaBuilder builder = SchemaBuilder.struct().name(schema.name());
        schema.fields().forEach(field -> builder.field(field.name(), field.schema()));
        columns.forEach(column -> builder.field(column, Schema.OPTIONAL_INT64_SCHEMA));
        return builder.build();
    }

    private static String columnOf(String path) {
        return path.replace('.', '_') + "_distinct";
    }
}
