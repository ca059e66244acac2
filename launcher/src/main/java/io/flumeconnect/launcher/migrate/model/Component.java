package io.flumeconnect.launcher.migrate.model;

import java.util.Locale;

/**
 * A source, channel, sink or sink group of an agent: its name, its {@code type} and all its keys.
 * {@code line} is where its type is set (or, without one, where it is first named).
 */
public record Component(String agent, Kind kind, String name, String type, int line, Settings settings) {
    public enum Kind {
        SOURCE("sources"), CHANNEL("channels"), SINK("sinks"), SINK_GROUP("sinkgroups");

        private final String property;

        Kind(String property) {
            this.property = property;
        }

        /** The word in the file: {@code sources}, {@code channels}, {@code sinks}, {@code sinkgroups}. */
        public String property() {
            return property;
        }

        public String label() {
            return name().toLowerCase(Locale.ROOT).replace('_', ' ');
        }
    }

    /** {@code a1.sinks.k1}. */
    public String path() {
        return agent + "." + kind.property() + "." + name;
    }

    /** The type in lower case, for matching Flume's case-insensitive type names. */
    public String typeKey() {
        return type.toLowerCase(Locale.ROOT);
    }
}
