package io.flumeconnect.sinks.file.format;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.kafka.connect.data.Values;
import org.apache.kafka.connect.header.Header;
import org.apache.kafka.connect.sink.SinkRecord;

/** A record's Kafka headers as Flume's event headers: a map of strings. */
public final class FlumeHeaders {
    private FlumeHeaders() {
    }

    /** Every header with a value, the last one of a name winning (Flume's headers are a map). */
    public static Map<String, String> of(SinkRecord record) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (Header header : record.headers()) {
            String text = text(header);
            if (text != null) {
                headers.put(header.key(), text);
            }
        }
        return headers;
    }

    /** The header's value as Flume would hold it: bytes as UTF-8, other values as Connect prints them; null for none. */
    public static String text(Header header) {
        if (header == null || header.value() == null) {
            return null;
        }
        if (header.value() instanceof byte[] bytes) {
            return new String(bytes, StandardCharsets.UTF_8);
        }
        return Values.convertToString(header.schema(), header.value());
    }
}
