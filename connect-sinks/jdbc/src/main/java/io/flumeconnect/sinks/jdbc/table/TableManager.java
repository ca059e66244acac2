package io.flumeconnect.sinks.jdbc.table;

import io.flumeconnect.sinks.jdbc.dialect.Dialect;
import io.flumeconnect.sinks.jdbc.row.Column;
import io.flumeconnect.sinks.jdbc.row.Operation;
import io.flumeconnect.sinks.jdbc.row.Row.Shape;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.connect.errors.ConnectException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes sure a table has the columns a batch writes: creates a missing table ({@code auto.create}), adds
 * missing columns as nullable ({@code auto.evolve}), and remembers what it saw so the database's metadata is
 * read once per table (again after an evolution, since another task may have changed the table meanwhile).
 */
public final class TableManager {
    private static final Logger log = LoggerFactory.getLogger(TableManager.class);

    private final Dialect dialect;
    private final boolean autoCreate;
    private final boolean autoEvolve;
    private final Map<String, Set<String>> columnsByTable = new HashMap<>();

    public TableManager(Dialect dialect, boolean autoCreate, boolean autoEvolve) {
        this.dialect = dialect;
        this.autoCreate = autoCreate;
        this.autoEvolve = autoEvolve;
    }

    /** Ensures the table of {@code shape} exists with all its columns; DDL is committed before returning. */
    public void ensure(Connection connection, Shape shape) throws SQLException {
        Set<String> known = columnsByTable.get(shape.table());
        if (known != null && names(shape.allColumns()).stream().allMatch(known::contains)) {
            return;
        }
        Set<String> existing = readColumns(connection, shape.table());
        if (existing.isEmpty()) {
            create(connection, shape);
            existing = readColumns(connection, shape.table());
        }
        Set<String> present = existing;
        List<Column> missing = shape.allColumns().stream().filter(c -> !present.contains(c.name())).toList();
        if (!missing.isEmpty()) {
            evolve(connection, shape.table(), missing);
            existing = readColumns(connection, shape.table());
        }
        columnsByTable.put(shape.table(), existing);
    }

    /** Forgets what was read, e.g. after a reconnect or when a write failed in a way a schema change explains. */
    public void forget() {
        columnsByTable.clear();
    }

    private void create(Connection connection, Shape shape) throws SQLException {
        if (!autoCreate) {
            throw new ConnectException("table " + dialect.quote(shape.table()) + " does not exist and auto.create is false");
        }
        if (shape.operation() != Operation.INSERT
                && shape.operation() != Operation.UPSERT) {
            throw new ConnectException("table " + dialect.quote(shape.table()) + " does not exist; it is created only "
                    + "by an insert or upsert, not by an update or delete");
        }
        try {
            execute(connection, List.of(dialect.createTable(shape.table(), shape.keyColumns(), shape.valueColumns())));
        } catch (SQLException e) {
            // Another task may have created it meanwhile (dialects without IF NOT EXISTS).
            if (readColumns(connection, shape.table()).isEmpty()) {
                throw e;
            }
            return;
        }
        log.info("Created table {} with {} column(s)", dialect.quote(shape.table()), shape.allColumns().size());
    }

    private void evolve(Connection connection, String table, List<Column> missing) throws SQLException {
        if (!autoEvolve) {
            throw new ConnectException("table " + dialect.quote(table) + " lacks column(s) " + names(missing)
                    + " and auto.evolve is false");
        }
        try {
            execute(connection, dialect.addColumns(table, missing));
        } catch (SQLException e) {
            // Another task may have added the same column meanwhile; what counts is whether it is there now.
            Set<String> now = readColumns(connection, table);
            if (!now.containsAll(names(missing))) {
                throw e;
            }
        }
        log.info("Added column(s) {} to table {}", names(missing), dialect.quote(table));
    }

    private static void execute(Connection connection, List<String> statements) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.executeUpdate(sql);
            }
            connection.commit();
        } catch (SQLException e) {
            connection.rollback();
            throw e;
        }
    }

    /** The table's column names, empty when it does not exist. Metadata patterns treat _ and % as wildcards: filter exactly. */
    private static Set<String> readColumns(Connection connection, String table) throws SQLException {
        Set<String> columns = new HashSet<>();
        DatabaseMetaData metadata = connection.getMetaData();
        try (ResultSet rs = metadata.getColumns(connection.getCatalog(), connection.getSchema(), table, null)) {
            while (rs.next()) {
                if (table.equals(rs.getString("TABLE_NAME"))) {
                    columns.add(rs.getString("COLUMN_NAME"));
                }
            }
        }
        connection.commit();
        return columns;
    }

    private static Set<String> names(List<Column> columns) {
        Set<String> names = new LinkedHashSet<>();
        columns.forEach(c -> names.add(c.name()));
        return names;
    }
}
