package io.flumeconnect.sources.http;

import java.util.List;
import java.util.Map;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.connect.data.Field;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.SchemaBuilder;
import org.apache.kafka.connect.data.Struct;

/** The Struct schema of JSON events ({@code value.schema.fields}), and turning a JSON object into a Struct. */
public final class ValueSchema {
    private static final Map<String, Schema> TYPES = Map.of(
            "string", Schema.OPTIONAL_STRING_SCHEMA,
            "boolean", Schema.OPTIONAL_BOOLEAN_SCHEMA,
            "int32", Schema.OPTIONAL_INT32_SCHEMA,
            "int64", Schema.OPTIONAL_INT64_SCHEMA,
            "float64", Schema.OPTIONAL_FLOAT64_SCHEMA);

    private final Schema schema;

    private ValueSchema(Schema schema) {
        this.schema = schema;
    }

    /** @return null when {@code fields} is empty: events stay schemaless maps */
    static ValueSchema parse(List<String> fields) {
        if (fields.isEmpty()) {
            return null;
        }
        SchemaBuilder builder = SchemaBuilder.struct().name("io.flumeconnect.http.Event").optional();
        for (String entry : fields) {
            String[] parts = entry.trim().split(":", 2);
            Schema type = parts.length == 2 ? TYPES.get(parts[1].trim()) : null;
            if (type == null || parts[0].isBlank()) {
                throw new ConfigException(HttpSourceConfig.VALUE_SCHEMA_FIELDS_CONFIG, fields,
                        "'" + entry + "' is not name:type with a type of " + String.join(", ", TYPES.keySet()));
            }
            if (builder.field(parts[0].trim()) != null) {
                throw new ConfigException(HttpSourceConfig.VALUE_SCHEMA_FIELDS_CONFIG, fields,
                        "field '" + parts[0].trim() + "' is listed twice");
            }
            builder.field(parts[0].trim(), type);
        }
        return new ValueSchema(builder.build());
    }

    public Schema schema() {
        return schema;
    }

    /** @throws RequestException 400 naming the event and the field that does not fit */
    public Struct toStruct(Map<String, Object> object, int eventNumber) throws RequestException {
        Struct struct = new Struct(schema);
        for (Map.Entry<String, Object> entry : object.entrySet()) {
            Field field = schema.field(entry.getKey());
            if (field == null) {
                throw RequestException.badRequest("event " + eventNumber + ": field '" + entry.getKey()
                        + "' is not in value.schema.fields");
            }
            struct.put(field, convert(entry.getValue(), field, eventNumber));
        }
        return struct;
    }

    private static Object convert(Object value, Field field, int eventNumber) throws RequestException {
        if (value == null) {
            return null;
        }
        Object converted = switch (field.schema().type()) {
            case STRING -> value instanceof String ? value : null;
            case BOOLEAN -> value instanceof Boolean ? value : null;
            case INT32 -> value instanceof Long n && n == n.intValue() ? n.intValue() : null;
            case INT64 -> value instanceof Long ? value : null;
            case FLOAT64 -> value instanceof Number n ? n.doubleValue() : null;
            default -> null;
        };
        if (converted == null) {
            throw RequestException.badRequest("event " + eventNumber + ": field '" + field.name() + "' is not "
                    + field.schema().type().getName());
        }
        return converted;
    }
}
