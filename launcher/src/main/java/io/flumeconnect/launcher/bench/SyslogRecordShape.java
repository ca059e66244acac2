package io.flumeconnect.launcher.bench;

import java.util.HashMap;
import java.util.Map;

/**
 * What the syslog source's records look like in a benchmark run, and the same records from the test plugin's
 * counting source: the benchmark's Connect ceiling. Both connectors get the same value type and size, headers,
 * converters, tasks, records per poll and producer overrides; the ceiling builds its records in memory, so its
 * distance from the raw producer is the Connect runtime's cost and the syslog source's distance from it is the
 * connector's own (network, framing, parsing, the handoff to {@code poll()}).
 *
 * @param format        the syslog source's {@code format}; {@code raw} records carry the line and no headers
 * @param valueType     {@code string} (the message as received) or {@code struct} (parsed, docs/syslog-source.md)
 * @param messageBytes  bytes of a message as sent, with its line end
 * @param common        connector keys both sides share: converters, {@code tasks.max}, {@code producer.override.*}
 */
record SyslogRecordShape(String format, String valueType, int messageBytes, int pollRecords,
                         Map<String, String> common) {
    /** The headers the syslog source puts on the benchmark's parsed messages ({@code <134>}, bench-host). */
    static final String PARSED_HEADERS = "Facility=16,Severity=6,host=bench-host,timestamp=1796284800000";
    /** The benchmark messages' header before the MSG part: {@code <134>1 TIMESTAMP HOST APP PROCID MSGID - }. */
    private static final int RFC5424_HEADER_BYTES = 65;

    boolean raw() {
        return "raw".equals(format);
    }

    /** The syslog connector's own keys on top of the shared ones. */
    Map<String, String> syslogConfig(String topic, String protocol, int port) {
        Map<String, String> config = new HashMap<>(common);
        config.putAll(Map.of(
                "connector.class", "io.flumeconnect.sources.syslog.SyslogSourceConnector",
                "topic", topic,
                "protocol", protocol,
                "bind.address", "127.0.0.1",
                "ports", Integer.toString(port),
                "format", format,
                "value.type", valueType,
                "poll.max.records", Integer.toString(pollRecords)));
        return config;
    }

    /** The counting source making the same records: same value type and size, same headers, no source offsets. */
    Map<String, String> ceilingConfig(String topic, long records) {
        Map<String, String> config = new HashMap<>(common);
        config.putAll(Map.of(
                "connector.class", "io.flumeconnect.smoke.CountingSourceConnector",
                "topic", topic,
                "records", Long.toString(records),
                "batch.size", Integer.toString(pollRecords),
                "poll.interval.ms", "0",
                "source.offsets", "false",
                "value.type", "struct".equals(valueType) ? "syslog_struct" : "string",
                "value.bytes", Integer.toString("struct".equals(valueType)
                        ? messageBytes - 1 - RFC5424_HEADER_BYTES : messageBytes - 1),
                "headers", raw() ? "" : PARSED_HEADERS));
        return config;
    }

    String describe() {
        return raw() ? "format=raw (not parsed, value the line as a String, no headers)"
                : "format=%s, value.type=%s, Flume's 4 headers (%s)".formatted(format, valueType, PARSED_HEADERS);
    }
}
