package io.flumeconnect.sinks.jdbc;

import io.flumeconnect.sinks.jdbc.row.Row;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.connect.sink.SinkRecord;

/**
 * The records of one {@code put()}, whose offsets become committable once their rows are written, and the rows
 * mapped from them (fewer when tombstones were skipped or records could not be mapped).
 */
record Delivery(Collection<SinkRecord> records, List<Row> rows) {

    /** This delivery without the records of {@code partitions} (revoked: their next owner writes them). */
    Delivery without(Collection<TopicPartition> partitions) {
        Set<TopicPartition> gone = Set.copyOf(partitions);
        return new Delivery(records.stream().filter(record -> !gone.contains(partitionOf(record))).toList(),
                rows.stream().filter(row -> !gone.contains(partitionOf(row.record()))).toList());
    }

    boolean isEmpty() {
        return records.isEmpty();
    }

    /** The partition Connect commits for {@code record}: its original one, before any SMT renamed the topic. */
    private static TopicPartition partitionOf(SinkRecord record) {
        return new TopicPartition(record.originalTopic(), record.originalKafkaPartition());
    }
}
