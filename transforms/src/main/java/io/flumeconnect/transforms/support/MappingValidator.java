package io.flumeconnect.transforms.support;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigException;

/**
 * A list of {@code from:to} pairs, such as {@code US:logs-us,EU:logs-eu}. The separator is the first colon,
 * so {@code to} may hold colons; {@code from} may be empty, {@code to} may not, a {@code from} appears once.
 */
public final class MappingValidator implements ConfigDef.Validator {
    @Override
    public void ensureValid(String name, Object value) {
        if (value instanceof List<?> entries) {
            parse(name, entries);
        }
    }

    /** The validated pairs in their configured order. */
    public static Map<String, String> parse(String name, List<?> entries) {
        Map<String, String> mapping = new LinkedHashMap<>();
        for (Object entry : entries) {
            String text = String.valueOf(entry);
            int colon = text.indexOf(':');
            if (colon < 0 || colon == text.length() - 1) {
                throw new ConfigException(name, entries, "entry '" + text + "' is not of the form from:to");
            }
            if (mapping.put(text.substring(0, colon), text.substring(colon + 1)) != null) {
                throw new ConfigException(name, entries, "'" + text.substring(0, colon) + "' is mapped twice");
            }
        }
        return mapping;
    }

    @Override
    public String toString() {
        return "a list of from:to pairs, e.g. US:logs-us,EU:logs-eu";
    }
}
