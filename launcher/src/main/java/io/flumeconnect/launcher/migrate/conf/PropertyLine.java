package io.flumeconnect.launcher.migrate.conf;

/**
 * One {@code key = value} of a flume.conf: the key and value as Flume sees them (unescaped, trimmed, {@code ${..}}
 * resolved), the value as written, and the line the entry starts on, for messages that name it.
 */
public record PropertyLine(String key, String value, String rawValue, int line) {
    public PropertyLine withValue(String resolved) {
        return new PropertyLine(key, resolved, rawValue, line);
    }

    /** Whether substitution changed the value, so the report can show what it was written as. */
    public boolean substituted() {
        return !value.equals(rawValue.trim());
    }
}
