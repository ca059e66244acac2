package io.flumeconnect.transforms.support;

import java.util.List;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigException;

/** One {@link Location} (a STRING key) or several (a LIST key). */
public final class LocationValidator implements ConfigDef.Validator {
    @Override
    public void ensureValid(String name, Object value) {
        if (value instanceof List<?> list) {
            list.forEach(item -> parse(name, String.valueOf(item)));
        } else if (value != null) {
            parse(name, value.toString());
        }
    }

    /** Parses a configured location, or fails with an error naming the key and the value. */
    public static Location parse(String name, String value) {
        try {
            return Location.parse(value);
        } catch (IllegalArgumentException e) {
            throw new ConfigException(name, value, e.getMessage());
        }
    }

    /** Parses each configured location. */
    public static List<Location> parseAll(String name, List<String> values) {
        return values.stream().map(value -> parse(name, value)).toList();
    }

    @Override
    public String toString() {
        return Location.SYNTAX;
    }
}
