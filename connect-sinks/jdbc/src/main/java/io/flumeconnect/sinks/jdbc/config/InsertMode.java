package io.flumeconnect.sinks.jdbc.config;

/** How a record with a value reaches its table. */
public enum InsertMode {
    /** A plain {@code INSERT}; redelivered records are inserted again (or rejected by a key). */
    INSERT,
    /** Insert, or update the row with the same key: idempotent. */
    UPSERT,
    /** {@code UPDATE ... WHERE key = ?}; a record whose row does not exist changes nothing. */
    UPDATE
}
