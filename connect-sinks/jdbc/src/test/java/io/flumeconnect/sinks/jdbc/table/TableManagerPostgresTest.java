package io.flumeconnect.sinks.jdbc.table;

import static org.assertj.core.api.Assertions.assertThat;

import io.flumeconnect.sinks.jdbc.Dialects;
import io.flumeconnect.sinks.jdbc.LogCapture;
import io.flumeconnect.sinks.jdbc.dialect.Dialect;
import io.flumeconnect.sinks.jdbc.row.Column;
import io.flumeconnect.sinks.jdbc.row.ColumnKind;
import io.flumeconnect.sinks.jdbc.row.Operation;
import io.flumeconnect.sinks.jdbc.row.Row.Shape;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two tasks creating and evolving the same tables at the same moment on a real PostgreSQL, where
 * {@code CREATE TABLE IF NOT EXISTS} and {@code ADD COLUMN IF NOT EXISTS} still race (duplicate key in
 * {@code pg_type_typname_nsp_index} / {@code pg_attribute_relid_attnam_index}): both must go on.
 */
class TableManagerPostgresTest {
    private static final int TABLES = 20;
    private static EmbeddedPostgres postgres;

    @BeforeAll
    static void start() throws IOException {
        postgres = EmbeddedPostgres.start();
    }

    @AfterAll
    static void stop() throws IOException {
        postgres.close();
    }

    @Test
    void twoWritersCreatingAndEvolvingOneTableAtOnceBothGoOn() throws Exception {
        Dialect dialect = Dialects.forUrl("jdbc:postgresql://localhost/postgres");
        CyclicBarrier together = new CyclicBarrier(2);
        ExecutorService writers = Executors.newFixedThreadPool(2);
        List<String> lines;
        try (LogCapture logs = new LogCapture()) {
            List<Future<Void>> done = new ArrayList<>();
            for (int writer = 0; writer < 2; writer++) {
                done.add(writers.submit(racer(dialect, together)));
            }
            for (Future<Void> writer : done) {
                writer.get(120, TimeUnit.SECONDS);
            }
            lines = logs.lines();
        } finally {
            writers.shutdownNow();
        }

        for (int i = 0; i < TABLES; i++) {
            assertThat(columns("race_" + i)).containsExactly("id", "msg", "extra");
        }
        assertThat(lines).as("the writers raced at least once").anyMatch(line -> line.contains("created by another writer meanwhile")
                && line.contains("pg_type_typname_nsp_index"));
    }

    private static Callable<Void> racer(Dialect dialect, CyclicBarrier together) {
        return () -> {
            TableManager tables = new TableManager(dialect, true, true);
            try (Connection connection = postgres.getPostgresDatabase().getConnection()) {
                connection.setAutoCommit(false);
                for (int i = 0; i < TABLES; i++) {
                    together.await(30, TimeUnit.SECONDS);
                    tables.ensure(connection, shape("race_" + i, "msg"));
                    together.await(30, TimeUnit.SECONDS);
                    tables.ensure(connection, shape("race_" + i, "msg", "extra"));
                }
            }
            return null;
        };
    }

    private static Shape shape(String table, String... columns) {
        List<Column> values = new ArrayList<>();
        for (String column : columns) {
            values.add(Column.of(column, ColumnKind.STRING));
        }
        return new Shape(table, Operation.UPSERT, List.of(Column.of("id", ColumnKind.INT64)), values);
    }

    private static List<String> columns(String table) throws SQLException {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT column_name FROM information_schema.columns WHERE table_name = '"
                     + table + "' ORDER BY ordinal_position")) {
            List<String> names = new ArrayList<>();
            while (rs.next()) {
                names.add(rs.getString(1));
            }
            return names;
        }
    }
}
