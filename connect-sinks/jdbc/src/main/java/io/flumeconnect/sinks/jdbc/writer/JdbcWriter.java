package io.flumeconnect.sinks.jdbc.writer;

import io.flumeconnect.common.metrics.Counter;
import io.flumeconnect.sinks.jdbc.dialect.Dialect;
import io.flumeconnect.sinks.jdbc.row.Row;
import io.flumeconnect.sinks.jdbc.table.TableManager;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Groups rows into batches and writes them. Rows are batched per table, across record boundaries, up to
 * {@code batch.size}; a row of another shape (other columns, or a delete among upserts) closes its table's
 * batch first, so the rows of one table reach it in record order.
 */
public final class JdbcWriter {
    private final ConnectionProvider connections;
    private final TableManager tables;
    private final BatchWriter batches;
    private final int batchSize;
    private final Counter written;

    public JdbcWriter(ConnectionProvider connections, Dialect dialect, TableManager tables, int batchSize,
                      boolean copyEnabled, WriterCounters counters) {
        this.connections = connections;
        this.tables = tables;
        this.batches = new BatchWriter(dialect, copyEnabled, counters.copyFallbacks());
        this.batchSize = batchSize;
        this.written = counters.written();
    }

    /**
     * Writes every row or gives it to {@code rejector}; throws the first error that blames no row, after which the
     * caller retries all of them.
     */
    public void write(List<Row> rows, RowRejector rejector) throws SQLException {
        Map<String, List<Row>> pending = new LinkedHashMap<>();
        for (Row row : rows) {
            List<Row> batch = pending.computeIfAbsent(row.table(), table -> new ArrayList<>());
            if (!batch.isEmpty() && !batch.get(0).sameShape(row)) {
                flush(batch, rejector);
            }
            batch.add(row);
            if (batch.size() >= batchSize) {
                flush(batch, rejector);
            }
        }
        for (List<Row> batch : pending.values()) {
            flush(batch, rejector);
        }
    }

    private void flush(List<Row> batch, RowRejector rejector) throws SQLException {
        if (batch.isEmpty()) {
            return;
        }
        Row.Shape shape = batch.get(0).shape();
        Connection connection = connections.get();
        tables.ensure(connection, shape);
        written.add(batches.write(connection, shape, List.copyOf(batch), rejector));
        batch.clear();
    }

    /** The counters the writer bumps. */
    public record WriterCounters(Counter written, Counter copyFallbacks) {
    }
}
