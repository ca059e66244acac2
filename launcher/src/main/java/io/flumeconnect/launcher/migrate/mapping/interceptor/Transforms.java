package io.flumeconnect.launcher.migrate.mapping.interceptor;

import io.flumeconnect.launcher.migrate.mapping.KeyLedger;
import java.util.Map;

/** Helpers shared by the interceptor mappers: the transform classes and Flume's common keys. */
final class Transforms {
    static final String PACKAGE = "io.flumeconnect.transforms.";

    private Transforms() {
    }

    /** Copies a Flume key to a transform key when it is set, and records it as mapped. */
    static void copy(KeyLedger keys, String flumeKey, Map<String, String> config, String transformKey) {
        keys.settings().get(flumeKey).ifPresent(value -> {
            config.put(transformKey, value.trim());
            keys.mapped(flumeKey, transformKey);
        });
    }

    /** Sets {@code preserve.existing} to Flume's value, or to Flume's default when the key is not set. */
    static void preserveExisting(KeyLedger keys, Map<String, String> config, boolean flumeDefault) {
        config.put("preserve.existing", keys.settings().get("preserveExisting", String.valueOf(flumeDefault)).trim());
        keys.mapped("preserveExisting", "preserve.existing");
    }
}
