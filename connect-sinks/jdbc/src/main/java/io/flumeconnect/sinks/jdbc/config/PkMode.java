package io.flumeconnect.sinks.jdbc.config;

/** Where the primary key columns of a row come from. */
public enum PkMode {
    /** No key: rows can only be inserted. */
    NONE,
    /** The record's Kafka coordinates (topic, partition, offset): every write is idempotent. */
    KAFKA,
    /** The record key: one column for a primitive key, the named fields of a struct or map key. */
    RECORD_KEY,
    /** The named fields of the record value. */
    RECORD_VALUE
}
