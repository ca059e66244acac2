package io.flumeconnect.launcher.migrate.mapping;

import io.flumeconnect.launcher.migrate.model.Problem;
import java.util.List;

/** The outcome of a migration: the connectors and topics to create, every component's report, and the warnings. */
public record Migration(List<ConnectorDef> connectors, List<TopicDef> topics, List<ComponentReport> components,
                        List<Problem> warnings) {
    /** The components that could not be (fully) mapped; the command's exit status is non-zero when there are any. */
    public List<ComponentReport> unmapped() {
        return components.stream().filter(ComponentReport::unmapped).toList();
    }
}
