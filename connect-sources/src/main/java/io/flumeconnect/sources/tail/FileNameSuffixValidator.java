package io.flumeconnect.sources.tail;

import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigException;

/** Accepts a non-empty suffix that keeps a renamed file in its directory: no {@code /}. */
final class FileNameSuffixValidator implements ConfigDef.Validator {
    @Override
    public void ensureValid(String name, Object value) {
        String suffix = (String) value;
        if (suffix == null || suffix.isEmpty() || suffix.contains("/") || suffix.contains("\0")) {
            throw new ConfigException(name, value, "must be a non-empty file name suffix without '/'");
        }
    }

    @Override
    public String toString() {
        return "a non-empty file name suffix without '/'";
    }
}
