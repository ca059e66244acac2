package io.flumeconnect.sinks.jdbc.row;

/** What a column holds, independent of the database: each dialect maps it to its own SQL type. */
public enum ColumnKind {
    INT8, INT16, INT32, INT64, FLOAT32, FLOAT64, BOOLEAN, STRING, BYTES,
    /** Connect's {@code Decimal}: a {@code BigDecimal} with the column's scale. */
    DECIMAL,
    /** Connect's {@code Date}: a day, UTC. */
    DATE,
    /** Connect's {@code Time}: a time of day in milliseconds, UTC. */
    TIME,
    /** Connect's {@code Timestamp}: an instant in milliseconds. */
    TIMESTAMP,
    /** A struct, map or array, stored as JSON text (JSONB on PostgreSQL). */
    JSON
}
