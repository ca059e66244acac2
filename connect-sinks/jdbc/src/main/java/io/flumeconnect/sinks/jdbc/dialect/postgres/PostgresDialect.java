package io.flumeconnect.sinks.jdbc.dialect.postgres;

import io.flumeconnect.sinks.jdbc.dialect.BulkCopy;
import io.flumeconnect.sinks.jdbc.dialect.Dialect;
import io.flumeconnect.sinks.jdbc.identifier.IdentifierRules;
import io.flumeconnect.sinks.jdbc.row.Column;
import io.flumeconnect.sinks.jdbc.row.ColumnKind;
import io.flumeconnect.sinks.jdbc.row.Row.Shape;
import java.sql.SQLException;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;

/**
 * PostgreSQL: names of at most 63 bytes (longer ones it would cut silently), {@code ON CONFLICT ... DO UPDATE},
 * JSONB, TIMESTAMPTZ, COPY for inserts.
 */
public class PostgresDialect extends Dialect {
    private static final IdentifierRules IDENTIFIERS = new IdentifierRules(63, 0, false, false, true);
    /** A value of another type than its column (42804) and a row too big for an index (54000), besides classes 22 and 23. */
    private static final Set<String> ROW_STATES = Set.of("42804", "54000");

    @Override
    public String name() {
        return "postgresql";
    }

    @Override
    public IdentifierRules identifiers() {
        return IDENTIFIERS;
    }

    @Override
    protected String typeOf(Column column, boolean key) {
        return switch (column.kind()) {
            case STRING -> "TEXT";
            case BYTES -> "BYTEA";
            case DECIMAL -> "NUMERIC";
            case TIMESTAMP -> "TIMESTAMPTZ";
            case JSON -> "JSONB";
            default -> super.typeOf(column, key);
        };
    }

    @Override
    protected String addColumnIfNotExists() {
        return "COLUMN IF NOT EXISTS ";
    }

    @Override
    public Optional<String> alterColumnType(String table, Column column) {
        String type = typeOf(column, false);
        return Optional.of("ALTER TABLE " + quote(table) + " ALTER COLUMN " + quote(column.name()) + " TYPE " + type
                + " USING " + quote(column.name()) + "::" + type);
    }

    @Override
    protected boolean refusesRow(SQLException error) {
        return super.refusesRow(error) || error.getSQLState() != null && ROW_STATES.contains(error.getSQLState());
    }

    @Override
    protected String placeholder(Column column) {
        return column.kind() == ColumnKind.JSON ? "CAST(? AS JSONB)" : "?";
    }

    @Override
    protected String upsert(Shape shape) {
        return insertOnConflict(shape, "EXCLUDED");
    }

    /** pgjdbc rewrites a batch of single-row INSERTs into multi-row INSERTs with this. */
    @Override
    public Properties connectionProperties() {
        Properties properties = new Properties();
        properties.setProperty("reWriteBatchedInserts", "true");
        return properties;
    }

    @Override
    public Optional<BulkCopy> bulkCopy() {
        return Optional.of(new PostgresCopy(this));
    }
}
