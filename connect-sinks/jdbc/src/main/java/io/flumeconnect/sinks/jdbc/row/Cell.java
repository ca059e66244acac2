package io.flumeconnect.sinks.jdbc.row;

import java.nio.ByteBuffer;

/** A column and the value a row writes to it, normalised for binding (JSON as text, bytes as an array). */
record Cell(Column column, Object value) {
    static Cell of(Column column, Object raw) {
        Object value = raw;
        if (raw != null && column.kind() == ColumnKind.JSON && !(raw instanceof String)) {
            value = JsonText.of(raw);
        } else if (raw instanceof ByteBuffer buffer) {
            value = JsonText.bytes(buffer);
        }
        return new Cell(column, value);
    }
}
