package io.flumeconnect.transforms.parse;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.SchemaBuilder;
import org.apache.kafka.connect.data.Struct;

/**
 * A configured flat schema, {@code name:type} pairs such as {@code level:string,status:int32,took:float64}:
 * the fields of a JSON object converted to those types; fields not listed are left out, a nested object or
 * array listed as {@code string} keeps its JSON text.
 */
final class FieldTypes implements ConfigDef.Validator {
    private static final Map<String, Schema> TYPES = Map.of(
            "string", Schema.OPTIONAL_STRING_SCHEMA,
            "boolean", Schema.OPTIONAL_BOOLEAN_SCHEMA,
            "int32", Schema.OPTIONAL_INT32_SCHEMA,
            "int64", Schema.OPTIONAL_INT64_SCHEMA,
            "float32", Schema.OPTIONAL_FLOAT32_SCHEMA,
            "float64", Schema.OPTIONAL_FLOAT64_SCHEMA);

    @Override
    public void ensureValid(String name, Object value) {
        if (value instanceof List<?> entries) {
            schema(name, entries);
        }
    }

    /** The struct schema the entries describe, or {@code null} for none. */
    static Schema schema(String name, List<?> entries) {
        if (entries.isEmpty()) {
            return null;
        }
        Map<String, Schema> fields = new LinkedHashMap<>();
        for (Object entry : entries) {
            String text = String.valueOf(entry).trim();
            int colon = text.lastIndexOf(':');
            Schema type = colon < 1 ? null : TYPES.get(text.substring(colon + 1).toLowerCase(Locale.ROOT));
            if (type == null) {
                throw new ConfigException(name, entries, "entry '" + text + "' is not name:type with a type among "
                        + TYPES.keySet().stream().sorted().toList());
            }
            if (fields.put(text.substring(0, colon), type) != null) {
                throw new ConfigException(name, entries, "field '" + text.substring(0, colon) + "' is listed twice");
            }
        }
        SchemaBuilder struct = SchemaBuilder.struct().optional();
        fields.forEach(struct::field);
        return struct.build();
    }

    /** {@code object}'s fields converted to {@code schema}; a value of the wrong kind is refused by name. */
    static Struct convert(JsonNode object, Schema schema) {
        if (!object.isObject()) {
            throw new IllegalArgumentException("the document is a JSON " + object.getNodeType().name().toLowerCase(
                    Locale.ROOT) + ", not an object, and schema.fields describes an object");
        }
        Struct struct = new Struct(schema);
        schema.fields().forEach(field -> struct.put(field, convert(field.name(), object.get(field.name()), field.schema())));
        return struct;
    }

    private static Object convert(String field, JsonNode node, Schema schema) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (schema.type() == Schema.Type.STRING) {
            return node.isTextual() ? node.textValue() : node.toString();
        }
        try {
            return switch (schema.type()) {
                case BOOLEAN -> bool(node);
                case INT32 -> Math.toIntExact(integral(node));
                case INT64 -> integral(node);
                case FLOAT32 -> (float) decimal(node);
                default -> decimal(node);
            };
        } catch (IllegalArgumentException | ArithmeticException e) {
            throw new IllegalArgumentException("field '" + field + "' is " + node + ", not "
                    + schema.type().getName(), e);
        }
    }

    private static boolean bool(JsonNode node) {
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        String text = node.asText();
        if (text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false")) {
            return Boolean.parseBoolean(text);
        }
        throw new IllegalArgumentException("not a boolean");
    }

    private static long integral(JsonNode node) {
        if (node.isIntegralNumber() && node.canConvertToLong()) {
            return node.longValue();
        }
        if (node.isTextual()) {
            return Long.parseLong(node.textValue().trim());
        }
        throw new IllegalArgumentException("not an integer");
    }

    private static double decimal(JsonNode node) {
        if (node.isNumber()) {
            return node.doubleValue();
        }
        if (node.isTextual()) {
            return Double.parseDouble(node.textValue().trim());
        }
        throw new IllegalArgumentException("not a number");
    }

    @Override
    public String toString() {
        return "a list of name:type, type one of " + TYPES.keySet().stream().sorted().toList()
                + "; empty infers the schema from each document";
    }
}
