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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.connect.errors.ConnectException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes sure a table has the columns a batch writes: creates a missing table ({@code auto.create}), adds
 * missing columns as nullable and widens a column whose type cannot hold a value ({@code auto.evolve}), and
 * remembers what it saw so the database's metadata is read once per table (again after a change, since another
 * task may have changed the table meanwhile). Names are compared the way the database compares them.
 */
public final class TableManager {
    private static final Logger log = LoggerFactory.getLogger(TableManager.class);

    private final Dialect dialect;
    private final boolean autoCreate;
    private final boolean autoEvolve;
    private final Map<String, TableColumns> tables = new HashMap<>();

    public TableManager(Dialect dialect, boolean autoCreate, boolean autoEvolve) {
        this.dialect = dialect;
        this.autoCreate = autoCreate;
        this.autoEvolve = autoEvolve;
    }

    /** Ensures the table of {@code shape} exists with all its columns; DDL is committed before returning. */
    public void ensure(Connection connection, Shape shape) throws SQLException {
        TableColumns known = tables.get(shape.table());
        if (known != null && known.missing(shape.allColumns()).isEmpty() && tooNarrow(known, shape).isEmpty()) {
            return;
        }
        TableColumns existing = readColumns(connection, shape.table());
        if (!existing.exists()) {
            create(connection, shape);
            existing = readColumns(connection, shape.table());
        }
        List<Column> missing = existing.missing(shape.allColumns());
        if (!missing.isEmpty()) {
            evolve(connection, shape.table(), missing);
            existing = readColumns(connection, shape.table());
        }
        List<Column> narrow = tooNarrow(existing, shape);
        if (!narrow.isEmpty()) {
            widen(connection, shape.table(), narrow);
            existing = readColumns(connection, shape.table());
        }
        tables.put(shape.table(), existing);
    }

    /** Forgets what was read, e.g. after a reconnect or when a write failed in a way a schema change explains. */
    public void forget() {
        tables.clear();
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
            // Two tasks creating one table race even with IF NOT EXISTS (PostgreSQL: duplicate key in
            // pg_type_typname_nsp_index): the loser's error is harmless exactly when the table is there now.
            if (!readColumns(connection, shape.table()).exists()) {
                throw e;
            }
            log.info("Table {} was created by another writer meanwhile ({})", dialect.quote(shape.table()),
                    e.getMessage().lines().findFirst().orElse(""));
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
            if (!readColumns(connection, table).missing(missing).isEmpty()) {
                throw e;
            }
        }
        log.info("Added column(s) {} to table {}", names(missing), dialect.quote(table));
    }

    /**
     * With {@code auto.evolve}, the value columns whose type cannot hold the shape's values ({@link Widening}),
     * under their existing names and with the kind they must take; only where the dialect can change a type.
     */
    private List<Column> tooNarrow(TableColumns columns, Shape shape) {
        if (!autoEvolve) {
            return List.of();
        }
        return shape.valueColumns().stream()
                .flatMap(column -> columns.find(column).flatMap(existing -> Widening.of(existing.jdbcType(), column.kind())
                        .map(kind -> new Column(existing.name(), kind, column.scale()))).stream())
                .filter(column -> dialect.alterColumnType(shape.table(), column).isPresent())
                .toList();
    }

    private void widen(Connection connection, String table, List<Column> columns) throws SQLException {
        List<String> statements = columns.stream()
                .map(column -> dialect.alterColumnType(table, column)).flatMap(Optional::stream).toList();
        try {
            execute(connection, statements);
        } catch (SQLException e) {
            // Another task may have widened it meanwhile.
            TableColumns now = readColumns(connection, table);
            if (columns.stream().anyMatch(column -> now.find(column)
                    .flatMap(existing -> Widening.of(existing.jdbcType(), column.kind())).isPresent())) {
                throw e;
            }
        }
        log.info("Widened column(s) {} of table {} to hold values of another type", names(columns), dialect.quote(table));
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

    /** The table's columns, none when it does not exist. Metadata patterns treat _ and % as wildcards: filter exactly. */
    private TableColumns readColumns(Connection connection, String table) throws SQLException {
        Map<String, TableColumns.Existing> columns = new LinkedHashMap<>();
        DatabaseMetaData metadata = connection.getMetaData();
        try (ResultSet rs = metadata.getColumns(connection.getCatalog(), connection.getSchema(), table, null)) {
            while (rs.next()) {
                if (table.equals(rs.getString("TABLE_NAME"))) {
                    String name = rs.getString("COLUMN_NAME");
                    columns.put(dialect.identifiers().key(name), new TableColumns.Existing(name, rs.getInt("DATA_TYPE")));
                }
            }
        }
        connection.commit();
        return new TableColumns(dialect.identifiers(), columns);
    }

    private static List<String> names(List<Column> columns) {
        return columns.stream().map(Column::name).toList();
    }
}
