package io.flumeconnect.transforms.support;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.kafka.connect.data.Field;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.Struct;

/**
 * A field of a {@link Struct} or {@link Map}, nested with dots: {@code http.request.method}. Reading a path
 * that is not there gives {@code null}; writing copies each Struct or Map along the path, so the record a
 * transform was given is never changed.
 */
public final class FieldPath {
    private static final Pattern DOT = Pattern.compile("\\.");

    private final String text;
    private final String[] names;

    private FieldPath(String text) {
        this.text = text;
        this.names = DOT.split(text, -1);
    }

    /** {@code dotted} is non-empty and has no empty segment (validated by {@link LocationValidator}). */
    public static FieldPath parse(String dotted) {
        FieldPath path = new FieldPath(dotted);
        for (String name : path.names) {
            if (name.isEmpty()) {
                throw new IllegalArgumentException("field path '" + dotted + "' has an empty segment");
            }
        }
        return path;
    }

    /** True for the values a path can be read from and written into. */
    public static boolean isContainer(Object value) {
        return value instanceof Struct || value instanceof Map;
    }

    /** The value at this path in {@code container} (a Struct or Map), or {@code null} when it is not there. */
    public Object get(Object container) {
        Object current = container;
        for (String name : names) {
            current = child(current, name);
            if (current == null) {
                return null;
            }
        }
        return current;
    }

    /** The schema of the field at this path in {@code schema}, or {@code null} when it has no such field. */
    public Schema schemaIn(Schema schema) {
        Schema current = schema;
        for (String name : names) {
            if (current == null || current.type() != Schema.Type.STRUCT) {
                return null;
            }
            Field field = current.field(name);
            current = field == null ? null : field.schema();
        }
        return current;
    }

    /**
     * A copy of {@code container} with {@code value} at this path. In a Struct every field of the path must
     * exist in the schema; in a Map missing levels are created.
     */
    public Object with(Object container, Object value) {
        return with(container, 0, value);
    }

    private Object with(Object container, int depth, Object value) {
        String name = names[depth];
        Object replacement = depth == names.length - 1 ? value : with(childOrEmpty(container, name), depth + 1, value);
        if (container instanceof Struct struct) {
            return copyWith(struct, name, replacement);
        }
        Map<Object, Object> copy = new HashMap<>((Map<?, ?>) container);
        copy.put(name, replacement);
        return copy;
    }

    private Object childOrEmpty(Object container, String name) {
        Object child = child(container, name);
        if (child == null && container instanceof Map) {
            return Map.of();
        }
        if (!isContainer(child)) {
            throw new IllegalArgumentException("'" + name + "' in field path '" + text + "' is not a Struct or Map");
        }
        return child;
    }

    private Struct copyWith(Struct struct, String name, Object value) {
        if (struct.schema().field(name) == null) {
            throw new IllegalArgumentException("the schema has no field '" + name + "' of field path '" + text + "'");
        }
        Struct copy = new Struct(struct.schema());
        for (Field field : struct.schema().fields()) {
            copy.put(field, field.name().equals(name) ? value : struct.get(field));
        }
        return copy;
    }

    private static Object child(Object container, String name) {
        if (container instanceof Struct struct) {
            Field field = struct.schema().field(name);
            return field == null ? null : struct.get(field);
        }
        if (container instanceof Map<?, ?> map) {
            return map.get(name);
        }
        return null;
    }

    @Override
    public String toString() {
        return text;
    }
}
