package io.flumeconnect.sinks.jdbc.dialect.mariadb;

import io.flumeconnect.sinks.jdbc.dialect.BulkCopy;
import io.flumeconnect.sinks.jdbc.dialect.Dialect;
import io.flumeconnect.sinks.jdbc.identifier.IdentifierRules;
import io.flumeconnect.sinks.jdbc.row.Column;
import io.flumeconnect.sinks.jdbc.row.Row.Shape;
import java.sql.SQLException;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;

/**
 * MariaDB and MySQL: backtick quoting, names of at most 64 characters of the Basic Multilingual Plane compared
 * ignoring case, {@code ON DUPLICATE KEY UPDATE}, {@code LOAD DATA LOCAL INFILE} for inserts, and bounded types for key columns (an index cannot cover a TEXT
 * column).
 */
public class MariaDbDialect extends Dialect {
    private static final IdentifierRules IDENTIFIERS = new IdentifierRules(0, 64, true, true, false);
    /**
     * Errors about a value that MariaDB reports outside SQLState classes 22 and 23: data truncated (1265, SQLState
     * 01000), incorrect value (1366, HY000), incorrect date (1292), CHECK constraint (4025), invalid JSON (3140, 4038).
     */
    private static final Set<Integer> ROW_CODES = Set.of(1265, 1292, 1366, 3140, 4025, 4038);

    @Override
    public String name() {
        return "mariadb";
    }

    @Override
    public IdentifierRules identifiers() {
        return IDENTIFIERS;
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
    public Optional<String> alterColumnType(String table, Column column) {
        return Optional.of("ALTER TABLE " + quote(table) + " MODIFY COLUMN " + quote(column.name()) + " " + typeOf(column, false));
    }

    @Override
    protected String upsert(Shape shape) {
        String updates = shape.valueColumns().isEmpty()
                ? names(shape.keyColumns().subList(0, 1), c -> c + " = " + c)
                : names(shape.valueColumns(), c -> c + " = VALUES(" + c + ")");
        return insert(shape) + " ON DUPLICATE KEY UPDATE " + updates;
    }

    /**
     * The MariaDB driver sends a whole batch in one round trip (COM_STMT_BULK_EXECUTE) with {@code useBulkStmts}, and
     * answers the server's request for a LOCAL INFILE with {@code allowLocalInfile} (it sends only the stream a
     * statement was given or a file the statement itself names, never another file a server asks for).
     */
    @Override
    public Properties connectionProperties() {
        Properties properties = new Properties();
        properties.setProperty("useBulkStmts", "true");
        properties.setProperty("allowLocalInfile", "true");
        return properties;
    }

    @Override
    public Optional<BulkCopy> bulkCopy() {
        return Optional.of(new MariaDbLoadData(this));
    }

    @Override
    protected boolean refusesRow(SQLException error) {
        return super.refusesRow(error) || ROW_CODES.contains(error.getErrorCode());
    }
}
