package io.flumeconnect.sinks.jdbc.dialect;

import io.flumeconnect.sinks.jdbc.row.Row;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/** Loads rows of one shape in one bulk operation (PostgreSQL {@code COPY FROM STDIN}), inside the caller's transaction. */
public interface BulkCopy {
    void copy(Connection connection, Row.Shape shape, List<Row> rows) throws SQLException;
}
