package io.flumeconnect.transforms.support;

import org.apache.kafka.connect.connector.ConnectRecord;
import org.apache.kafka.connect.errors.DataException;

/**
 * What a transform requires of a record, and the errors it raises when a record does not comply. Every
 * message starts with the transform's name and says which record was refused, so a user reading the task's
 * error (or the dead letter queue headers) knows which transform of a chain to look at.
 */
public final class Requirements {
    private final String transform;

    public Requirements(String transform) {
        this.transform = transform;
    }

    public String transform() {
        return transform;
    }

    /** An error about {@code record}, e.g. {@code fail(r, "source=field:user needs a Struct or Map value")}. */
    public DataException fail(ConnectRecord<?> record, String problem) {
        return new DataException(transform + ": " + problem + " (" + describe(record) + ")");
    }

    /** As {@link #fail(ConnectRecord, String)}, keeping the exception that explains the problem. */
    public DataException fail(ConnectRecord<?> record, String problem, Throwable cause) {
        return new DataException(transform + ": " + problem + " (" + describe(record) + "): " + cause.getMessage(),
                cause);
    }

    /** The class of a value as a user would name it in an error message. */
    public static String typeOf(Object value) {
        return value == null ? "null" : value.getClass().getName();
    }

    private static String describe(ConnectRecord<?> record) {
        return "topic " + record.topic() + ", partition " + record.kafkaPartition();
    }
}
