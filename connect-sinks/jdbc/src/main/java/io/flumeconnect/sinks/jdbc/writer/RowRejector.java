package io.flumeconnect.sinks.jdbc.writer;

import org.apache.kafka.connect.sink.SinkRecord;

/** Takes each record whose row the database refused, with the reason (the task collects them per write and reports them). */
@FunctionalInterface
public interface RowRejector {
    void reject(SinkRecord record, Throwable reason);
}
