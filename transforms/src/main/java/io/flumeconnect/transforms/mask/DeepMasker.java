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
 * the schema: only STRING fields change, so the result is valid against the same schema.
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
            Map<Object, Object> copy = new LinkedHashMap<>();
            map.forEach((key, element) -> copy.put(key, mask(element)));
            return copy;
        }
        if (value instanceof List<?> list) {
            List<Object> copy = new ArrayList<>(list.size());
            list.forEach(element -> copy.add(mask(element)));
            return copy;
        }
        return value;
    }

    private Struct mask(Struct struct) {
        Schema schema = struct.schema();
        Struct copy = new Struct(schema);
        for (Field field : schema.fields()) {
            copy.put(field, mask(struct.get(field)));
        }
        return copy;
    }
}
