package io.flumeconnect.launcher.migrate.mapping;

import io.flumeconnect.launcher.migrate.model.Component;
import java.util.List;

/** One component in the report: what it became, the connectors made from it, and every one of its keys. */
public record ComponentReport(Component component, KeyStatus status, String summary, List<String> connectors,
                              List<KeyOutcome> keys) {
    /** Whether the component, or any of its keys, could not be mapped. */
    public boolean unmapped() {
        return status.unmapped() || keys.stream().anyMatch(k -> k.status().unmapped());
    }
}
