package io.flumeconnect.sinks.jdbc.writer;

import io.flumeconnect.common.metrics.Counter;
import io.flumeconnect.sinks.jdbc.dialect.BulkCopy;
import io.flumeconnect.sinks.jdbc.dialect.BulkCopyRefusedException;
import io.flumeconnect.sinks.jdbc.dialect.Dialect;
import io.flumeconnect.sinks.jdbc.row.Column;
import io.flumeconnect.sinks.jdbc.row.Operation;
import io.flumeconnect.sinks.jdbc.row.Row;
import io.flumeconnect.sinks.jdbc.row.Row.Shape;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes rows of one shape as one transaction: the dialect's bulk path (PostgreSQL COPY, MariaDB LOAD DATA LOCAL
 * INFILE) when it has one and the rows are plain inserts,
 * otherwise one prepared statement with {@code addBatch}/{@code executeBatch}. A batch the database rejects for
 * a row's values (the dialect's {@link Dialect#isRowError}) is rolled back and split in halves until the bad rows
 * stand alone; each of those is rejected with the database's message and the others are written. Any other error
 * (connection, permission, missing table, read-only or full database) is thrown to the caller: it would refuse
 * every row alike, so no row is rejected for it.
 */
final class BatchWriter {
    private static final Logger log = LoggerFactory.getLogger(BatchWriter.class);

    private final Dialect dialect;
    private Optional<BulkCopy> bulkCopy;
    private final Counter copyFallbacks;

    BatchWriter(Dialect dialect, boolean copyEnabled, Counter copyFallbacks) {
        this.dialect = dialect;
        this.bulkCopy = copyEnabled ? dialect.bulkCopy() : Optional.empty();
        this.copyFallbacks = copyFallbacks;
    }

    /** Writes {@code rows}; returns how many were written (the others went to {@code rejector}). */
    int write(Connection connection, Shape shape, List<Row> rows, RowRejector rejector) throws SQLException {
        if (bulkCopy.isPresent() && shape.operation() == Operation.INSERT) {
            Optional<SQLException> refused = bulkCopy(connection, shape, rows);
            if (refused.isEmpty()) {
                return rows.size();
            }
            copyFallbacks.increment();
            log.debug("Bulk load into {} failed, writing the batch with INSERT: {}", shape.table(),
                    refused.get().getMessage());
        }
        return writeStatements(connection, shape, rows, rejector);
    }

    /** The bulk path; when the database refuses it as such, it is not tried again by this task. */
    private Optional<SQLException> bulkCopy(Connection connection, Shape shape, List<Row> rows) throws SQLException {
        try {
            return commit(connection, () -> bulkCopy.get().copy(connection, shape, rows));
        } catch (BulkCopyRefusedException e) {
            log.warn("Writing with INSERT from now on: {}", e.getMessage());
            bulkCopy = Optional.empty();
            return Optional.of(e);
        }
    }

    private int writeStatements(Connection connection, Shape shape, List<Row> rows, RowRejector rejector)
            throws SQLException {
        Optional<SQLException> refused = commit(connection, () -> executeBatch(connection, shape, rows));
        return refused.isEmpty() ? rows.size() : split(connection, shape, rows, refused.get(), rejector);
    }

    /**
     * Runs {@code work} and commits. When the database refuses, the transaction is rolled back and the error is
     * returned if it blames a row, thrown otherwise.
     */
    private Optional<SQLException> commit(Connection connection, Work work) throws SQLException {
        try {
            work.run();
            connection.commit();
            return Optional.empty();
        } catch (SQLException e) {
            rollback(connection, e);
            if (!dialect.isRowError(e)) {
                throw e;
            }
            return Optional.of(e);
        }
    }

    private int split(Connection connection, Shape shape, List<Row> rows, SQLException error, RowRejector rejector)
            throws SQLException {
        if (rows.size() == 1) {
            rejector.reject(rows.get(0).record(), new RowRejectedException(shape.table(), error));
            return 0;
        }
        int half = rows.size() / 2;
        return writeStatements(connection, shape, rows.subList(0, half), rejector)
                + writeStatements(connection, shape, rows.subList(half, rows.size()), rejector);
    }

    private void executeBatch(Connection connection, Shape shape, List<Row> rows) throws SQLException {
        List<Column> order = dialect.parameterOrder(shape);
        int[] source = sources(shape, order);
        try (PreparedStatement statement = connection.prepareStatement(dialect.statement(shape))) {
            for (Row row : rows) {
                for (int i = 0; i < order.size(); i++) {
                    Object value = source[i] >= 0 ? row.values().get(source[i]) : row.keyValues().get(-source[i] - 1);
                    dialect.bind(statement, i + 1, order.get(i), value);
                }
                statement.addBatch();
            }
            statement.executeBatch();
        }
    }

    /** For each parameter, where its value is in a row: {@code i >= 0} in values, {@code -(i+1)} in key values. */
    private static int[] sources(Shape shape, List<Column> order) {
        int[] source = new int[order.size()];
        for (int i = 0; i < order.size(); i++) {
            int key = shape.keyColumns().indexOf(order.get(i));
            source[i] = key >= 0 ? -(key + 1) : shape.valueColumns().indexOf(order.get(i));
        }
        return source;
    }

    /** Statements of one transaction. */
    @FunctionalInterface
    private interface Work {
        void run() throws SQLException;
    }

    /**
     * Rolls back after {@code cause}. When even that fails the connection's state is unknown: the error is
     * reported as a lost connection, so the task drops the connection and the batch is retried.
     */
    private static void rollback(Connection connection, SQLException cause) throws SQLException {
        try {
            connection.rollback();
        } catch (SQLException e) {
            SQLException lost = new SQLTransientConnectionException("rollback failed (" + e.getMessage()
                    + ") after: " + cause.getMessage(), "08003", e);
            lost.addSuppressed(cause);
            throw lost;
        }
    }
}
