package io.flumeconnect.sinks.file.template;

import java.nio.charset.StandardCharsets;
import org.apache.kafka.connect.connector.ConnectRecord;
import org.apache.kafka.connect.header.Header;

/** {@link TemplateValues} of a Connect record; the event time is read only when a template needs it. */
public final class RecordTemplateValues implements TemplateValues {
    private final ConnectRecord<?> record;
    private final EventTime time;

    public RecordTemplateValues(ConnectRecord<?> record, EventTime time) {
        this.record = record;
        this.time = time;
    }

    @Override
    public String topic() {
        return record.topic();
    }

    @Override
    public Integer partition() {
        return record.kafkaPartition();
    }

    @Override
    public String header(String name) {
        Header header = record.headers().lastWithName(name);
        if (header == null || header.value() == null) {
            return null;
        }
        return header.value() instanceof byte[] bytes ? new String(bytes, StandardCharsets.UTF_8) : header.value().toString();
    }

    @Override
    public Object field(String path) {
        return RecordFields.get(record.value(), path);
    }

    @Override
    public long timestampMillis() {
        return time.of(record);
    }
}
