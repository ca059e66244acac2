package io.flumeconnect.sinks.file.template;

import java.time.Clock;
import java.util.Date;
import java.util.Locale;
import org.apache.kafka.connect.connector.ConnectRecord;
import org.apache.kafka.connect.errors.DataException;
import org.apache.kafka.connect.header.Header;

/**
 * Where a record's event time comes from: the Kafka record timestamp, a header (Flume's {@code timestamp}),
 * a field of the value, or the wall clock (Flume's {@code useLocalTimeStamp}).
 */
public final class EventTime {
    /** The time sources, as written in configuration (case-insensitive). */
    public enum Source { RECORD, HEADER, FIELD, WALLCLOCK }

    private final Source source;
    private final String name;
    private final Clock clock;

    /** {@code name} is the header or field to read for {@link Source#HEADER} and {@link Source#FIELD}. */
    public EventTime(Source source, String name, Clock clock) {
        this.source = source;
        this.name = name;
        this.clock = clock;
    }

    public static Source source(String configured) {
        return Source.valueOf(configured.trim().toUpperCase(Locale.ROOT));
    }

    /** The record's event time in epoch milliseconds; a {@link DataException} when it has none. */
    public long of(ConnectRecord<?> record) {
        return switch (source) {
            case RECORD -> require(record.timestamp(), "the record has no timestamp");
            case HEADER -> millis(headerValue(record), "header '" + name + "'");
            case FIELD -> millis(RecordFields.get(record.value(), name), "field '" + name + "'");
            case WALLCLOCK -> clock.millis();
        };
    }

    private Object headerValue(ConnectRecord<?> record) {
        Header header = record.headers().lastWithName(name);
        return header == null ? null : header.value();
    }

    private static long millis(Object value, String what) {
        if (value instanceof Number number) {
            return number.longValue();
        }
        if (value instanceof Date date) {
            return date.getTime();
        }
        if (value instanceof String text) {
            try {
                return Long.parseLong(text.trim());
            } catch (NumberFormatException e) {
                throw new DataException("Event time " + what + " is not epoch milliseconds: '" + text + "'");
            }
        }
        if (value instanceof byte[] bytes) {
            return millis(new String(bytes, java.nio.charset.StandardCharsets.UTF_8), what);
        }
        throw new DataException("Event time " + what + " is " + (value == null ? "missing" : "a " + value.getClass().getSimpleName()));
    }

    private static long require(Long timestamp, String message) {
        if (timestamp == null) {
            throw new DataException("Event time: " + message);
        }
        return timestamp;
    }
}
