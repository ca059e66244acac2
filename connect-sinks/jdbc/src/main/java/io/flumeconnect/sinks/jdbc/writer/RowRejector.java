package io.flumeconnect.sinks.jdbc.writer;

import org.apache.kafka.connect.sink.SinkRecord;

/** Where a record the database (or the mapping) refuses goes: the dead-letter queue, or a task failure. */
@FunctionalInterface
public interface RowRejector {
    void reject(SinkRecord record, Throwable reason);
}
