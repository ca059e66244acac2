package io.flumeconnect.launcher.migrate.model;

import io.flumeconnect.launcher.migrate.conf.PropertyLine;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The keys of one component, relative to it: for {@code a1.sinks.k1.hdfs.path} the key is {@code hdfs.path}.
 * {@link #prefix()} is what precedes them in the file, for messages.
 */
public record Settings(String prefix, Map<String, PropertyLine> entries) {
    public Settings {
        entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
    }

    public boolean has(String key) {
        return entries.containsKey(key);
    }

    public Optional<String> get(String key) {
        return Optional.ofNullable(entries.get(key)).map(PropertyLine::value);
    }

    public String get(String key, String defaultValue) {
        return get(key).orElse(defaultValue);
    }

    /** A white-space separated list, as Flume's {@code channels}, {@code sinks}, {@code interceptors}. */
    public List<String> words(String key) {
        return get(key).map(v -> Arrays.stream(v.trim().split("\\s+")).filter(w -> !w.isEmpty()).toList())
                .orElse(List.of());
    }

    public int line(String key) {
        PropertyLine entry = entries.get(key);
        return entry == null ? 0 : entry.line();
    }

    /** The keys under {@code sub.} (e.g. {@code interceptors.i1.}), relative to it. */
    public Settings under(String sub) {
        Map<String, PropertyLine> inner = new LinkedHashMap<>();
        entries.forEach((key, entry) -> {
            if (key.startsWith(sub)) {
                inner.put(key.substring(sub.length()), entry);
            }
        });
        return new Settings(prefix + sub, inner);
    }

    /** The full key as written in the file, e.g. {@code a1.sinks.k1.hdfs.path}. */
    public String fullKey(String key) {
        return prefix + key;
    }
}
