package io.flumeconnect.sinks.jdbc.dialect;

import io.flumeconnect.sinks.jdbc.row.Column;
import io.flumeconnect.sinks.jdbc.row.Row;
import java.sql.SQLException;
import java.util.List;

/**
 * A batch as the text a bulk load reads (one line per row, the key columns first), sent as UTF-8 in chunks of
 * about {@link #CHUNK_CHARS} characters. One per task: the text buffer and the byte array are reused across batches.
 */
public final class BulkRowEncoder {
    public static final int CHUNK_CHARS = 64 * 1024;

    private final StringBuilder buffer = new StringBuilder(CHUNK_CHARS * 2);
    private final Utf8Out utf8 = new Utf8Out(CHUNK_CHARS);
    private final char fieldSeparator;
    private final Fields fields;

    /** {@code fields} writes the fields of some columns of a row, separated by {@code fieldSeparator}. */
    public BulkRowEncoder(char fieldSeparator, Fields fields) {
        this.fieldSeparator = fieldSeparator;
        this.fields = fields;
    }

    public void encode(Row.Shape shape, List<Row> rows, Utf8Out.Sink sink) throws SQLException {
        buffer.setLength(0);
        boolean bothParts = !shape.keyColumns().isEmpty() && !shape.valueColumns().isEmpty();
        for (Row row : rows) {
            fields.append(buffer, shape.keyColumns(), row.keyValues());
            if (bothParts) {
                buffer.append(fieldSeparator);
            }
            fields.append(buffer, shape.valueColumns(), row.values());
            buffer.append('\n');
            if (buffer.length() >= CHUNK_CHARS) {
                utf8.write(buffer, sink);
            }
        }
        utf8.write(buffer, sink);
    }

    /** The format of one bulk load: {@code values} of {@code columns} appended to {@code out}. */
    @FunctionalInterface
    public interface Fields {
        void append(StringBuilder out, List<Column> columns, List<Object> values);
    }
}
