package io.flumeconnect.sinks.file.template;

import java.util.Map;
import org.apache.kafka.connect.data.Field;
import org.apache.kafka.connect.data.Struct;

/** Reads a dotted field path ({@code user.id}) from a record value that is a {@link Struct} or a {@link Map}. */
public final class RecordFields {
    private RecordFields() {
    }

    /** The value at {@code path}, or {@code null} when any step is missing or not a Struct/Map. */
    public static Object get(Object value, String path) {
        Object current = value;
        for (String name : path.split("\\.", -1)) {
            current = child(current, name);
            if (current == null) {
                return null;
            }
        }
        return current;
    }

    private static Object child(Object parent, String name) {
        if (parent instanceof Struct struct) {
            Field field = struct.schema().field(name);
            return field == null ? null : struct.get(field);
        }
        if (parent instanceof Map<?, ?> map) {
            return map.get(name);
        }
        return null;
    }
}
