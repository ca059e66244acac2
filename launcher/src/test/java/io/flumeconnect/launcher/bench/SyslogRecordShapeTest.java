package io.flumeconnect.launcher.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class SyslogRecordShapeTest {
    private static final Map<String, String> COMMON = Map.of("tasks.max", "2",
            "value.converter", "org.apache.kafka.connect.json.JsonConverter", "producer.override.linger.ms", "10");

    @Test
    void theCeilingGetsTheSyslogSourcesConvertersTasksPollSizeAndProducerOverrides() {
        SyslogRecordShape shape = new SyslogRecordShape("auto", "string", 200, 500, COMMON);

        Map<String, String> syslog = shape.syslogConfig("logs", "tcp", 5140);
        Map<String, String> ceiling = shape.ceilingConfig("ceiling", 1000);

        assertThat(syslog).containsAllEntriesOf(COMMON).containsEntry("poll.max.records", "500");
        assertThat(ceiling).containsAllEntriesOf(COMMON).containsEntry("batch.size", "500")
                .containsEntry("source.offsets", "false").containsEntry("records", "1000");
    }

    @Test
    void parsedStringMessagesAreTheWholeLineWithFlumesFourHeaders() {
        Map<String, String> ceiling = new SyslogRecordShape("auto", "string", 200, 2000, COMMON)
                .ceilingConfig("ceiling", 1);

        assertThat(ceiling).containsEntry("value.type", "string").containsEntry("value.bytes", "199")
                .containsEntry("headers", "Facility=16,Severity=6,host=bench-host,timestamp=1796284800000");
    }

    @Test
    void structsCarryTheMessagePartAfterTheRfc5424Header() {
        Map<String, String> ceiling = new SyslogRecordShape("auto", "struct", 200, 2000, COMMON)
                .ceilingConfig("ceiling", 1);

        assertThat(ceiling).containsEntry("value.type", "syslog_struct").containsEntry("value.bytes", "134");
    }

    @Test
    void rawLinesHaveNoHeaders() {
        SyslogRecordShape shape = new SyslogRecordShape("raw", "string", 200, 2000, COMMON);

        assertThat(shape.ceilingConfig("ceiling", 1)).containsEntry("headers", "").containsEntry("value.bytes", "199");
        assertThat(shape.syslogConfig("logs", "tcp", 5140)).containsEntry("format", "raw");
    }
}
