package io.flumeconnect.sinks.jdbc.dialect.mariadb;

import io.flumeconnect.sinks.jdbc.dialect.BulkCopy;
import io.flumeconnect.sinks.jdbc.dialect.BulkCopyRefusedException;
import io.flumeconnect.sinks.jdbc.dialect.BulkRowEncoder;
import io.flumeconnect.sinks.jdbc.row.Column;
import io.flumeconnect.sinks.jdbc.row.ColumnKind;
import io.flumeconnect.sinks.jdbc.row.Row;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.sql.Connection;
import java.sql.SQLDataException;
import java.sql.SQLException;
import java.sql.SQLWarning;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Inserts a batch with {@code LOAD DATA LOCAL INFILE}, the file being the batch itself, encoded in memory and handed
 * to the driver ({@code org.mariadb.jdbc.Statement#setLocalInfileInputStream}): one statement for the whole batch,
 * inside the caller's transaction. {@code LOCAL} makes the server turn what would fail a row (a duplicate key, a
 * value that does not fit) into a warning and go on; a batch that leaves any warning, or loads another number of
 * rows than it holds, is therefore refused here as a whole, so the writer rolls it back and writes it again with
 * INSERT, which rejects exactly the bad rows.
 */
final class MariaDbLoadData implements BulkCopy {
    /**
     * The server's answers when LOCAL INFILE is off: 1148 "The used command is not allowed with this MariaDB
     * version" (MySQL and older MariaDB), 4166 "... has disabled the local infile capability" (MariaDB 10.5+).
     */
    private static final Set<Integer> DISABLED_CODES = Set.of(1148, 4166);

    private final MariaDbDialect dialect;
    private final BulkRowEncoder encoder = new BulkRowEncoder('\t', LoadDataRow::append);
    /** The batch's bytes, reused across the task's batches. */
    private final Batch batch = new Batch();

    MariaDbLoadData(MariaDbDialect dialect) {
        this.dialect = dialect;
    }

    @Override
    public void copy(Connection connection, Row.Shape shape, List<Row> rows) throws SQLException {
        if (!connection.isWrapperFor(org.mariadb.jdbc.Connection.class)) {
            throw new BulkCopyRefusedException("LOAD DATA LOCAL INFILE from memory needs MariaDB Connector/J, the "
                    + "connection is " + connection.getClass().getName(), new SQLException("another driver", "0A000"));
        }
        encoder.encode(shape, rows, (bytes, length) -> batch.write(bytes, 0, length));
        try (org.mariadb.jdbc.Statement statement = connection.createStatement().unwrap(org.mariadb.jdbc.Statement.class)) {
            statement.setLocalInfileInputStream(batch.input());
            int loaded = statement.executeUpdate(statement(shape));
            SQLWarning warning = statement.getWarnings();
            if (warning != null || loaded != rows.size()) {
                throw new SQLDataException("LOAD DATA into " + shape.table() + " loaded " + loaded + " of " + rows.size()
                        + " rows" + (warning == null ? "" : ", first warning: " + warning.getMessage()), "22000");
            }
        } catch (SQLException e) {
            if (DISABLED_CODES.contains(e.getErrorCode()) || isDisabledInDriver(e)) {
                throw new BulkCopyRefusedException("the server or the driver refuses LOAD DATA LOCAL INFILE (set "
                        + "local_infile=ON on the server, allowLocalInfile=true in the URL, or copy.enabled=false): "
                        + e.getMessage(), e);
            }
            throw e;
        } finally {
            batch.reset();
        }
    }

    /** MariaDB Connector/J's own refusal, when the URL sets {@code allowLocalInfile=false}. */
    private static boolean isDisabledInDriver(SQLException e) {
        return e.getMessage() != null && e.getMessage().contains("allowLocalInfile");
    }

    /**
     * The statement with LOAD DATA's default format (tab, newline, backslash escapes; see {@link LoadDataRow}),
     * written without FIELDS and LINES clauses so that no escape in the statement depends on the session's
     * {@code sql_mode}. A bytes column is read into a variable as hex and stored {@code UNHEX}ed.
     */
    String statement(Row.Shape shape) {
        List<String> targets = new ArrayList<>();
        List<String> decoded = new ArrayList<>();
        for (Column column : shape.allColumns()) {
            if (column.kind() == ColumnKind.BYTES) {
                String variable = "@hex" + targets.size();
                targets.add(variable);
                decoded.add(dialect.quote(column.name()) + " = UNHEX(" + variable + ")");
            } else {
                targets.add(dialect.quote(column.name()));
            }
        }
        return "LOAD DATA LOCAL INFILE 'batch' INTO TABLE " + dialect.quote(shape.table()) + " CHARACTER SET utf8mb4 ("
                + String.join(", ", targets) + ")" + (decoded.isEmpty() ? "" : " SET " + String.join(", ", decoded));
    }

    /** The encoded batch, read by the driver from the same array it was written to. */
    private static final class Batch extends ByteArrayOutputStream {
        Batch() {
            super(BulkRowEncoder.CHUNK_CHARS * 4);
        }

        ByteArrayInputStream input() {
            return new ByteArrayInputStream(buf, 0, count);
        }
    }
}
