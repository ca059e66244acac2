package io.flumeconnect.sinks.jdbc.dialect;

import io.flumeconnect.sinks.jdbc.row.Column;
import io.flumeconnect.sinks.jdbc.row.Row.Shape;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The SQL a database speaks. This base class writes ANSI SQL with every identifier quoted; each database's
 * dialect overrides only what differs (quoting, types, upsert, binding, bulk loading, which errors are
 * transient).
 */
public abstract class Dialect {
    private final ValueBinder binder;

    /** A dialect that binds values with the standard JDBC setters. */
    protected Dialect() {
        this(new ValueBinder());
    }

    protected Dialect(ValueBinder binder) {
        this.binder = binder;
    }

    /** A short name for logs and docs. */
    public abstract String name();

    /**
     * The column type for {@code column}; {@code key} columns need a type the database can index. These are
     * the SQL standard's types; a dialect overrides the kinds its database stores differently.
     */
    protected String typeOf(Column column, boolean key) {
        return switch (column.kind()) {
            case INT8, INT16 -> "SMALLINT";
            case INT32 -> "INTEGER";
            case INT64 -> "BIGINT";
            case FLOAT32 -> "REAL";
            case FLOAT64 -> "DOUBLE PRECISION";
            case BOOLEAN -> "BOOLEAN";
            case STRING -> key ? "VARCHAR(255)" : "CLOB";
            case BYTES -> key ? "VARBINARY(255)" : "BLOB";
            case DECIMAL -> "NUMERIC(38, " + column.scale() + ")";
            case DATE -> "DATE";
            case TIME -> "TIME";
            case TIMESTAMP -> "TIMESTAMP";
            case JSON -> "CLOB";
        };
    }

    /** An insert that updates the row with the same key instead of failing. */
    protected abstract String upsert(Shape shape);

    /** An identifier as the database reads it literally, whatever characters it holds. */
    public String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    public String createTable(String table, List<Column> keys, List<Column> others) {
        Stream<String> keyDefs = keys.stream().map(column -> quote(column.name()) + " " + typeOf(column, true) + " NOT NULL");
        Stream<String> otherDefs = others.stream().map(column -> quote(column.name()) + " " + typeOf(column, false));
        Stream<String> primaryKey = keys.isEmpty() ? Stream.empty()
                : Stream.of("PRIMARY KEY (" + names(keys, Function.identity()) + ")");
        return "CREATE TABLE " + ifNotExists() + quote(table) + " ("
                + Stream.of(keyDefs, otherDefs, primaryKey).flatMap(s -> s).collect(Collectors.joining(", ")) + ")";
    }

    /** One statement per column, so a column another task added meanwhile fails alone. */
    public List<String> addColumns(String table, List<Column> columns) {
        return columns.stream()
                .map(column -> "ALTER TABLE " + quote(table) + " ADD " + addColumnIfNotExists() + quote(column.name())
                        + " " + typeOf(column, false))
                .toList();
    }

    protected String ifNotExists() {
        return "IF NOT EXISTS ";
    }

    protected String addColumnIfNotExists() {
        return "";
    }

    /** The statement for rows of {@code shape}; its parameters follow {@link #parameterOrder(Shape)}. */
    public String statement(Shape shape) {
        return switch (shape.operation()) {
            case INSERT -> insert(shape);
            case UPSERT -> upsert(shape);
            case UPDATE -> update(shape);
            case DELETE -> delete(shape);
        };
    }

    /** The columns in the order the statement of {@code shape} binds them. */
    public List<Column> parameterOrder(Shape shape) {
        return switch (shape.operation()) {
            case INSERT, UPSERT -> shape.allColumns();
            case UPDATE -> Stream.concat(shape.valueColumns().stream(), shape.keyColumns().stream()).toList();
            case DELETE -> shape.keyColumns();
        };
    }

    /**
     * An upsert as PostgreSQL and SQLite write it: {@code INSERT ... ON CONFLICT (key) DO UPDATE} from the row
     * the insert proposed, which the database calls {@code excluded}; a row that is all key is left as it is.
     */
    protected final String insertOnConflict(Shape shape, String excluded) {
        String action = shape.valueColumns().isEmpty() ? "DO NOTHING"
                : "DO UPDATE SET " + names(shape.valueColumns(), c -> c + " = " + excluded + "." + c);
        return insert(shape) + " ON CONFLICT (" + names(shape.keyColumns(), c -> c) + ") " + action;
    }

    protected String insert(Shape shape) {
        return "INSERT INTO " + quote(shape.table()) + " (" + names(shape.allColumns(), Function.identity()) + ") VALUES ("
                + placeholders(shape.allColumns()) + ")";
    }

    /** With no columns besides the key, the row's key is assigned to itself: the statement stays valid and changes nothing. */
    protected String update(Shape shape) {
        String set = shape.valueColumns().isEmpty()
                ? names(shape.keyColumns().subList(0, 1), c -> c + " = " + c)
                : assignments(shape.valueColumns(), ", ");
        return "UPDATE " + quote(shape.table()) + " SET " + set
                + " WHERE " + assignments(shape.keyColumns(), " AND ");
    }

    protected String delete(Shape shape) {
        return "DELETE FROM " + quote(shape.table()) + " WHERE " + assignments(shape.keyColumns(), " AND ");
    }

    /** The parameter marker of a column; PostgreSQL casts JSON text to JSONB here. */
    protected String placeholder(Column column) {
        return "?";
    }

    protected final String placeholders(List<Column> columns) {
        return columns.stream().map(this::placeholder).collect(Collectors.joining(", "));
    }

    /** Quoted column names separated by commas. */
    public final String columnList(List<Column> columns) {
        return names(columns, Function.identity());
    }

    /** Quoted column names, each passed through {@code wrap} (e.g. {@code c -> c + " = EXCLUDED." + c}). */
    protected final String names(List<Column> columns, Function<String, String> wrap) {
        return columns.stream().map(column -> wrap.apply(quote(column.name()))).collect(Collectors.joining(", "));
    }

    private String assignments(List<Column> columns, String separator) {
        return columns.stream().map(column -> quote(column.name()) + " = " + placeholder(column))
                .collect(Collectors.joining(separator));
    }

    /** Binds {@code value} (null allowed) as parameter {@code index} of a statement. */
    public void bind(PreparedStatement statement, int index, Column column, Object value) throws SQLException {
        binder.bind(statement, index, column, value);
    }

    /** Errors after which the same write may succeed on a new connection. */
    public boolean isTransient(SQLException error) {
        return TransientErrors.isTransient(error, this::isTransientCode);
    }

    /** A vendor error code (not SQLState) that means "try again". */
    protected boolean isTransientCode(int vendorCode) {
        return false;
    }

    /** Driver properties this dialect sets unless the user's URL or config does. */
    public Properties connectionProperties() {
        return new Properties();
    }

    /** A bulk path for plain inserts (PostgreSQL's COPY), if the database has one. */
    public Optional<BulkCopy> bulkCopy() {
        return Optional.empty();
    }
}
