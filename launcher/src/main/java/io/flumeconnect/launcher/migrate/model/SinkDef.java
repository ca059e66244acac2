package io.flumeconnect.launcher.migrate.model;

/** A sink and the one channel it drains. */
public record SinkDef(Component component, String channel) {
    public String name() {
        return component.name();
    }
}
