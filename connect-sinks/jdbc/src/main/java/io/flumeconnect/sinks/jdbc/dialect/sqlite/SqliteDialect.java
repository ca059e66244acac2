package io.flumeconnect.sinks.jdbc.dialect.sqlite;

import io.flumeconnect.sinks.jdbc.dialect.Dialect;
import io.flumeconnect.sinks.jdbc.identifier.IdentifierRules;
import io.flumeconnect.sinks.jdbc.row.Column;
import io.flumeconnect.sinks.jdbc.row.Row.Shape;
import java.sql.SQLException;
import java.util.Properties;
import java.util.Set;

/**
 * SQLite: type affinities (INTEGER, REAL, TEXT, BLOB, NUMERIC), dates and times as ISO-8601 text, column names
 * compared ignoring case, {@code INSERT ... ON CONFLICT DO UPDATE}. SQLite reports result codes, not SQLStates.
 */
public class SqliteDialect extends Dialect {
    private static final IdentifierRules IDENTIFIERS = new IdentifierRules(0, 0, true, false, true);
    /** SQLITE_TOOBIG, SQLITE_CONSTRAINT, SQLITE_MISMATCH: the row's fault; SQLITE_READONLY, _FULL, _ERROR (no such table) are not. */
    private static final Set<Integer> ROW_CODES = Set.of(18, 19, 20);

    public SqliteDialect() {
        super(new SqliteValueBinder());
    }

    @Override
    public String name() {
        return "sqlite";
    }

    @Override
    public IdentifierRules identifiers() {
        return IDENTIFIERS;
    }

    @Override
    protected String typeOf(Column column, boolean key) {
        return switch (column.kind()) {
            case INT8, INT16, INT32, INT64, BOOLEAN -> "INTEGER";
            case FLOAT32, FLOAT64 -> "REAL";
            case BYTES -> "BLOB";
            case DECIMAL -> "NUMERIC";
            case STRING, DATE, TIME, TIMESTAMP, JSON -> "TEXT";
        };
    }

    @Override
    protected String upsert(Shape shape) {
        return insertOnConflict(shape, "excluded");
    }

    /** Extended codes (SQLITE_CONSTRAINT_CHECK, ...) keep the primary code in the low byte. */
    @Override
    protected boolean refusesRow(SQLException error) {
        return ROW_CODES.contains(error.getErrorCode() & 0xff);
    }

    /** Waits for another writer's lock for a while before reporting SQLITE_BUSY. */
    @Override
    public Properties connectionProperties() {
        Properties properties = new Properties();
        properties.setProperty("busy_timeout", "10000");
        return properties;
    }
}
