package io.flumeconnect.transforms.aggregate;

import io.flumeconnect.transforms.support.FieldPath;
import org.apache.kafka.common.config.ConfigException;

/** Configured field paths, refused with an error naming the key and the value. */
final class FieldPaths {
    private FieldPaths() {
    }

    static FieldPath parse(String key, String path) {
        try {
            return FieldPath.parse(path);
        } catch (IllegalArgumentException e) {
            throw new ConfigException(key, path, e.getMessage());
        }
    }
}
