package io.flumeconnect.sinks.jdbc.dialect;

import io.flumeconnect.sinks.jdbc.identifier.IdentifierRules;
import io.flumeconnect.sinks.jdbc.row.Column;
import io.flumeconnect.sinks.jdbc.row.Row.Shape;
import java.sql.PreparedStatement;
import java.sql.SQLDataException;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The SQL a database speaks. This base class writes ANSI SQL with every identifier quoted; each database's
 * dialect overrides only what differs (quoting, identifier limits, types, upsert, binding, bulk loading, which
 * errors blame a row).
 */
public abstract class Dialect {
    /** Any name but an empty one or one holding NUL, as the SQL standard's delimited identifiers. */
    private static final IdentifierRules STANDARD_IDENTIFIERS = new IdentifierRules(0, 0, false, false, true);

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

    /** What this database keeps as a quoted identifier, and whether it compares column names ignoring case. */
    public IdentifierRules identifiers() {
        return STANDARD_IDENTIFIERS;
    }

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

    /**
     * The statement that changes {@code column}'s type to the one of its kind, keeping its values; empty when this
     * database cannot (or, like SQLite, need not: it stores each value with its own type).
     */
    public Optional<String> alterColumnType(String table, Column column) {
        return Optional.empty();
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

    /**
     * Whether {@code error} blames the row: its values or a constraint (it goes to the dead-letter queue). Anything
     * else (connection, permission, a missing table or column, a read-only or full database) is the database's
     * state, retried and then failing the task, never a reason to drop a record.
     */
    public boolean isRowError(SQLException error) {
        return SqlErrors.isRowError(error, this::refusesRow);
    }

    /**
     * Whether this one error (not its causes) refuses the row's values: the SQL standard's classes 22 (data
     * exception) and 23 (integrity constraint violation).
     */
    protected boolean refusesRow(SQLException error) {
        String state = error.getSQLState();
        return error instanceof SQLDataException || error instanceof SQLIntegrityConstraintViolationException
                || state != null && (state.startsWith("22") || state.startsWith("23"));
    }

    /** Driver properties this dialect sets unless the user's URL or config does. */
    public Properties connectionProperties() {
        return new Properties();
    }

    /** A bulk path for plain inserts (PostgreSQL's COPY, MariaDB's LOAD DATA LOCAL INFILE), if the database has one. */
    public Optional<BulkCopy> bulkCopy() {
        return Optional.empty();
    }
}
