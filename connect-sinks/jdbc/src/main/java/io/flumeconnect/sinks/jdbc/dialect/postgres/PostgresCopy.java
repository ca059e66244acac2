package io.flumeconnect.sinks.jdbc.dialect.postgres;

import io.flumeconnect.sinks.jdbc.dialect.BulkCopy;
import io.flumeconnect.sinks.jdbc.dialect.Utf8Out;
import io.flumeconnect.sinks.jdbc.row.Row;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Inserts a batch with {@code COPY ... FROM STDIN (FORMAT csv)}: one round trip for the whole batch. Rows are
 * streamed as CSV; the caller's transaction makes the batch all-or-nothing, and a batch COPY rejects is retried
 * row by row with INSERT by the writer, to find the bad rows.
 */
final class PostgresCopy implements BulkCopy {
    private static final int FLUSH_BYTES = 64 * 1024;

    private final PostgresDialect dialect;
    /** Reused across the task's batches: the CSV of up to {@link #FLUSH_BYTES} characters, and its UTF-8 bytes. */
    private final StringBuilder buffer = new StringBuilder(FLUSH_BYTES * 2);
    private final Utf8Out utf8 = new Utf8Out(FLUSH_BYTES);

    PostgresCopy(PostgresDialect dialect) {
        this.dialect = dialect;
    }

    @Override
    public void copy(Connection connection, Row.Shape shape, List<Row> rows) throws SQLException {
        String sql = "COPY " + dialect.quote(shape.table()) + " (" + dialect.columnList(shape.allColumns())
                + ") FROM STDIN (FORMAT csv)";
        CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(sql);
        try {
            buffer.setLength(0);
            Utf8Out.Sink out = (bytes, length) -> copy.writeToCopy(bytes, 0, length);
            for (Row row : rows) {
                CsvRow.append(buffer, shape.keyColumns(), row.keyValues());
                buffer.append(shape.keyColumns().isEmpty() || shape.valueColumns().isEmpty() ? "" : ",");
                CsvRow.append(buffer, shape.valueColumns(), row.values());
                buffer.append('\n');
                if (buffer.length() >= FLUSH_BYTES) {
                    utf8.write(buffer, out);
                }
            }
            utf8.write(buffer, out);
            copy.endCopy();
        } finally {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
        }
    }
}
