package io.flumeconnect.launcher.migrate.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** One agent of a flume.conf, after Flume's own validation dropped what it would drop. */
public record AgentDef(String name, Map<String, SourceDef> sources, Map<String, Component> channels,
                       Map<String, SinkDef> sinks, List<SinkGroupDef> sinkGroups) {
    public Optional<SinkGroupDef> groupOf(String sink) {
        return sinkGroups.stream().filter(g -> g.sinks().contains(sink)).findFirst();
    }
}
