package io.flumeconnect.sources.listener;

import org.apache.kafka.connect.source.SourceRecord;

/**
 * A record of an acknowledged unit. Connect hands {@code commitRecord} the very record {@code poll()} returned
 * (before transforms), so the record itself leads back to its unit.
 */
final class AckedRecord extends SourceRecord {
    private final AckUnit unit;

    AckedRecord(SourceRecord record, AckUnit unit) {
        super(record.sourcePartition(), record.sourceOffset(), record.topic(), record.kafkaPartition(),
                record.keySchema(), record.key(), record.valueSchema(), record.value(), record.timestamp(),
                record.headers());
        this.unit = unit;
    }

    AckUnit unit() {
        return unit;
    }
}
