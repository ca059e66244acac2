package io.flumeconnect.transforms.support;

import org.apache.kafka.connect.errors.DataException;

/**
 * A record a transform refused, with a message that starts with the transform's name and says which record
 * (see {@link Requirements}). A {@link DataException}, so the connector's {@code errors.tolerance} and dead
 * letter queue decide what happens to the record.
 */
public final class RecordFailure extends DataException {
    RecordFailure(String message) {
        super(message);
    }

    RecordFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
