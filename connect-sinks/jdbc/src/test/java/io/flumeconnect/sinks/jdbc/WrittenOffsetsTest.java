package io.flumeconnect.sinks.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.connect.sink.SinkRecord;
import org.junit.jupiter.api.Test;

class WrittenOffsetsTest {
    private static final TopicPartition LOGS_0 = new TopicPartition("logs", 0);
    private static final TopicPartition LOGS_1 = new TopicPartition("logs", 1);
    private static final TopicPartition AUDIT_0 = new TopicPartition("audit", 0);
    private static final Map<TopicPartition, OffsetAndMetadata> OWNED =
            Map.of(LOGS_0, new OffsetAndMetadata(0), LOGS_1, new OffsetAndMetadata(0), AUDIT_0, new OffsetAndMetadata(0));

    private final WrittenOffsets offsets = new WrittenOffsets();

    private static SinkRecord record(String topic, int partition, long offset) {
        return new SinkRecord(topic, partition, null, null, null, "v", offset);
    }

    @Test
    void eachPartitionCommitsOnePastItsLastRecordInABatch() {
        offsets.add(List.of(record("logs", 0, 10), record("logs", 0, 11), record("logs", 1, 5), record("audit", 0, 7),
                record("logs", 1, 6)));

        assertThat(offsets.committable(OWNED)).isEqualTo(Map.of(
                LOGS_0, new OffsetAndMetadata(12), LOGS_1, new OffsetAndMetadata(7), AUDIT_0, new OffsetAndMetadata(8)));
    }

    @Test
    void partitionsWithTheSameNumberInOtherTopicsAreKeptApart() {
        offsets.add(List.of(record("logs", 0, 3), record("audit", 0, 40)));

        assertThat(offsets.committable(OWNED)).containsEntry(LOGS_0, new OffsetAndMetadata(4))
                .containsEntry(AUDIT_0, new OffsetAndMetadata(41));
    }

    @Test
    void aLaterBatchMovesTheOffsetOnAndLeavesOtherPartitionsAsTheyWere() {
        offsets.add(List.of(record("logs", 0, 1), record("logs", 1, 1)));
        offsets.add(List.of(record("logs", 0, 2), record("logs", 0, 3)));

        assertThat(offsets.committable(OWNED)).isEqualTo(Map.of(LOGS_0, new OffsetAndMetadata(4), LOGS_1, new OffsetAndMetadata(2)));
    }

    @Test
    void theOriginalCoordinatesCountWhenAnSmtRenamedTheTopic() {
        SinkRecord renamed = record("logs", 1, 9).newRecord("logs-renamed", 0, null, null, null, "v", 0L);

        offsets.add(List.of(renamed));

        assertThat(offsets.committable(OWNED)).isEqualTo(Map.of(LOGS_1, new OffsetAndMetadata(10)));
    }

    @Test
    void onlyPartitionsStillOwnedAreCommittedAndClosedOnesAreForgotten() {
        offsets.add(List.of(record("logs", 0, 1), record("logs", 1, 1)));

        assertThat(offsets.committable(Map.of(LOGS_1, new OffsetAndMetadata(0))))
                .isEqualTo(Map.of(LOGS_1, new OffsetAndMetadata(2)));
        offsets.forget(List.of(LOGS_1));
        assertThat(offsets.committable(OWNED)).isEqualTo(Map.of(LOGS_0, new OffsetAndMetadata(2)));
    }

    @Test
    void anEmptyDeliveryCommitsNothing() {
        offsets.add(List.of());

        assertThat(offsets.committable(OWNED)).isEmpty();
    }
}
