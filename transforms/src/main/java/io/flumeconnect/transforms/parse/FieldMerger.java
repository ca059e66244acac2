package io.flumeconnect.transforms.parse;

import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.common.cache.Cache;
import org.apache.kafka.common.cache.LRUCache;
import org.apache.kafka.common.cache.SynchronizedCache;
import org.apache.kafka.connect.data.Field;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.SchemaBuilder;
import org.apache.kafka.connect.data.Struct;

/**
 * Puts typed top-level fields into a Struct or Map value. In a Struct a new field is appended to the schema,
 * an existing one keeps its place and takes the new field's schema; each merged schema is built once per
 * (input schema, added fields) and cached.
 */
final class FieldMerger {
    private static final int SCHEMA_CACHE_SIZE = 64;

    private record SchemaKey(Schema base, Map<String, Schema> added) {
    }

    private final Cache<SchemaKey, Schema> schemas = new SynchronizedCache<>(new LRUCache<>(SCHEMA_CACHE_SIZE));

    /** {@code map} with {@code values} put into a copy. */
    Map<Object, Object> merge(Map<?, ?> map, Map<String, ?> values) {
        Map<Object, Object> merged = new HashMap<>(map);
        merged.putAll(values);
        return merged;
    }

    /** A copy of {@code struct} with {@code values}, whose schemas are {@code schemas} (same keys). */
    Struct merge(Struct struct, Map<String, ?> values, Map<String, Schema> schemas) {
        Schema schema = schemaFor(struct.schema(), schemas);
        Struct merged = new Struct(schema);
        for (Field field : struct.schema().fields()) {
            if (!values.containsKey(field.name())) {
                merged.put(field.name(), struct.get(field));
            }
        }
        values.forEach(merged::put);
        return merged;
    }

    private Schema schemaFor(Schema base, Map<String, Schema> added) {
        SchemaKey key = new SchemaKey(base, added);
        Schema cached = schemas.get(key);
        if (cached == null) {
            cached = build(base, added);
            schemas.put(key, cached);
        }
        return cached;
    }

    private static Schema build(Schema base, Map<String, Schema> added) {
        SchemaBuilder builder = SchemaBuilder.struct().name(base.name()).version(base.version()).doc(base.doc());
        if (base.parameters() != null) {
            builder.parameters(base.parameters());
        }
        if (base.isOptional()) {
            builder.optional();
        }
        for (Field field : base.fields()) {
            builder.field(field.name(), added.getOrDefault(field.name(), field.schema()));
        }
        added.forEach((name, schema) -> {
            if (base.field(name) == null) {
                builder.field(name, schema);
            }
        });
        return builder.build();
    }
}
