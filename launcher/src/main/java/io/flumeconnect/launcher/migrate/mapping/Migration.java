package io.flumeconnect.launcher.migrate.mapping;

import io.flumeconnect.launcher.migrate.model.Problem;
import java.util.List;
import java.util.Map;

/**
 * The outcome of a migration: the connectors and topics to create, every component's report, the warnings, and the
 * secrets the connectors refer to in {@code secretsFile} (reference key to value).
 */
public record Migration(List<ConnectorDef> connectors, List<TopicDef> topics, List<ComponentReport> components,
                        List<Problem> warnings, String secretsFile, Map<String, String> secrets) {
    /** The components that could not be (fully) mapped; the command's exit status is non-zero when there are any. */
    public List<ComponentReport> unmapped() {
        return components.stream().filter(ComponentReport::unmapped).toList();
    }
}
