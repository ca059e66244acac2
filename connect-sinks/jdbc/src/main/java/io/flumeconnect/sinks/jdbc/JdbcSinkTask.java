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
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
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
 * Turns each delivery into rows on the task thread and writes them on the task's {@link WriterThread}, one delivery
 * in flight at most: while the database writes delivery N, Connect polls and converts N+1, and {@code put(N+1)} maps
 * its rows, then waits for N before handing N+1 over. Records whose rows the database refuses go to the dead-letter
 * queue, reported from the task thread. Any other database error (connection, permission, missing table, read-only
 * or full database) sends no record there: the failed delivery is kept and written again before anything newer,
 * answered with {@link RetriableException} after {@code retry.backoff.ms} ({@code max.retries} times, then the task
 * fails), and a dropped table is created again with {@code auto.create}. Offsets are committed only for records whose
 * transactions committed, by their original Kafka coordinates, so they stay right when an SMT renames the topic;
 * {@code preCommit}, {@code close} and {@code stop} wait for the write in flight (at most {@link #WRITE_WAIT}).
 */
public class JdbcSinkTask extends SinkTask {
    private static final Logger log = LoggerFactory.getLogger(JdbcSinkTask.class);

    /**
     * How long preCommit, close and stop wait for the write in flight: far beyond a delivery's write, far below the
     * consumer's max.poll.interval.ms (5 min), within which a rebalance must end.
     */
    static final Duration WRITE_WAIT = Duration.ofSeconds(60);

    private final Duration writeWait;
    private JdbcSinkConfig config;
    private PluginCounters counters;
    private Counter skipped;
    private Counter retries;
    private RowMapper mapper;
    private WriterThread writer;
    private DeadLetters deadLetters;
    private int failuresInARow;
    private final WrittenOffsets written = new WrittenOffsets();
    /** The delivery being written, and its outcome. */
    private InFlight inFlight;
    /** A delivery whose write failed with no row blamed: written again before anything newer. */
    private Delivery held;
    /** The error of {@link #held}, until answered with RetriableException (or, past max.retries, a task failure). */
    private SQLException unanswered;
    /** An error that fails the task at the next put. */
    private ConnectException fatal;

    public JdbcSinkTask() {
        this(WRITE_WAIT);
    }

    /** {@code writeWait}: see {@link #WRITE_WAIT}; shorter in tests. */
    JdbcSinkTask(Duration writeWait) {
        this.writeWait = writeWait;
    }

    @Override
    public void start(Map<String, String> props) {
        config = new JdbcSinkConfig(props);
        JdbcSinkValidation.ensureValid(config);
        Dialect dialect = Dialects.forUrl(config.connectionUrl);
        String connector = props.getOrDefault("name", "jdbc-sink");
        counters = PluginCounters.of(context, Map.of("connector", connector, "task", Integer.toHexString(hashCode())));
        Counter rejected = counters.counter("records-rejected", "Records sent to the dead-letter queue: refused by the database or unmappable.");
        skipped = counters.counter("tombstones-skipped", "Tombstones skipped because delete.enabled is false.");
        retries = counters.counter("retries", "Deliveries retried after a database error that blamed no row.");
        JdbcWriter.WriterCounters writerCounters = new JdbcWriter.WriterCounters(
                counters.counter("records-written", "Rows written (inserted, upserted, updated or deleted)."),
                counters.counter("copy-fallbacks", "Bulk-load batches (COPY, LOAD DATA) the database refused, written again with INSERT."));
        ConnectionProvider connections = new ConnectionProvider(config.connectionUrl, config.user, config.password, dialect);
        TableManager tables = new TableManager(dialect, config.autoCreate, config.autoEvolve);
        mapper = new RowMapper(config.rowMapping(dialect.identifiers()));
        deadLetters = new DeadLetters(context.errantRecordReporter(),
                "all".equalsIgnoreCase(props.get("errors.tolerance")), rejected);
        writer = new WriterThread(writerThreadName(connector), new JdbcWriter(connections, dialect, tables,
                config.batchSize, config.copyEnabled, writerCounters), connections, tables);
        log.info("JDBC sink task started: {} dialect, insert.mode={}, pk.mode={}", dialect.name(),
                config.insertMode, config.pkMode);
    }

    /** Connect runs a task on a thread named task-thread-CONNECTOR-N: its writer takes the same suffix. */
    private String writerThreadName(String connector) {
        String taskThread = Thread.currentThread().getName();
        String prefix = "task-thread-";
        return "jdbc-sink-writer-" + (taskThread.startsWith(prefix) ? taskThread.substring(prefix.length())
                : connector + "-" + Integer.toHexString(hashCode()));
    }

    /**
     * Settles a write that ended (so a failure is answered before any mapping), writes a failed delivery again,
     * maps {@code records} while the write in flight goes on, waits for it, then hands {@code records} over.
     */
    @Override
    public void put(Collection<SinkRecord> records) {
        if (inFlight != null && inFlight.outcome().isDone()) {
            settleInFlight();
        }
        writeHeldAgain();
        if (records.isEmpty()) {
            return;
        }
        Delivery next = new Delivery(records, rows(records));
        settleInFlight();
        answerFailure();
        inFlight = new InFlight(next, writer.write(next.rows()));
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

    /** A delivery whose write failed is written again, synchronously, before anything newer; throws while it fails. */
    private void writeHeldAgain() {
        answerFailure();
        if (held == null) {
            return;
        }
        Delivery retry = held;
        held = null;
        settle(retry, writer.write(retry.rows()).join());
        answerFailure();
    }

    /** Throws what a settled write left to answer: a fatal error, or a failure that blamed no row. */
    private void answerFailure() {
        if (fatal != null) {
            throw fatal;
        }
        if (unanswered != null) {
            SQLException error = unanswered;
            unanswered = null;
            failed(error);
        }
    }

    /** A database error that blamed no row: retried on a new connection, with the tables read again, then fatal. */
    private void failed(SQLException error) {
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

    /** Waits for the write in flight, however long it takes (a synchronous write would take as long), and settles it. */
    private void settleInFlight() {
        if (inFlight != null) {
            InFlight done = inFlight;
            inFlight = null;
            settle(done.delivery(), done.outcome().join());
        }
    }

    /**
     * Books a finished write, on the task thread: its refused records are reported and awaited, then its records
     * count as written; a failed delivery is held for its retry, a fatal error kept for the next put.
     */
    private void settle(Delivery delivery, WriteOutcome outcome) {
        if (outcome instanceof WriteOutcome.Fatal failure) {
            fatal = failure.error() instanceof ConnectException connect ? connect : new ConnectException(failure.error());
            return;
        }
        try {
            outcome.refused().forEach(refusal -> deadLetters.reject(refusal.record(), refusal.reason()));
            deadLetters.awaitReported();
        } catch (ConnectException e) {
            fatal = e;
            return;
        }
        if (outcome instanceof WriteOutcome.Failed failure) {
            held = delivery;
            unanswered = failure.error();
            return;
        }
        failuresInARow = 0;
        written.add(delivery.records());
    }

    /** Settles the write in flight if it ends within {@code wait}; false when it is still running. */
    private boolean settleWithin(Duration wait) {
        if (inFlight == null) {
            return true;
        }
        try {
            inFlight.outcome().get(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (ExecutionException e) {
            throw new ConnectException("the JDBC writer thread failed", e.getCause());
        }
        settleInFlight();
        return true;
    }

    /**
     * Commits what is written. Waits for the write in flight first (bounded): Connect calls this before close() on a
     * rebalance and at stop, and a write finished by then is committed instead of delivered again; a failure it
     * finds is answered at the next put (an exception here would only make Connect rewind the consumer).
     */
    @Override
    public Map<TopicPartition, OffsetAndMetadata> preCommit(Map<TopicPartition, OffsetAndMetadata> currentOffsets) {
        settleWithin(writeWait);
        return written.committable(currentOffsets);
    }

    @Override
    public void close(Collection<TopicPartition> partitions) {
        if (!settleWithin(writeWait)) {
            giveUp();
        }
        if (held != null) {
            held = held.without(partitions);
            if (held.isEmpty()) {
                held = null;
                unanswered = null;
            }
        }
        written.forget(partitions);
    }

    /** A write that does not end: its connection is aborted and the task fails; its records stay uncommitted. */
    private void giveUp() {
        log.warn("The database did not finish writing {} records within {} s: their connection is aborted, they stay "
                + "uncommitted and are delivered again after the task restarts", inFlight.delivery().records().size(),
                writeWait.toSeconds());
        writer.abort();
        inFlight = null;
        fatal = new ConnectException("the database did not finish a write within " + writeWait.toSeconds() + " s");
    }

    @Override
    public void stop() {
        if (writer != null) {
            if (settleWithin(writeWait)) {
                writer.close();
            } else {
                giveUp();
            }
        }
        if (counters != null) {
            counters.close();
        }
    }

    @Override
    public String version() {
        return Version.get();
    }

    /** A delivery being written and the outcome its write will come to. */
    private record InFlight(Delivery delivery, CompletableFuture<WriteOutcome> outcome) {
    }
}
