package io.flumeconnect.sinks.file.engine;

import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigException;

/** A file name suffix: empty, or text without {@code +}, {@code /}, {@code \} that does not end in {@code .tmp}. */
public final class SuffixValidator implements ConfigDef.Validator {
    @Override
    public void ensureValid(String name, Object value) {
        String suffix = (String) value;
        if (suffix.contains("+") || suffix.contains("/") || suffix.contains("\\")) {
            throw new ConfigException(name, value, "a suffix cannot hold '+' (it separates the offsets in file names) or '/'");
        }
        if (suffix.endsWith(".tmp")) {
            throw new ConfigException(name, value, "'.tmp' marks files being written");
        }
    }

    @Override
    public String toString() {
        return "empty (the format's extension) or text without '+', '/', '\\', not ending in '.tmp'";
    }
}
