package io.flumeconnect.sinks.jdbc;

import io.flumeconnect.common.Version;
import io.flumeconnect.common.metrics.Counter;
import io.flumeconnect.common.metrics.PluginCounters;
import io.flumeconnect.sinks.jdbc.dialect.Dialect;
import io.flumeconnect.sinks.jdbc.row.Row;
import io.flumeconnect.sinks.jdbc.row.RowMapper;
import io.flumeconnect.sinks.jdbc.table.TableManager;
import io.flumeconnect.sinks.jdbc.writer.ConnectionProvider;
import io.flumeconnect.sinks.jdbc.writer.JdbcWriter;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.connect.errors.ConnectException;
import org.apache.kafka.connect.errors.DataException;
import org.apache.kafka.connect.errors.RetriableException;
import org.apache.kafka.connect.sink.SinkRecord;
import org.apache.kafka.connect.sink.SinkTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes each delivery synchronously: records become rows, rows are written in batches, records whose rows the
 * database refuses go to the dead-letter queue. Any other database error (connection, permission, missing table,
 * read-only or full database) sends no record there: it is retried ({@code max.retries}, {@code retry.backoff.ms})
 * by throwing {@link RetriableException}, so Connect redelivers the same records on a new connection (and a
 * dropped table is created again with {@code auto.create}), and then fails the task. Offsets are committed for
 * the original Kafka coordinates of records already written, so they stay right when an SMT renames the topic.
 */
public class JdbcSinkTask extends SinkTask {
    private static final Logger log = LoggerFactory.getLogger(JdbcSinkTask.class);

    private JdbcSinkConfig config;
    private Dialect dialect;
    private PluginCounters counters;
    private Counter rejected;
    private Counter skipped;
    private Counter retries;
    private ConnectionProvider connections;
    private TableManager tables;
    private RowMapper mapper;
    private JdbcWriter writer;
    private DeadLetters deadLetters;
    private int failuresInARow;
    private final WrittenOffsets written = new WrittenOffsets();

    @Override
    public void start(Map<String, String> props) {
        config = new JdbcSinkConfig(props);
        JdbcSinkValidation.ensureValid(config);
        dialect = Dialects.forUrl(config.connectionUrl);
        counters = PluginCounters.of(context,
                Map.of("connector", props.getOrDefault("name", "jdbc-sink"), "task", Integer.toHexString(hashCode())));
        rejected = counters.counter("records-rejected", "Records sent to the dead-letter queue: refused by the database or unmappable.");
        skipped = counters.counter("tombstones-skipped", "Tombstones skipped because delete.enabled is false.");
        retries = counters.counter("retries", "Deliveries retried after a database error that blamed no row.");
        JdbcWriter.WriterCounters writerCounters = new JdbcWriter.WriterCounters(
                counters.counter("records-written", "Rows written (inserted, upserted, updated or deleted)."),
                counters.counter("copy-fallbacks", "Bulk-load batches (COPY, LOAD DATA) the database refused, written again with INSERT."));
        connections = new ConnectionProvider(config.connectionUrl, config.user, config.password, dialect);
        tables = new TableManager(dialect, config.autoCreate, config.autoEvolve);
        mapper = new RowMapper(config.rowMapping(dialect.identifiers()));
        deadLetters = new DeadLetters(context.errantRecordReporter(),
                "all".equalsIgnoreCase(props.get("errors.tolerance")), rejected);
        writer = new JdbcWriter(connections, dialect, tables, config.batchSize, config.copyEnabled,
                deadLetters::reject, writerCounters);
        log.info("JDBC sink task started: {} dialect, insert.mode={}, pk.mode={}", dialect.name(),
                config.insertMode, config.pkMode);
    }

    @Override
    public void put(Collection<SinkRecord> records) {
        if (records.isEmpty()) {
            return;
        }
        List<Row> rows = rows(records);
        try {
            writer.write(rows);
            failuresInARow = 0;
        } catch (SQLException e) {
            failed(e);
        }
        deadLetters.awaitReported();
        written.add(records);
    }

    private List<Row> rows(Collection<SinkRecord> records) {
        List<Row> rows = new ArrayList<>(records.size());
        for (SinkRecord record : records) {
            try {
                Row row = mapper.map(record);
                if (row == null) {
                    skipped.increment();
                } else {
                    rows.add(row);
                }
            } catch (DataException e) {
                deadLetters.reject(record, e);
            }
        }
        return rows;
    }

    /** A database error that blamed no row: retried on a new connection, with the tables read again, then fatal. */
    private void failed(SQLException error) {
        connections.reset();
        tables.forget();
        deadLetters.awaitReported();
        String reason = error.getMessage() + (error.getSQLState() == null ? "" : " (SQLState " + error.getSQLState() + ")");
        if (failuresInARow >= config.maxRetries) {
            throw new ConnectException("gave up after " + config.maxRetries + " retries (max.retries): " + reason, error);
        }
        failuresInARow++;
        retries.increment();
        log.warn("Database error, no record blamed; retry {} of {} in {} ms: {}", failuresInARow, config.maxRetries,
                config.retryBackoffMs, reason);
        context.timeout(config.retryBackoffMs);
        throw new RetriableException(error);
    }

    @Override
    public Map<TopicPartition, OffsetAndMetadata> preCommit(Map<TopicPartition, OffsetAndMetadata> currentOffsets) {
        return written.committable(currentOffsets);
    }

    @Override
    public void close(Collection<TopicPartition> partitions) {
        written.forget(partitions);
    }

    @Override
    public void stop() {
        if (connections != null) {
            connections.close();
        }
        if (counters != null) {
            counters.close();
        }
    }

    @Override
    public String version() {
        return Version.get();
    }
}
