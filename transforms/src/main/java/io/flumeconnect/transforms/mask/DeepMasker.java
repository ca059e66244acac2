package io.flumeconnect.transforms.mask;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.apache.kafka.connect.data.Field;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.Struct;

/**
 * Masks every string in a structured value (Struct fields, Map values, list elements, at any depth), keeping
 * the schema: only STRING fields change, so the result is valid against the same schema. A value with nothing
 * to mask is returned as the same instance, and so is every part of it that has nothing to mask.
 */
final class DeepMasker {
    private final UnaryOperator<String> masker;

    DeepMasker(UnaryOperator<String> masker) {
        this.masker = masker;
    }

    Object mask(Object value) {
        if (value instanceof String text) {
            return masker.apply(text);
        }
        if (value instanceof Struct struct) {
            return mask(struct);
        }
        if (value instanceof Map<?, ?> map) {
            return mask(map);
        }
        if (value instanceof List<?> list) {
            return mask(list);
        }
        return value;
    }

    private Struct mask(Struct struct) {
        Schema schema = struct.schema();
        Object[] masked = new Object[schema.fields().size()];
        boolean changed = false;
        for (Field field : schema.fields()) {
            Object original = struct.get(field);
            masked[field.index()] = mask(original);
            changed |= masked[field.index()] != original;
        }
        if (!changed) {
            return struct;
        }
        Struct copy = new Struct(schema);
        schema.fields().forEach(field -> copy.put(field, masked[field.index()]));
        return copy;
    }

    private Map<?, ?> mask(Map<?, ?> map) {
        Map<Object, Object> copy = new LinkedHashMap<>();
        boolean changed = false;
        for (Map.Entry<?, ?> entry : map.entrySet()) {
            Object masked = mask(entry.getValue());
            copy.put(entry.getKey(), masked);
            changed |= masked != entry.getValue();
        }
        return changed ? copy : map;
    }

    private List<?> mask(List<?> list) {
        List<Object> copy = new ArrayList<>(list.size());
        boolean changed = false;
        for (Object element : list) {
            Object masked = mask(element);
            copy.add(masked);
            changed |= masked != element;
        }
        return changed ? copy : list;
    }
}
