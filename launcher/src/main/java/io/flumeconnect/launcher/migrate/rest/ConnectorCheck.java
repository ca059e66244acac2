package io.flumeconnect.launcher.migrate.rest;

import io.flumeconnect.launcher.migrate.mapping.ConnectorDef;
import io.flumeconnect.launcher.process.ConnectRestClient;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code --check}: validates each generated connector on a running worker and collects the per-key errors. */
public final class ConnectorCheck {
    private ConnectorCheck() {
    }

    /** Connector name to (key to messages), only for connectors with errors. */
    public static Map<String, Map<String, List<String>>> run(ConnectRestClient worker, List<ConnectorDef> connectors)
            throws IOException, InterruptedException {
        Map<String, Map<String, List<String>>> failures = new LinkedHashMap<>();
        for (ConnectorDef connector : connectors) {
            Map<String, String> config = new LinkedHashMap<>(connector.config());
            config.put("name", connector.name());
            Map<String, List<String>> errors = worker.validate(connector.connectorClass(), config);
            if (!errors.isEmpty()) {
                failures.put(connector.name(), errors);
            }
        }
        return failures;
    }
}
