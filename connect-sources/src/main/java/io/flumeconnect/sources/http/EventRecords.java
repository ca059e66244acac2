package io.flumeconnect.sources.http;

import io.flumeconnect.sources.http.HttpSourceConfig.ValueType;
import io.flumeconnect.sources.http.format.Event;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.header.ConnectHeaders;
import org.apache.kafka.connect.source.SourceRecord;

/**
 * Turns a request's events into records: the value as configured, the request's headers (client address, copied
 * HTTP headers and query parameters) and then the event's own Flume headers. Listeners have no source offsets:
 * the records carry none.
 */
public final class EventRecords {
    private final ValueType valueType;
    private final ValueSchema valueSchema;

    public EventRecords(ValueType valueType, ValueSchema valueSchema) {
        this.valueType = valueType;
        this.valueSchema = valueSchema;
    }

    /** What every record of one request shares. */
    public record RequestContext(String topic, Charset charset, Map<String, String> headers, long timestamp) {
    }

    /** @throws RequestException 400 when an event does not fit {@code value.schema.fields} */
    public List<SourceRecord> records(List<Event> events, RequestContext request) throws RequestException {
        List<SourceRecord> records = new ArrayList<>(events.size());
        for (int i = 0; i < events.size(); i++) {
            Event event = events.get(i);
            ConnectHeaders headers = new ConnectHeaders();
            request.headers().forEach(headers::addString);
            event.headers().forEach(headers::addString);
            Object value = value(event.body(), request.charset(), i + 1);
            records.add(new SourceRecord(null, null, request.topic(), null, null, null, schemaOf(value), value,
                    request.timestamp(), headers));
        }
        return records;
    }

    private Object value(Object body, Charset charset, int eventNumber) throws RequestException {
        if (body instanceof String text) {
            return valueType == ValueType.BYTES ? text.getBytes(charset) : text;
        }
        if (body instanceof Map<?, ?> object && valueSchema != null) {
            @SuppressWarnings("unchecked")
            Map<String, Object> fields = (Map<String, Object>) object;
            return valueSchema.toStruct(fields, eventNumber);
        }
        return body;
    }

    private Schema schemaOf(Object value) {
        if (value instanceof String) {
            return Schema.OPTIONAL_STRING_SCHEMA;
        }
        if (value instanceof byte[]) {
            return Schema.OPTIONAL_BYTES_SCHEMA;
        }
        return valueSchema == null ? null : valueSchema.schema();
    }
}
