package io.flumeconnect.sinks.jdbc.row;

import java.nio.ByteBuffer;

/** A column and the value a row writes to it, normalised for binding (JSON as text, bytes as an array). */
record Cell(Column column, Object value) {
    static Cell of(Column column, Object raw) {
        return new Cell(column, normalised(column.kind(), raw));
    }

    /** {@code raw} as a column of {@code kind} is bound: structs, maps and lists as JSON text, a buffer's bytes as an array. */
    static Object normalised(ColumnKind kind, Object raw) {
        if (raw != null && kind == ColumnKind.JSON && !(raw instanceof String)) {
            return JsonText.of(raw);
        } else if (raw instanceof ByteBuffer buffer) {
            return JsonText.bytes(buffer);
        }
        return raw;
    }
}
