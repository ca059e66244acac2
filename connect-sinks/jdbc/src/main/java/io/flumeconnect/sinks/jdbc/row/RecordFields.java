package io.flumeconnect.sinks.jdbc.row;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.kafka.connect.data.Field;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.header.Header;
import org.apache.kafka.connect.sink.SinkRecord;

/**
 * The fields of one record's struct or map value, in order, then the configured headers it has: each with its
 * column kind and raw value, as {@link RowMapper} turns them into columns (a map entry or header holding null is
 * left out, its type being unknown). One instance per mapper, refilled record after record, so reading a record
 * allocates nothing.
 */
final class RecordFields {
    private String[] names = new String[16];
    private ColumnKind[] kinds = new ColumnKind[16];
    private int[] scales = new int[16];
    private Object[] values = new Object[16];
    private int size;

    /** Reads {@code record}'s value fields and {@code headerColumns}; false when its value is neither a struct nor a map. */
    boolean read(SinkRecord record, List<String> headerColumns) {
        size = 0;
        Object value = record.value();
        if (value instanceof Struct struct) {
            for (Field field : struct.schema().fields()) {
                add(field.name(), ColumnKinds.kindOf(field.schema()), ColumnKinds.scaleOf(field.schema()), struct.get(field));
            }
        } else if (value instanceof Map<?, ?> map) {
            map.forEach((name, item) -> addInferred(String.valueOf(name), item));
        } else {
            return false;
        }
        for (String name : headerColumns) {
            Header header = record.headers().lastWithName(name);
            if (header == null || header.value() == null) {
                continue;
            }
            if (header.schema() != null) {
                add(name, ColumnKinds.kindOf(header.schema()), ColumnKinds.scaleOf(header.schema()), header.value());
            } else {
                addInferred(name, header.value());
            }
        }
        return true;
    }

    private void addInferred(String name, Object value) {
        if (value != null) {
            add(name, ColumnKinds.inferredKind(value), ColumnKinds.inferredScale(value), value);
        }
    }

    private void add(String name, ColumnKind kind, int scale, Object value) {
        if (size == names.length) {
            names = Arrays.copyOf(names, size * 2);
            kinds = Arrays.copyOf(kinds, size * 2);
            scales = Arrays.copyOf(scales, size * 2);
            values = Arrays.copyOf(values, size * 2);
        }
        names[size] = name;
        kinds[size] = kind;
        scales[size] = scale;
        values[size] = value;
        size++;
    }

    int size() {
        return size;
    }

    String name(int i) {
        return names[i];
    }

    Column column(int i) {
        return new Column(names[i], kinds[i], scales[i]);
    }

    Object value(int i) {
        return values[i];
    }

    /** Whether field {@code i} has the name and column kind of {@code column}. */
    boolean sameAs(int i, Column column) {
        return kinds[i] == column.kind() && scales[i] == column.scale() && names[i].equals(column.name());
    }
}
