package io.flumeconnect.launcher.crash;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * What a JDBC sink wrote into a table of a SQLite file that a worker process writes: read on a fresh connection
 * each time (short read transactions, so the writers are not held up), with {@code pk.mode=kafka}'s coordinate
 * columns. A failed read (the table not created yet, the file locked) is an {@link IOException}: "not yet" for
 * {@link Await}.
 */
final class SqliteRows {
    private final String url;
    private final String table;

    SqliteRows(Path file, String table) {
        this.url = "jdbc:sqlite:" + file;
        this.table = '"' + table + '"';
    }

    long count() throws IOException {
        return query("SELECT COUNT(*) FROM " + table, rows -> rows.getLong(1)).get(0);
    }

    /** The {@code column} of every row. */
    Tally values(String column, String prefix) throws IOException {
        Tally tally = new Tally(prefix);
        query("SELECT \"" + column + "\" FROM " + table, rows -> rows.getString(1)).forEach(tally::add);
        return tally;
    }

    /** The rows of one partition of the Kafka coordinates. */
    record Partition(int partition, long rows, long firstOffset, long lastOffset) {
        /** Its offsets are 0..N-1, each once: a partition written from its start, none missing, none twice. */
        boolean complete() {
            return firstOffset == 0 && lastOffset == rows - 1;
        }
    }

    List<Partition> partitions() throws IOException {
        return query("SELECT __connect_partition, COUNT(*), MIN(__connect_offset), MAX(__connect_offset) FROM " + table
                + " GROUP BY __connect_partition ORDER BY __connect_partition",
                rows -> new Partition(rows.getInt(1), rows.getLong(2), rows.getLong(3), rows.getLong(4)));
    }

    /** Rows sharing their Kafka coordinates with another row (none while the primary key holds). */
    long duplicateCoordinates() throws IOException {
        return query("SELECT COUNT(*) - (SELECT COUNT(*) FROM (SELECT DISTINCT __connect_topic, __connect_partition, "
                + "__connect_offset FROM " + table + ")) FROM " + table, rows -> rows.getLong(1)).get(0);
    }

    @FunctionalInterface
    private interface RowReader<T> {
        T read(ResultSet rows) throws SQLException;
    }

    private <T> List<T> query(String sql, RowReader<T> reader) throws IOException {
        try (Connection connection = DriverManager.getConnection(url);
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            List<T> values = new ArrayList<>();
            while (rows.next()) {
                values.add(reader.read(rows));
            }
            return values;
        } catch (SQLException e) {
            throw new IOException(url + ": " + e.getMessage(), e);
        }
    }
}
