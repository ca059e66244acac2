package io.flumeconnect.sinks.file.format;

import org.apache.kafka.connect.sink.SinkRecord;

/** Turns one record into one line's bytes (without the separator). */
@FunctionalInterface
public interface LineEncoder {
    /** @throws org.apache.kafka.connect.errors.DataException when the record has no line form */
    byte[] encode(SinkRecord record);
}
