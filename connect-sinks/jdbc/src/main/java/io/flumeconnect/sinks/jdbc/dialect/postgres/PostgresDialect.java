package io.flumeconnect.sinks.jdbc.dialect.postgres;

import io.flumeconnect.sinks.jdbc.dialect.BulkCopy;
import io.flumeconnect.sinks.jdbc.dialect.Dialect;
import io.flumeconnect.sinks.jdbc.row.Column;
import io.flumeconnect.sinks.jdbc.row.ColumnKind;
import io.flumeconnect.sinks.jdbc.row.Row.Shape;
import java.util.Optional;
import java.util.Properties;

/** PostgreSQL: {@code ON CONFLICT ... DO UPDATE}, JSONB, TIMESTAMPTZ, COPY for inserts. */
public class PostgresDialect extends Dialect {
    @Override
    public String name() {
        return "postgresql";
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
