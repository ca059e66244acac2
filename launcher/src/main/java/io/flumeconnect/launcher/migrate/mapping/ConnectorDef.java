package io.flumeconnect.launcher.migrate.mapping;

import java.util.Map;

/** A generated connector: its name and config, as {@code PUT /connectors/NAME/config} takes it. */
public record ConnectorDef(String name, Map<String, String> config) {
    public String connectorClass() {
        return config.get("connector.class");
    }
}
