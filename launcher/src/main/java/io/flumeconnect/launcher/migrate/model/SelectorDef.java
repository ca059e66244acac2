package io.flumeconnect.launcher.migrate.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A source's channel selector ({@code selector.*}): replicating (the default) with its optional channels, or
 * multiplexing with its header, its value-to-channels mappings, optional channels per value and default channels.
 */
public record SelectorDef(Settings settings) {
    public static final String DEFAULT_HEADER = "flume.selector.header";

    public boolean isMultiplexing() {
        return settings.get("type", "replicating").trim().equalsIgnoreCase("multiplexing")
                || settings.get("type", "").equals("org.apache.flume.channel.MultiplexingChannelSelector");
    }

    public boolean isReplicating() {
        String type = settings.get("type", "replicating").trim();
        return type.equalsIgnoreCase("replicating") || type.equals("org.apache.flume.channel.ReplicatingChannelSelector");
    }

    public String header() {
        return settings.get("header", DEFAULT_HEADER);
    }

    /** {@code selector.mapping.<value>}: value to channels, in file order. */
    public Map<String, List<String>> mappings() {
        return valuesUnder("mapping.");
    }

    /** {@code selector.optional.<value>} of a multiplexing selector. */
    public Map<String, List<String>> optionalByValue() {
        return valuesUnder("optional.");
    }

    /** {@code selector.optional} of a replicating selector. */
    public List<String> optional() {
        return settings.words("optional");
    }

    public List<String> defaults() {
        return settings.words("default");
    }

    private Map<String, List<String>> valuesUnder(String sub) {
        Settings inner = settings.under(sub);
        Map<String, List<String>> values = new LinkedHashMap<>();
        inner.entries().keySet().forEach(value -> values.put(value, inner.words(value)));
        return values;
    }
}
