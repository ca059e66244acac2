package io.flumeconnect.sinks.jdbc.dialect.postgres;

import io.flumeconnect.sinks.jdbc.dialect.BulkCopy;
import io.flumeconnect.sinks.jdbc.dialect.BulkRowEncoder;
import io.flumeconnect.sinks.jdbc.row.Row;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Inserts a batch with {@code COPY ... FROM STDIN (FORMAT csv)}: one round trip for the whole batch. Rows are
 * streamed as CSV in chunks of 64 KiB; the caller's transaction makes the batch all-or-nothing, and a batch COPY rejects is retried
 * row by row with INSERT by the writer, to find the bad rows.
 */
final class PostgresCopy implements BulkCopy {
    private final PostgresDialect dialect;
    private final BulkRowEncoder encoder = new BulkRowEncoder(',', CsvRow::append);

    PostgresCopy(PostgresDialect dialect) {
        this.dialect = dialect;
    }

    @Override
    public void copy(Connection connection, Row.Shape shape, List<Row> rows) throws SQLException {
        String sql = "COPY " + dialect.quote(shape.table()) + " (" + dialect.columnList(shape.allColumns())
                + ") FROM STDIN (FORMAT csv)";
        CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(sql);
        try {
            encoder.encode(shape, rows, (bytes, length) -> copy.writeToCopy(bytes, 0, length));
            copy.endCopy();
        } finally {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
        }
    }
}
