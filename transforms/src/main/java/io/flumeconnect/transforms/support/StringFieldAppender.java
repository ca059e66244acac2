package io.flumeconnect.transforms.support;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.cache.Cache;
import org.apache.kafka.common.cache.LRUCache;
import org.apache.kafka.common.cache.SynchronizedCache;
import org.apache.kafka.connect.connector.ConnectRecord;
import org.apache.kafka.connect.data.Field;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.SchemaBuilder;
import org.apache.kafka.connect.data.Struct;

/**
 * Sets a fixed set of top-level string fields in a record's value. In a Map value they are put; in a Struct
 * value they become optional STRING fields appended to the schema (a field the schema already has is
 * overwritten and must be a STRING field). The extended schema is built once per input schema and cached.
 */
public final class StringFieldAppender {
    private static final int SCHEMA_CACHE_SIZE = 16;

    private final List<String> names;
    private final Cache<Schema, Schema> schemas = new SynchronizedCache<>(new LRUCache<>(SCHEMA_CACHE_SIZE));

    public StringFieldAppender(List<String> names) {
        this.names = List.copyOf(names);
    }

    /** A copy of {@code record} whose value also holds {@code values} (names from the constructor). */
    public <R extends ConnectRecord<R>> R append(R record, Map<String, String> values, Requirements requirements) {
        Object value = record.value();
        if (value instanceof Struct struct) {
            Struct updated = appendTo(struct, values, schemaFor(record, struct.schema(), requirements));
            return withValue(record, updated.schema(), updated);
        }
        if (value instanceof Map<?, ?> map) {
            Map<Object, Object> updated = new HashMap<>(map);
            updated.putAll(values);
            return withValue(record, record.valueSchema(), updated);
        }
        throw requirements.fail(record, "writing fields needs a Struct or Map value, found " + Requirements.typeOf(value));
    }

    private static Struct appendTo(Struct struct, Map<String, String> values, Schema schema) {
        Struct updated = new Struct(schema);
        for (Field field : struct.schema().fields()) {
            updated.put(field.name(), struct.get(field));
        }
        values.forEach(updated::put);
        return updated;
    }

    private Schema schemaFor(ConnectRecord<?> record, Schema schema, Requirements requirements) {
        Schema cached = schemas.get(schema);
        if (cached == null) {
            cached = extend(record, schema, requirements);
            schemas.put(schema, cached);
        }
        return cached;
    }

    private Schema extend(ConnectRecord<?> record, Schema schema, Requirements requirements) {
        SchemaBuilder builder = SchemaBuilder.struct().name(schema.name()).version(schema.version()).doc(schema.doc());
        if (schema.parameters() != null) {
            builder.parameters(schema.parameters());
        }
        if (schema.isOptional()) {
            builder.optional();
        }
        schema.fields().forEach(field -> builder.field(field.name(), field.schema()));
        for (String name : names) {
            Field existing = schema.field(name);
            if (existing == null) {
                builder.field(name, Schema.OPTIONAL_STRING_SCHEMA);
            } else if (existing.schema().type() != Schema.Type.STRING) {
                throw requirements.fail(record, "field '" + name + "' exists with type " + existing.schema().type()
                        + ", not STRING");
            }
        }
        return builder.build();
    }

    private static <R extends ConnectRecord<R>> R withValue(R record, Schema schema, Object value) {
        return record.newRecord(record.topic(), record.kafkaPartition(), record.keySchema(), record.key(),
                schema, value, record.timestamp());
    }
}
