package io.flumeconnect.sinks.jdbc.dialect;

import io.flumeconnect.sinks.jdbc.row.Row;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * Loads rows of one shape in one bulk operation (PostgreSQL {@code COPY FROM STDIN}, MariaDB {@code LOAD DATA LOCAL
 * INFILE}), inside the caller's transaction. Throws {@link BulkCopyRefusedException} when the database refuses the
 * operation itself.
 */
public interface BulkCopy {
    void copy(Connection connection, Row.Shape shape, List<Row> rows) throws SQLException;
}
