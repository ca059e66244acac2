package io.flumeconnect.sinks.jdbc.dialect.postgres;

import io.flumeconnect.sinks.jdbc.dialect.BulkCopy;
import io.flumeconnect.sinks.jdbc.dialect.Dialect;
import io.flumeconnect.sinks.jdbc.dialect.ValueBinder;
import io.flumeconnect.sinks.jdbc.row.Column;
import io.flumeconnect.sinks.jdbc.row.ColumnKind;
import io.flumeconnect.sinks.jdbc.row.Row.Shape;
import java.util.Optional;
import java.util.Properties;

/** PostgreSQL: {@code ON CONFLICT ... DO UPDATE}, JSONB, TIMESTAMPTZ, COPY for inserts. */
public class PostgresDialect extends Dialect {
    public PostgresDialect() {
        super(new ValueBinder());
    }

    @Override
    public String name() {
        return "postgresql";
    }

    @Override
    protected String typeOf(Column column, boolean key) {
        return switch (column.kind()) {
            case INT8, INT16 -> "SMALLINT";
            case INT32 -> "INTEGER";
            case INT64 -> "BIGINT";
            case FLOAT32 -> "REAL";
            case FLOAT64 -> "DOUBLE PRECISION";
            case BOOLEAN -> "BOOLEAN";
            case STRING -> "TEXT";
            case BYTES -> "BYTEA";
            case DECIMAL -> "NUMERIC";
            case DATE -> "DATE";
            case TIME -> "TIME";
            case TIMESTAMP -> "TIMESTAMPTZ";
            case JSON -> "JSONB";
        };
    }

    @Override
    protected String addColumnIfNotExists() {
        return "COLUMN IF NOT EXISTS ";
    }

    @Override
    protected String placeholder(Column column) {
        return column.kind() == ColumnKind.JSON ? "CAST(? AS JSONB)" : "?";
    }

    @Override
    protected String upsert(Shape shape) {
        String action = shape.valueColumns().isEmpty() ? "DO NOTHING"
                : "DO UPDATE SET " + names(shape.valueColumns(), c -> c + " = EXCLUDED." + c);
        return insert(shape) + " ON CONFLICT (" + names(shape.keyColumns(), c -> c) + ") " + action;
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
