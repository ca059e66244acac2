package io.flumeconnect.sinks.jdbc;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.connect.sink.SinkRecord;

/**
 * The offsets to commit: per original topic partition, one past the last record written. A delivery holds each
 * partition's records as one run (the worker hands them over partition by partition), so a batch allocates a
 * {@link TopicPartition} and an {@link OffsetAndMetadata} per run, not per record; interleaved partitions still
 * end at their last record, as when every record was recorded. Fed on the task thread when it settles a finished
 * write, so it never holds a record whose write is still in flight.
 */
final class WrittenOffsets {
    private final Map<TopicPartition, OffsetAndMetadata> written = new HashMap<>();

    /** Records {@code records}, all written or reported, in delivery order. */
    void add(Collection<SinkRecord> records) {
        String topic = null;
        int partition = -1;
        long next = -1;
        for (SinkRecord record : records) {
            String recordTopic = record.originalTopic();
            int recordPartition = record.originalKafkaPartition();
            if (recordPartition != partition || !recordTopic.equals(topic)) {
                put(topic, partition, next);
                topic = recordTopic;
                partition = recordPartition;
            }
            next = record.originalKafkaOffset() + 1;
        }
        put(topic, partition, next);
    }

    private void put(String topic, int partition, long next) {
        if (topic != null) {
            written.put(new TopicPartition(topic, partition), new OffsetAndMetadata(next));
        }
    }

    /** The offsets of the partitions this task still owns ({@code current}'s keys). */
    Map<TopicPartition, OffsetAndMetadata> committable(Map<TopicPartition, OffsetAndMetadata> current) {
        Map<TopicPartition, OffsetAndMetadata> commit = new HashMap<>(written);
        commit.keySet().retainAll(current.keySet());
        return commit;
    }

    void forget(Collection<TopicPartition> partitions) {
        partitions.forEach(written::remove);
    }
}
