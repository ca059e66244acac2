package io.flumeconnect.sources.flumeavro;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.header.Header;
import org.apache.kafka.connect.source.SourceRecord;
import org.junit.jupiter.api.Test;

/** Flume events as records: value, headers unchanged, key and topic from headers, client address. */
class EventRecordsTest {
    private static final InetSocketAddress CLIENT = new InetSocketAddress("192.0.2.7", 40_000);

    private final FlumeAvroMetrics metrics = TestMetrics.create();

    @Test
    void theBodyIsTheValueAndEveryFlumeHeaderARecordHeader() {
        SourceRecord record = record(Map.of(), event("body", Map.of("host", "h1", "timestamp", "1700000000000")));

        assertThat(record.topic()).isEqualTo("logs");
        assertThat(record.key()).isNull();
        assertThat(record.valueSchema()).isEqualTo(Schema.OPTIONAL_BYTES_SCHEMA);
        assertThat((byte[]) record.value()).isEqualTo("body".getBytes(StandardCharsets.UTF_8));
        assertThat(headers(record)).isEqualTo(Map.of("host", "h1", "timestamp", "1700000000000",
                "flume.client.address", "192.0.2.7"));
        assertThat(record.sourcePartition()).isNull();
    }

    @Test
    void aStringValueIsDecodedWithTheCharset() {
        SourceRecord record = record(Map.of("value.type", "string", "charset", "ISO-8859-1"),
                new FlumeEvent(Map.of(), new byte[] {(byte) 0xe9}));

        assertThat(record.value()).isEqualTo("é");
        assertThat(record.valueSchema()).isEqualTo(Schema.OPTIONAL_STRING_SCHEMA);
    }

    @Test
    void theKeyComesFromTheKeyHeaderWhenTheEventHasIt() {
        Map<String, String> config = Map.of("key.header", "host");

        assertThat(record(config, event("x", Map.of("host", "h1"))).key()).isEqualTo("h1");
        assertThat(record(config, event("x", Map.of())).key()).isNull();
    }

    @Test
    void theTopicHeaderChoosesOnlyAmongTheAllowedTopics() {
        Map<String, String> config = Map.of("topic.header", "topic", "topic.allowed", "audit,metrics");

        assertThat(record(config, event("x", Map.of("topic", "audit"))).topic()).isEqualTo("audit");
        assertThat(record(config, event("x", Map.of())).topic()).isEqualTo("logs");
        assertThat(metrics.topicsRefused().get()).isZero();
        assertThat(record(config, event("x", Map.of("topic", "__consumer_offsets"))).topic()).isEqualTo("logs");
        assertThat(metrics.topicsRefused().get()).isEqualTo(1);
    }

    @Test
    void anEventsOwnClientAddressHeaderIsKeptAndTheHeaderCanBeSwitchedOff() {
        SourceRecord forwarded = record(Map.of(), event("x", Map.of("flume.client.address", "10.0.0.1")));
        SourceRecord without = record(Map.of("client.address.header", ""), event("x", Map.of()));

        assertThat(headers(forwarded)).containsEntry("flume.client.address", "10.0.0.1");
        assertThat(forwarded.headers().size()).isEqualTo(1);
        assertThat(without.headers().isEmpty()).isTrue();
    }

    private SourceRecord record(Map<String, String> overrides, FlumeEvent event) {
        Map<String, String> props = new HashMap<>(Map.of("topic", "logs", "ports", "41414"));
        props.putAll(overrides);
        EventRecords records = new EventRecords(new FlumeAvroSourceConfig(props), metrics.topicsRefused());
        return records.records(List.of(event), CLIENT).get(0);
    }

    private static FlumeEvent event(String body, Map<String, String> headers) {
        return new FlumeEvent(headers, body.getBytes(StandardCharsets.UTF_8));
    }

    private static Map<String, Object> headers(SourceRecord record) {
        Map<String, Object> headers = new HashMap<>();
        for (Header header : record.headers()) {
            headers.put(header.key(), header.value());
        }
        return headers;
    }
}
