package io.flumeconnect.launcher.migrate.model;

import java.util.List;

/** A sink group: its sinks and its processor ({@code default}, {@code failover}, {@code load_balance}). */
public record SinkGroupDef(Component component, List<String> sinks) {
    public String processorType() {
        return component.settings().get("processor.type", "default").trim();
    }

    /** Failover priority of a sink; Flume takes the highest, and sinks without one have 0. */
    public int priority(String sink) {
        try {
            return Integer.parseInt(component.settings().get("processor.priority." + sink, "0").trim());
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
