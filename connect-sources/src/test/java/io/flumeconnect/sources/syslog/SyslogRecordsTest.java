package io.flumeconnect.sources.syslog;

import static org.assertj.core.api.Assertions.assertThat;

import io.flumeconnect.common.metrics.PluginCounters;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.header.Header;
import org.apache.kafka.connect.source.SourceRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SyslogRecordsTest {
    private static final InetSocketAddress SENDER = new InetSocketAddress("192.0.2.7", 40000);
    private final PluginCounters counters = PluginCounters.forTransform("syslog-records-test");
    private final SyslogMetrics metrics = SyslogMetrics.of(counters);

    @AfterEach
    void close() {
        counters.close();
    }

    private SourceRecord record(String text, String... kv) {
        return record(Frame.of(text.getBytes(StandardCharsets.UTF_8)), kv);
    }

    private SourceRecord record(Frame frame, String... kv) {
        SyslogSourceConfig config = new SyslogSourceConfig(SyslogSourceConnectorTest.props(kv));
        return new SyslogRecords(config, metrics, DeviceLinesTest.RECEIVED).record(frame, SyslogRecords.remoteAddress(SENDER));
    }

    private static Map<String, String> headers(SourceRecord record) {
        Map<String, String> headers = new HashMap<>();
        for (Header header : record.headers()) {
            headers.put(header.key(), (String) header.value());
        }
        return headers;
    }

    @Test
    void aParsedMessageIsAStructWithFlumesHeaders() {
        SourceRecord record = record("<34>1 2003-10-11T22:14:15.003Z mymachine su 77 ID47 [a@1 b=\"c\"] hello",
                "value.raw.field", "true");
        Struct value = (Struct) record.value();
        assertThat(value.getString("format")).isEqualTo("rfc5424");
        assertThat(value.getInt32("facility")).isEqualTo(4);
        assertThat(value.getInt32("severity")).isEqualTo(2);
        assertThat(value.get("timestamp")).isEqualTo(Date.from(java.time.Instant.parse("2003-10-11T22:14:15.003Z")));
        assertThat(value.getString("app_name")).isEqualTo("su");
        assertThat(value.getString("proc_id")).isEqualTo("77");
        assertThat(value.getString("msg_id")).isEqualTo("ID47");
        assertThat(value.getArray("structured_data")).hasSize(1);
        assertThat(value.getString("message")).isEqualTo("hello");
        assertThat(value.getString("remote_address")).isEqualTo("192.0.2.7");
        assertThat(value.getString("raw")).startsWith("<34>1 ");
        value.validate();
        assertThat(headers(record)).containsEntry("Facility", "4").containsEntry("Severity", "2")
                .containsEntry("host", "mymachine").containsEntry("timestamp", "1065910455003");
        assertThat(record.timestamp()).isEqualTo(1065910455003L);
        assertThat(record.topic()).isEqualTo("syslog");
    }

    @Test
    void anUnparseableMessageIsDeliveredRawWithTheReason() {
        SourceRecord record = record("no priority here");
        Struct value = (Struct) record.value();
        assertThat(value.getString("format")).isEqualTo("raw");
        assertThat(value.getString("message")).isEqualTo("no priority here");
        assertThat(headers(record)).containsEntry("flume.syslog.status", "Invalid")
                .containsEntry("host", "192.0.2.7").containsKey("timestamp")
                .hasEntrySatisfying("syslog.parse.error", reason -> assertThat(reason).contains("PRI"));
        assertThat(metrics.unparsed().get()).isEqualTo(1);
    }

    @Test
    void aTruncatedMessageSaysSoAndKeepsItsLength() {
        SourceRecord record = record(new Frame("<13>Dec  3 07:00:00 h t: cut".getBytes(StandardCharsets.UTF_8), 5000),
                "value.type", "string");
        assertThat(record.value()).isEqualTo("<13>Dec  3 07:00:00 h t: cut");
        assertThat(headers(record)).containsEntry("flume.syslog.status", "Incomplete")
                .containsEntry("syslog.truncated.bytes", "5000").containsEntry("Severity", "5");
        assertThat(metrics.truncated().get()).isEqualTo(1);
    }

    @Test
    void rawLinesAreNotParsed() {
        SourceRecord record = record("<13>looks like syslog", "format", "raw", "value.type", "string");
        assertThat(record.value()).isEqualTo("<13>looks like syslog");
        assertThat(headers(record)).doesNotContainKeys("Facility", "flume.syslog.status");
        assertThat(metrics.parsed().get()).isZero();
        assertThat(metrics.messages().get()).isEqualTo(1);
    }
}
