package io.flumeconnect.launcher.migrate.model;

import java.util.List;

/** A source with the channels it writes to (those that exist), its selector and its interceptors in order. */
public record SourceDef(Component component, List<String> channels, SelectorDef selector,
                        List<InterceptorDef> interceptors) {
    public String name() {
        return component.name();
    }
}
