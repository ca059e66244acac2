package io.flumeconnect.sinks.jdbc.row;

import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.Map;
import org.apache.kafka.connect.data.Date;
import org.apache.kafka.connect.data.Decimal;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.data.Time;
import org.apache.kafka.connect.data.Timestamp;

/** The column kind of a Connect schema, or of a schemaless value by its Java type. */
public final class ColumnKinds {
    private ColumnKinds() {
    }

    public static Column fromSchema(String name, Schema schema) {
        return new Column(name, kindOf(schema), scaleOf(schema));
    }

    /** The kind of a schemaless value; null for null, whose type cannot be known. */
    public static Column infer(String name, Object value) {
        return value == null ? null : new Column(name, inferredKind(value), inferredScale(value));
    }

    static ColumnKind kindOf(Schema schema) {
        if (schema.name() != null) {
            switch (schema.name()) {
                case Decimal.LOGICAL_NAME:
                    return ColumnKind.DECIMAL;
                case Date.LOGICAL_NAME:
                    return ColumnKind.DATE;
                case Time.LOGICAL_NAME:
                    return ColumnKind.TIME;
                case Timestamp.LOGICAL_NAME:
                    return ColumnKind.TIMESTAMP;
                default:
                    break;
            }
        }
        return switch (schema.type()) {
            case INT8 -> ColumnKind.INT8;
            case INT16 -> ColumnKind.INT16;
            case INT32 -> ColumnKind.INT32;
            case INT64 -> ColumnKind.INT64;
            case FLOAT32 -> ColumnKind.FLOAT32;
            case FLOAT64 -> ColumnKind.FLOAT64;
            case BOOLEAN -> ColumnKind.BOOLEAN;
            case STRING -> ColumnKind.STRING;
            case BYTES -> ColumnKind.BYTES;
            case STRUCT, MAP, ARRAY -> ColumnKind.JSON;
        };
    }

    /** The scale of a {@code Decimal} schema; 0 for any other. */
    static int scaleOf(Schema schema) {
        if (!Decimal.LOGICAL_NAME.equals(schema.name()) || schema.parameters() == null) {
            return 0;
        }
        String scale = schema.parameters().get(Decimal.SCALE_FIELD);
        return scale == null ? 0 : Integer.parseInt(scale);
    }

    /** The kind of a non-null schemaless value, by its Java type (text first: most fields of logs are). */
    static ColumnKind inferredKind(Object value) {
        if (value instanceof String) {
            return ColumnKind.STRING;
        } else if (value instanceof BigDecimal) {
            return ColumnKind.DECIMAL;
        } else if (value instanceof Byte) {
            return ColumnKind.INT8;
        } else if (value instanceof Short) {
            return ColumnKind.INT16;
        } else if (value instanceof Integer) {
            return ColumnKind.INT32;
        } else if (value instanceof Long) {
            return ColumnKind.INT64;
        } else if (value instanceof Float) {
            return ColumnKind.FLOAT32;
        } else if (value instanceof Double) {
            return ColumnKind.FLOAT64;
        } else if (value instanceof Boolean) {
            return ColumnKind.BOOLEAN;
        } else if (value instanceof byte[] || value instanceof ByteBuffer) {
            return ColumnKind.BYTES;
        } else if (value instanceof java.util.Date) {
            return ColumnKind.TIMESTAMP;
        } else if (value instanceof Map || value instanceof List || value instanceof Struct) {
            return ColumnKind.JSON;
        }
        return ColumnKind.STRING;
    }

    /** The scale of a schemaless {@code BigDecimal}; 0 for any other value. */
    static int inferredScale(Object value) {
        return value instanceof BigDecimal decimal ? Math.max(decimal.scale(), 0) : 0;
    }
}
