package io.flumeconnect.sources.syslog;

import io.flumeconnect.common.FlumeHeaders;
import io.flumeconnect.sources.syslog.SyslogSourceConfig.ValueType;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.time.Clock;
import java.time.Instant;
import java.util.stream.IntStream;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.header.ConnectHeaders;
import org.apache.kafka.connect.header.Header;
import org.apache.kafka.connect.source.SourceRecord;

/** Turns a framed message into a record: parsed (or raw) value, Flume's headers, the reasons it is not whole. */
final class SyslogRecords {
    /** Flume's syslog status header: {@code Invalid} (did not parse) or {@code Incomplete} (truncated). */
    static final String STATUS_HEADER = "flume.syslog.status";
    static final String PARSE_ERROR_HEADER = "syslog.parse.error";
    static final String TRUNCATED_HEADER = "syslog.truncated.bytes";
    /** The Facility (0-23) and Severity (0-7) headers, made once and shared by every record (headers are immutable). */
    private static final Header[] FACILITIES = headers(FlumeHeaders.FACILITY, 24);
    private static final Header[] SEVERITIES = headers(FlumeHeaders.SEVERITY, 8);

    private final SyslogSourceConfig config;
    private final SyslogParser parser;
    private final SyslogMetrics metrics;
    private final Clock clock;

    SyslogRecords(SyslogSourceConfig config, SyslogMetrics metrics, Clock clock) {
        this.config = config;
        this.parser = new SyslogParser(config.format, config.timezone, clock);
        this.metrics = metrics;
        this.clock = clock;
    }

    /** The sender's IP address as the records carry it; null when unknown. Worked out once per connection. */
    static String remoteAddress(SocketAddress remote) {
        return remote instanceof InetSocketAddress inet && inet.getAddress() != null
                ? inet.getAddress().getHostAddress() : null;
    }

    /** The record of {@code frame} from {@code remoteAddress} (see {@link #remoteAddress(SocketAddress)}). */
    SourceRecord record(Frame frame, String remoteAddress) {
        String text = new String(frame.bytes(), config.charset);
        ConnectHeaders headers = new ConnectHeaders();
        if (frame.truncated()) {
            metrics.truncated().increment();
            headers.addString(STATUS_HEADER, "Incomplete");
            headers.addString(TRUNCATED_HEADER, Integer.toString(frame.length()));
        }
        metrics.messages().increment();
        if (config.format == SyslogFormat.RAW) {
            return record(Schema.STRING_SCHEMA, text, clock.millis(), headers);
        }
        try {
            return parsed(parser.parse(text), text, remoteAddress, headers);
        } catch (SyslogParseException e) {
            return unparsed(e.getMessage(), text, remoteAddress, headers);
        }
    }

    private SourceRecord parsed(SyslogMessage message, String text, String remoteAddress, ConnectHeaders headers) {
        metrics.parsed().increment();
        long time = message.timestamp() == null ? clock.millis() : toMillis(message.timestamp());
        headers.add(FACILITIES[message.facility()]);
        headers.add(SEVERITIES[message.severity()]);
        addHost(headers, message.hostname(), remoteAddress);
        headers.addString(FlumeHeaders.TIMESTAMP, Long.toString(time));
        return config.valueType == ValueType.STRING ? record(Schema.STRING_SCHEMA, text, time, headers)
                : record(SyslogSchema.VALUE, SyslogSchema.parsed(message, remoteAddress, rawField(text)), time,
                headers);
    }

    private SourceRecord unparsed(String reason, String text, String remoteAddress, ConnectHeaders headers) {
        metrics.unparsed().increment();
        long now = clock.millis();
        headers.addString(STATUS_HEADER, "Invalid");
        headers.addString(PARSE_ERROR_HEADER, reason);
        addHost(headers, null, remoteAddress);
        headers.addString(FlumeHeaders.TIMESTAMP, Long.toString(now));
        return config.valueType == ValueType.STRING ? record(Schema.STRING_SCHEMA, text, now, headers)
                : record(SyslogSchema.VALUE, SyslogSchema.unparsed(text, remoteAddress, rawField(text)), now, headers);
    }

    private String rawField(String text) {
        return config.rawField ? text : null;
    }

    private static Header[] headers(String key, int values) {
        return IntStream.range(0, values)
                .mapToObj(value -> new ConnectHeaders().addString(key, Integer.toString(value)).lastWithName(key))
                .toArray(Header[]::new);
    }

    private static void addHost(ConnectHeaders headers, String hostname, String remoteAddress) {
        String host = hostname != null ? hostname : remoteAddress;
        if (host != null) {
            headers.addString(FlumeHeaders.HOST, host);
        }
    }

    private static long toMillis(Instant instant) {
        try {
            return instant.toEpochMilli();
        } catch (ArithmeticException e) {
            return instant.isBefore(Instant.EPOCH) ? Long.MIN_VALUE : Long.MAX_VALUE;
        }
    }

    private SourceRecord record(Schema schema, Object value, long timestamp, ConnectHeaders headers) {
        return new SourceRecord(null, null, config.topic, null, null, null, schema, value, timestamp, headers);
    }
}
