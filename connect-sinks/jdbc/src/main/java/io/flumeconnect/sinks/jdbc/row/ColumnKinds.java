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
        if (schema.name() != null) {
            switch (schema.name()) {
                case Decimal.LOGICAL_NAME:
                    return new Column(name, ColumnKind.DECIMAL, decimalScale(schema));
                case Date.LOGICAL_NAME:
                    return Column.of(name, ColumnKind.DATE);
                case Time.LOGICAL_NAME:
                    return Column.of(name, ColumnKind.TIME);
                case Timestamp.LOGICAL_NAME:
                    return Column.of(name, ColumnKind.TIMESTAMP);
                default:
                    break;
            }
        }
        return Column.of(name, switch (schema.type()) {
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
        });
    }

    /** The kind of a schemaless value; null for null, whose type cannot be known. */
    public static Column infer(String name, Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof BigDecimal decimal) {
            return new Column(name, ColumnKind.DECIMAL, Math.max(decimal.scale(), 0));
        }
        return Column.of(name, inferKind(value));
    }

    private static ColumnKind inferKind(Object value) {
        if (value instanceof Byte) {
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

    private static int decimalScale(Schema schema) {
        String scale = schema.parameters() == null ? null : schema.parameters().get(Decimal.SCALE_FIELD);
        return scale == null ? 0 : Integer.parseInt(scale);
    }
}
