package io.flumeconnect.launcher.migrate.mapping;

import java.util.Map;
import java.util.Optional;

/**
 * What a source or sink became: a connector's config (without name, topic(s) and the common keys the
 * {@link Migrator} adds), or no connector; and one sentence for the report saying what it is now.
 */
public record Mapped(Optional<Map<String, String>> config, KeyStatus status, String summary) {
    public static Mapped connector(Map<String, String> config, String summary) {
        return new Mapped(Optional.of(config), KeyStatus.MAPPED, summary);
    }

    public static Mapped connector(Map<String, String> config, KeyStatus status, String summary) {
        return new Mapped(Optional.of(config), status, summary);
    }

    public static Mapped noConnector(KeyStatus status, String summary) {
        return new Mapped(Optional.empty(), status, summary);
    }
}
