package io.flumeconnect.sinks.jdbc.dialect.mariadb;

import io.flumeconnect.sinks.jdbc.dialect.Dialect;
import io.flumeconnect.sinks.jdbc.row.Column;
import io.flumeconnect.sinks.jdbc.row.Row.Shape;
import java.util.Properties;
import java.util.Set;

/**
 * MariaDB and MySQL: backtick quoting, {@code ON DUPLICATE KEY UPDATE}, and bounded types for key columns
 * (an index cannot cover a TEXT column).
 */
public class MariaDbDialect extends Dialect {
    /** Lock wait timeout, deadlock, server gone away, lost connection. */
    private static final Set<Integer> TRANSIENT_CODES = Set.of(1205, 1213, 2006, 2013);

    @Override
    public String name() {
        return "mariadb";
    }

    @Override
    public String quote(String identifier) {
        return '`' + identifier.replace("`", "``") + '`';
    }

    @Override
    protected String typeOf(Column column, boolean key) {
        return switch (column.kind()) {
            case INT8 -> "TINYINT";
            case INT32 -> "INT";
            case FLOAT32 -> "FLOAT";
            case FLOAT64 -> "DOUBLE";
            case STRING -> key ? "VARCHAR(255)" : "LONGTEXT";
            case BYTES -> key ? "VARBINARY(255)" : "LONGBLOB";
            case DECIMAL -> "DECIMAL(65, " + Math.min(column.scale(), 30) + ")";
            case TIME -> "TIME(3)";
            case TIMESTAMP -> "DATETIME(3)";
            case JSON -> "JSON";
            default -> super.typeOf(column, key);
        };
    }

    @Override
    protected String addColumnIfNotExists() {
        return "COLUMN IF NOT EXISTS ";
    }

    @Override
    protected String upsert(Shape shape) {
        String updates = shape.valueColumns().isEmpty()
                ? names(shape.keyColumns().subList(0, 1), c -> c + " = " + c)
                : names(shape.valueColumns(), c -> c + " = VALUES(" + c + ")");
        return insert(shape) + " ON DUPLICATE KEY UPDATE " + updates;
    }

    /** The MariaDB driver sends a whole batch in one round trip (COM_STMT_BULK_EXECUTE) with this. */
    @Override
    public Properties connectionProperties() {
        Properties properties = new Properties();
        properties.setProperty("useBulkStmts", "true");
        return properties;
    }

    @Override
    protected boolean isTransientCode(int vendorCode) {
        return TRANSIENT_CODES.contains(vendorCode);
    }
}
