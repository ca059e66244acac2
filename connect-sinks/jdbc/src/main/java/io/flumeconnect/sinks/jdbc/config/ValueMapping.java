package io.flumeconnect.sinks.jdbc.config;

/** How a record value becomes columns. */
public enum ValueMapping {
    /** One column per top-level field (struct field or map key); nested values are stored as JSON. */
    COLUMNS,
    /** The whole value in one JSON column (JSONB on PostgreSQL), plus chosen fields extracted to columns. */
    JSON
}
