package io.flumeconnect.sinks.jdbc;

import io.flumeconnect.sinks.jdbc.row.Row;
import io.flumeconnect.sinks.jdbc.table.TableManager;
import io.flumeconnect.sinks.jdbc.writer.ConnectionProvider;
import io.flumeconnect.sinks.jdbc.writer.JdbcWriter;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The task's one writer thread (a daemon): writes one delivery's rows at a time, in the order they were handed
 * over, while the task thread goes back to Connect for the next delivery. It alone touches the database (the
 * connection, the tables read, the bulk-load buffers), and it reports nothing itself: the records the database
 * refuses come back in the {@link WriteOutcome}, for the task thread to give to Connect's errant record reporter,
 * which is not made to be called from other threads.
 */
final class WriterThread {
    private final ExecutorService thread;
    private final JdbcWriter writer;
    private final ConnectionProvider connections;
    private final TableManager tables;
    private boolean aborted;

    WriterThread(String name, JdbcWriter writer, ConnectionProvider connections, TableManager tables) {
        this.thread = Executors.newSingleThreadExecutor(work -> {
            Thread daemon = new Thread(work, name);
            daemon.setDaemon(true);
            return daemon;
        });
        this.writer = writer;
        this.connections = connections;
        this.tables = tables;
    }

    /** Writes {@code rows} after everything handed over before; the outcome never completes exceptionally but for an Error. */
    CompletableFuture<WriteOutcome> write(List<Row> rows) {
        return CompletableFuture.supplyAsync(() -> writeNow(rows), thread);
    }

    private WriteOutcome writeNow(List<Row> rows) {
        List<WriteOutcome.Refusal> refused = new ArrayList<>();
        try {
            writer.write(rows, (record, reason) -> refused.add(new WriteOutcome.Refusal(record, reason)));
            return new WriteOutcome.Written(refused);
        } catch (SQLException e) {
            connections.reset();
            tables.forget();
            return new WriteOutcome.Failed(refused, e);
        } catch (RuntimeException e) {
            return new WriteOutcome.Fatal(e);
        }
    }

    /** Ends the thread and closes the connection (an aborted one is left to its abort); called when no write is in flight. */
    void close() {
        thread.shutdown();
        if (!aborted) {
            connections.close();
        }
    }

    /** Gives up on a write that does not end: its connection is aborted (it can no longer commit), the thread interrupted. */
    void abort() {
        aborted = true;
        connections.abort();
        thread.shutdownNow();
    }
}
