package io.flumeconnect.sinks.jdbc.row;

/** The statement a row needs. */
public enum Operation {
    INSERT, UPSERT, UPDATE, DELETE
}
