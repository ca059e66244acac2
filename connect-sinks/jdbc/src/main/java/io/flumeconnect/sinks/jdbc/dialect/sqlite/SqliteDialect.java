package io.flumeconnect.sinks.jdbc.dialect.sqlite;

import io.flumeconnect.sinks.jdbc.dialect.Dialect;
import io.flumeconnect.sinks.jdbc.row.Column;
import io.flumeconnect.sinks.jdbc.row.Row.Shape;
import java.util.Properties;

/**
 * SQLite: type affinities (INTEGER, REAL, TEXT, BLOB, NUMERIC), dates and times as ISO-8601 text,
 * {@code INSERT ... ON CONFLICT DO UPDATE}; a busy or locked database is a transient error.
 */
public class SqliteDialect extends Dialect {
    private static final int SQLITE_BUSY = 5;
    private static final int SQLITE_LOCKED = 6;

    public SqliteDialect() {
        super(new SqliteValueBinder());
    }

    @Override
    public String name() {
        return "sqlite";
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

    @Override
    protected boolean isTransientCode(int vendorCode) {
        int primary = vendorCode & 0xff; // extended codes (SQLITE_BUSY_SNAPSHOT, ...) keep the primary code in the low byte
        return primary == SQLITE_BUSY || primary == SQLITE_LOCKED;
    }

    /** Waits for another writer's lock for a while before reporting SQLITE_BUSY. */
    @Override
    public Properties connectionProperties() {
        Properties properties = new Properties();
        properties.setProperty("busy_timeout", "10000");
        return properties;
    }
}
