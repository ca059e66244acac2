package io.flumeconnect.smoke;

import static org.assertj.core.api.Assertions.assertThat;

import io.flumeconnect.testkit.StubSourceTaskContext;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.source.SourceRecord;
import org.junit.jupiter.api.Test;

class CountingSourceTaskTest {
    @Test
    void valueBytesGivesNumberedArraysOfExactlyThatSize() throws InterruptedException {
        CountingSourceTask task = started(Map.of("value.bytes", "12", "records", "3"));

        List<SourceRecord> records = task.poll();

        assertThat(records).hasSize(3).allSatisfy(record -> {
            assertThat(record.valueSchema()).isEqualTo(Schema.BYTES_SCHEMA);
            assertThat((byte[]) record.value()).hasSize(12);
        });
        assertThat(new String((byte[]) records.get(2).value(), StandardCharsets.US_ASCII)).isEqualTo("2...........");
        assertThat(records.get(0).value()).isNotSameAs(records.get(1).value());
        assertThat(records.get(2).sourceOffset()).isEqualTo(Map.of("next", 3L));
        task.stop();
    }

    @Test
    void withoutValueBytesValuesAreStrings() throws InterruptedException {
        CountingSourceTask task = started(Map.of("records", "2"));

        assertThat(task.poll()).extracting(SourceRecord::value).containsExactly("record-0", "record-1");
        assertThat(task.poll()).isNull();
        task.stop();
    }

    private static CountingSourceTask started(Map<String, String> props) {
        CountingSourceTask task = new CountingSourceTask();
        task.initialize(new StubSourceTaskContext(props));
        Map<String, String> config = new HashMap<>(props);
        config.put("topic", "counted");
        config.put("poll.interval.ms", "0");
        config.put("batch.size", "10");
        task.start(config);
        return task;
    }
}
