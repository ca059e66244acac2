package io.flumeconnect.transforms.support;

import org.apache.kafka.connect.connector.ConnectRecord;
import org.apache.kafka.connect.sink.SinkRecord;
import org.apache.kafka.connect.source.SourceRecord;

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
    public RecordFailure fail(ConnectRecord<?> record, String problem) {
        return new RecordFailure(transform + ": " + problem + " (" + describe(record) + ")");
    }

    /** As {@link #fail(ConnectRecord, String)}, keeping the exception that explains the problem. */
    public RecordFailure fail(ConnectRecord<?> record, String problem, Throwable cause) {
        return new RecordFailure(transform + ": " + problem + " (" + describe(record) + "): " + reason(cause), cause);
    }

    /**
     * What went wrong, for a message: a {@link StackOverflowError} (a regex or a nesting too deep for the
     * task's stack) says so, anything else gives its class and message.
     */
    public static String reason(Throwable failure) {
        if (failure instanceof StackOverflowError) {
            return "StackOverflowError: the text or value is too long or too deeply nested for this transform (a "
                    + "regular expression recursed once per repetition); lower max.input.chars or simplify the pattern";
        }
        return failure.getMessage() == null ? failure.getClass().getName() : failure.getMessage();
    }

    /** The class of a value as a user would name it in an error message. */
    public static String typeOf(Object value) {
        return value == null ? "null" : value.getClass().getName();
    }

    /**
     * Topic and partition, and where the record came from when known: a sink record's Kafka offset, a source
     * record's source partition and offset (for the tail source, the file and the position of the line).
     */
    public static String describe(ConnectRecord<?> record) {
        String where = "topic " + record.topic() + ", partition " + record.kafkaPartition();
        if (record instanceof SinkRecord sink) {
            return where + ", offset " + sink.kafkaOffset();
        }
        if (record instanceof SourceRecord source && source.sourceOffset() != null && !source.sourceOffset().isEmpty()) {
            return where + ", source partition " + source.sourcePartition() + ", source offset "
                    + source.sourceOffset();
        }
        return where;
    }
}
