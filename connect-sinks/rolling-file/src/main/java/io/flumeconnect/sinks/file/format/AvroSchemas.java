package io.flumeconnect.sinks.file.format;

import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.avro.JsonProperties;
import org.apache.avro.LogicalTypes;
import org.apache.avro.generic.GenericData;
import org.apache.kafka.connect.data.Date;
import org.apache.kafka.connect.data.Decimal;
import org.apache.kafka.connect.data.Field;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.data.Time;
import org.apache.kafka.connect.data.Timestamp;
import org.apache.kafka.connect.errors.DataException;

/**
 * Connect schemas and values as Avro: structs become records (named after the Connect schema, or after
 * their place in the value), optional types unions with null, Connect's Decimal, Date, Time and Timestamp
 * Avro's logical types. Maps need string keys.
 */
final class AvroSchemas {
    private static final String NAMESPACE = "io.flumeconnect.avro";

    private AvroSchemas() {
    }

    /** The Avro schema of a record value whose Connect schema is {@code schema}. */
    static org.apache.avro.Schema toAvro(Schema schema) {
        return new Converter().convert(schema, "Value");
    }

    /** {@code value} as an Avro datum of {@code avro}, the schema {@link #toAvro} gave for {@code schema}. */
    static Object toDatum(Schema schema, org.apache.avro.Schema avro, Object value) {
        if (value == null) {
            if (!schema.isOptional()) {
                throw new DataException("null in the non-optional " + schema.type() + " " + nameOf(schema));
            }
            return null;
        }
        org.apache.avro.Schema type = schema.isOptional() ? avro.getTypes().get(1) : avro;
        return switch (schema.type()) {
            case INT8 -> ((Byte) value).intValue();
            case INT16 -> ((Short) value).intValue();
            case INT32 -> Date.LOGICAL_NAME.equals(schema.name()) ? Date.fromLogical(schema, (java.util.Date) value)
                    : Time.LOGICAL_NAME.equals(schema.name()) ? Time.fromLogical(schema, (java.util.Date) value) : value;
            case INT64 -> Timestamp.LOGICAL_NAME.equals(schema.name()) ? ((java.util.Date) value).getTime() : value;
            case FLOAT32, FLOAT64, BOOLEAN, STRING -> value;
            case BYTES -> Decimal.LOGICAL_NAME.equals(schema.name())
                    ? ByteBuffer.wrap(Decimal.fromLogical(schema, (BigDecimal) value))
                    : value instanceof byte[] bytes ? ByteBuffer.wrap(bytes) : value;
            case ARRAY -> array(schema, type, (List<?>) value);
            case MAP -> map(schema, type, (Map<?, ?>) value);
            case STRUCT -> record(schema, type, (Struct) value);
        };
    }

    private static Object array(Schema schema, org.apache.avro.Schema avro, List<?> list) {
        List<Object> items = new ArrayList<>(list.size());
        for (Object item : list) {
            items.add(toDatum(schema.valueSchema(), avro.getElementType(), item));
        }
        return new GenericData.Array<>(avro, items);
    }

    private static Object map(Schema schema, org.apache.avro.Schema avro, Map<?, ?> map) {
        Map<String, Object> values = new HashMap<>();
        map.forEach((k, v) -> values.put(String.valueOf(k), toDatum(schema.valueSchema(), avro.getValueType(), v)));
        return values;
    }

    private static Object record(Schema schema, org.apache.avro.Schema avro, Struct struct) {
        if (!struct.schema().equals(schema)) {
            throw new DataException("a struct's schema differs from the schema it is declared with (" + nameOf(schema) + ")");
        }
        GenericData.Record record = new GenericData.Record(avro);
        for (Field field : struct.schema().fields()) {
            record.put(field.name(), toDatum(field.schema(), avro.getField(field.name()).schema(), struct.get(field)));
        }
        return record;
    }

    private static String nameOf(Schema schema) {
        return schema.name() == null ? "value" : schema.name();
    }

    /** Converts one schema; names unnamed records after their path so every record name is unique. */
    private static final class Converter {
        org.apache.avro.Schema convert(Schema schema, String path) {
            org.apache.avro.Schema type = required(schema, path);
            return schema.isOptional()
                    ? org.apache.avro.Schema.createUnion(org.apache.avro.Schema.create(org.apache.avro.Schema.Type.NULL), type)
                    : type;
        }

        private org.apache.avro.Schema required(Schema schema, String path) {
            return switch (schema.type()) {
                case INT8, INT16 -> primitive(org.apache.avro.Schema.Type.INT);
                case INT32 -> Date.LOGICAL_NAME.equals(schema.name())
                        ? LogicalTypes.date().addToSchema(primitive(org.apache.avro.Schema.Type.INT))
                        : Time.LOGICAL_NAME.equals(schema.name())
                        ? LogicalTypes.timeMillis().addToSchema(primitive(org.apache.avro.Schema.Type.INT))
                        : primitive(org.apache.avro.Schema.Type.INT);
                case INT64 -> Timestamp.LOGICAL_NAME.equals(schema.name())
                        ? LogicalTypes.timestampMillis().addToSchema(primitive(org.apache.avro.Schema.Type.LONG))
                        : primitive(org.apache.avro.Schema.Type.LONG);
                case FLOAT32 -> primitive(org.apache.avro.Schema.Type.FLOAT);
                case FLOAT64 -> primitive(org.apache.avro.Schema.Type.DOUBLE);
                case BOOLEAN -> primitive(org.apache.avro.Schema.Type.BOOLEAN);
                case STRING -> primitive(org.apache.avro.Schema.Type.STRING);
                case BYTES -> Decimal.LOGICAL_NAME.equals(schema.name())
                        ? LogicalTypes.decimal(64, Integer.parseInt(schema.parameters().get(Decimal.SCALE_FIELD)))
                                .addToSchema(primitive(org.apache.avro.Schema.Type.BYTES))
                        : primitive(org.apache.avro.Schema.Type.BYTES);
                case ARRAY -> org.apache.avro.Schema.createArray(convert(schema.valueSchema(), path + "_item"));
                case MAP -> map(schema, path);
                case STRUCT -> record(schema, path);
            };
        }

        private org.apache.avro.Schema map(Schema schema, String path) {
            if (schema.keySchema().type() != Schema.Type.STRING) {
                throw new DataException("format=avro writes maps with string keys; " + path + " has "
                        + schema.keySchema().type() + " keys");
            }
            return org.apache.avro.Schema.createMap(convert(schema.valueSchema(), path + "_value"));
        }

        private org.apache.avro.Schema record(Schema schema, String path) {
            String name = schema.name() == null ? path : schema.name().replaceAll("[^A-Za-z0-9_.]", "_");
            List<org.apache.avro.Schema.Field> fields = new ArrayList<>();
            for (Field field : schema.fields()) {
                org.apache.avro.Schema type = convert(field.schema(), path + "_" + field.name());
                Object defaultValue = field.schema().isOptional() ? JsonProperties.NULL_VALUE : null;
                fields.add(new org.apache.avro.Schema.Field(field.name(), type, field.schema().doc(), defaultValue));
            }
            return name.contains(".")
                    ? org.apache.avro.Schema.createRecord(name, schema.doc(), null, false, fields)
                    : org.apache.avro.Schema.createRecord(name, schema.doc(), NAMESPACE, false, fields);
        }

        private static org.apache.avro.Schema primitive(org.apache.avro.Schema.Type type) {
            return org.apache.avro.Schema.create(type);
        }
    }
}
