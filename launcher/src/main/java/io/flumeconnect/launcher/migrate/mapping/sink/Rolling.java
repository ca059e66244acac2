package io.flumeconnect.launcher.migrate.mapping.sink;

import io.flumeconnect.launcher.migrate.mapping.KeyLedger;
import java.util.Map;

/** The rolling keys of Flume's file-writing sinks as the file sinks' {@code roll.*}, and key helpers they share. */
final class Rolling {
    private Rolling() {
    }

    /**
     * Seconds, bytes, events and idle seconds, with Flume's defaults written out (they differ from the sinks');
     * {@code null} keys are ones the Flume sink does not have (it never rolls that way).
     */
    static void apply(KeyLedger keys, Map<String, String> config, String interval, long intervalDefault,
                      String size, long sizeDefault, String count, long countDefault, String idle) {
        config.put("roll.interval.ms", String.valueOf(1000 * number(keys, interval, intervalDefault)));
        keys.mapped(interval, "roll.interval.ms (seconds there, milliseconds here; 0 never)");
        config.put("roll.size.bytes", String.valueOf(size == null ? 0 : number(keys, size, sizeDefault)));
        if (size != null) {
            keys.changed(size, "roll.size.bytes, counted as stored (after compression); Flume counted bytes "
                    + "written before compression");
        }
        config.put("roll.records", String.valueOf(count == null ? 0 : number(keys, count, countDefault)));
        if (count != null) {
            keys.mapped(count, "roll.records");
        }
        config.put("roll.idle.ms", String.valueOf(idle == null ? 0 : 1000 * number(keys, idle, 0)));
        if (idle != null) {
            keys.mapped(idle, "roll.idle.ms (seconds there)");
        }
    }

    private static long number(KeyLedger keys, String key, long defaultValue) {
        String value = keys.settings().get(key, String.valueOf(defaultValue)).trim();
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(keys.settings().fullKey(key) + " (line " + keys.settings().line(key)
                    + ") must be a whole number, was " + value, e);
        }
    }

    static void copy(KeyLedger keys, Map<String, String> config, String flumeKey, String key) {
        keys.settings().get(flumeKey).ifPresent(value -> {
            config.put(key, value.trim());
            keys.mapped(flumeKey, key);
        });
    }

    static void changed(KeyLedger keys, String why, String... flumeKeys) {
        for (String key : flumeKeys) {
            keys.changed(key, why);
        }
    }
}
