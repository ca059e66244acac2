package io.flumeconnect.transforms.parse;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.SchemaAndValue;
import org.apache.kafka.connect.data.SchemaBuilder;
import org.apache.kafka.connect.data.Struct;

/**
 * JSON text as Connect values: plain Java values for schemaless records, or a Struct whose schema is inferred
 * from the document (objects become optional structs with their fields in document order, integers INT64,
 * other numbers FLOAT64, arrays an array of their elements' schema).
 */
final class JsonValues {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private JsonValues() {
    }

    static JsonNode read(String text) throws JsonProcessingException {
        return MAPPER.readTree(text);
    }

    /** Maps, lists, String, Long, Double, Boolean or null. */
    static Object plain(JsonNode node) {
        if (node.isObject()) {
            Map<String, Object> map = new LinkedHashMap<>();
            node.properties().forEach(entry -> map.put(entry.getKey(), plain(entry.getValue())));
            return map;
        }
        if (node.isArray()) {
            List<Object> list = new ArrayList<>(node.size());
            node.forEach(element -> list.add(plain(element)));
            return list;
        }
        return scalar(node);
    }

    /** The document with an inferred schema; an array whose elements differ in shape is refused. */
    static SchemaAndValue inferred(JsonNode node) {
        Schema schema = schemaOf(node, "$");
        return new SchemaAndValue(schema, valueOf(node, schema));
    }

    private static Schema schemaOf(JsonNode node, String path) {
        if (node.isObject()) {
            SchemaBuilder struct = SchemaBuilder.struct().optional();
            node.properties().forEach(entry ->
                    struct.field(entry.getKey(), schemaOf(entry.getValue(), path + "." + entry.getKey())));
            return struct.build();
        }
        if (node.isArray()) {
            return SchemaBuilder.array(elementSchema(node, path)).optional().build();
        }
        if (node.isBoolean()) {
            return Schema.OPTIONAL_BOOLEAN_SCHEMA;
        }
        if (node.isIntegralNumber() && node.canConvertToLong()) {
            return Schema.OPTIONAL_INT64_SCHEMA;
        }
        return node.isNumber() ? Schema.OPTIONAL_FLOAT64_SCHEMA : Schema.OPTIONAL_STRING_SCHEMA;
    }

    private static Schema elementSchema(JsonNode array, String path) {
        Schema element = null;
        for (JsonNode item : array) {
            if (item.isNull()) {
                continue;
            }
            Schema schema = schemaOf(item, path + "[]");
            if (element != null && !element.equals(schema)) {
                throw new IllegalArgumentException("the array at " + path + " mixes elements of different shapes, "
                        + "which a schema cannot describe: configure schema.fields or use schemaless records");
            }
            element = schema;
        }
        return element == null ? Schema.OPTIONAL_STRING_SCHEMA : element;
    }

    private static Object valueOf(JsonNode node, Schema schema) {
        if (node.isNull()) {
            return null;
        }
        if (schema.type() == Schema.Type.STRUCT) {
            Struct struct = new Struct(schema);
            schema.fields().forEach(field -> struct.put(field, valueOf(node.get(field.name()), field.schema())));
            return struct;
        }
        if (schema.type() == Schema.Type.ARRAY) {
            List<Object> list = new ArrayList<>(node.size());
            node.forEach(element -> list.add(valueOf(element, schema.valueSchema())));
            return list;
        }
        return scalar(node);
    }

    private static Object scalar(JsonNode node) {
        if (node.isNull()) {
            return null;
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        if (node.isIntegralNumber() && node.canConvertToLong()) {
            return node.longValue();
        }
        if (node.isNumber()) {
            return node.doubleValue();
        }
        return node.isTextual() ? node.textValue() : node.toString();
    }
}
