package io.flumeconnect.smoke;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.flumeconnect.testkit.StubSourceTaskContext;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.header.Header;
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

    @Test
    void stringValuesHeadersAndNoOffsetsAsAListenerSourceMakesThem() throws InterruptedException {
        CountingSourceTask task = started(Map.of("value.bytes", "6", "value.type", "string", "records", "2",
                "headers", "Facility=16,host=bench-host", "source.offsets", "false"));

        List<SourceRecord> records = task.poll();

        assertThat(records).extracting(SourceRecord::value).containsExactly("0.....", "1.....");
        assertThat(records.get(1).valueSchema()).isEqualTo(Schema.STRING_SCHEMA);
        assertThat(records.get(1).sourcePartition()).isNull();
        assertThat(records.get(1).sourceOffset()).isNull();
        assertThat(records.get(1).headers()).extracting(Header::key, Header::value)
                .containsExactly(tuple("Facility", "16"), tuple("host", "bench-host"));
        task.stop();
    }

    @Test
    void syslogStructCarriesTheNumberedMessage() throws InterruptedException {
        CountingSourceTask task = started(Map.of("value.bytes", "4", "value.type", "syslog_struct", "records", "1"));

        Struct value = (Struct) task.poll().get(0).value();

        assertThat(value.getString("message")).isEqualTo("0...");
        assertThat(value.getString("hostname")).isEqualTo("bench-host");
        assertThat(value.getInt32("facility")).isEqualTo(16);
        value.validate();
        task.stop();
    }

    @Test
    void tasksCountTheirShareOfTheSequence() throws InterruptedException {
        List<Map<String, String>> configs = connectorTasks(Map.of("records", "5"), 2);

        CountingSourceTask second = started(configs.get(1));
        assertThat(second.poll()).extracting(SourceRecord::value).containsExactly("record-2", "record-3", "record-4");
        second.stop();

        CountingSourceTask first = started(configs.get(0));
        assertThat(first.poll()).extracting(SourceRecord::value).containsExactly("record-0", "record-1");
        first.stop();
    }

    @Test
    void aHeaderWithoutValueIsRefused() {
        assertThatThrownBy(() -> new CountingSourceConfig(Map.of("topic", "t", "headers", "Facility")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("name=value");
    }

    private static List<Map<String, String>> connectorTasks(Map<String, String> props, int tasks) {
        CountingSourceConnector connector = new CountingSourceConnector();
        Map<String, String> config = new HashMap<>(props);
        config.put("topic", "counted");
        connector.start(config);
        return connector.taskConfigs(tasks);
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
