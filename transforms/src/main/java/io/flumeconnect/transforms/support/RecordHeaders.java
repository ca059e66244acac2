package io.flumeconnect.transforms.support;

import org.apache.kafka.connect.connector.ConnectRecord;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.header.Headers;

/** Setting a record's headers without changing the record the transform was given. */
public final class RecordHeaders {
    private RecordHeaders() {
    }

    /**
     * A copy of {@code record} whose only header named {@code name} holds {@code value}, or {@code record}
     * itself when {@code preserveExisting} and it has such a header already (Flume's {@code preserveExisting}).
     */
    public static <R extends ConnectRecord<R>> R put(R record, String name, Schema schema, Object value,
                                                     boolean preserveExisting) {
        if (preserveExisting && record.headers().lastWithName(name) != null) {
            return record;
        }
        Headers headers = record.headers().duplicate();
        headers.remove(name);
        headers.add(name, value, schema);
        return withHeaders(record, headers);
    }

    /** A copy of {@code record} with {@code headers}. */
    public static <R extends ConnectRecord<R>> R withHeaders(R record, Headers headers) {
        return record.newRecord(record.topic(), record.kafkaPartition(), record.keySchema(), record.key(),
                record.valueSchema(), record.value(), record.timestamp(), headers);
    }
}
