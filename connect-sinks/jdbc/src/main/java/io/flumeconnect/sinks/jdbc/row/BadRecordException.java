package io.flumeconnect.sinks.jdbc.row;

import org.apache.kafka.connect.errors.DataException;

/** A record that cannot become a row (a missing key field, a table name it cannot give); it goes to the DLQ. */
public class BadRecordException extends DataException {
    public BadRecordException(String message) {
        super(message);
    }
}
