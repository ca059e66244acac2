package io.flumeconnect.launcher.migrate.model;

import io.flumeconnect.launcher.migrate.conf.PropertiesReader;
import io.flumeconnect.launcher.migrate.conf.Substitution;
import java.util.List;
import java.util.Optional;

/** A flume.conf's text to its agents: properties, then Flume 1.11's substitution, then Flume's reading of agents. */
public final class FlumeConfReader {
    private FlumeConfReader() {
    }

    public static FlumeConfig read(String text, Substitution substitution) {
        return AgentParser.parse(substitution.resolve(PropertiesReader.read(text)));
    }

    /** Only the agent named (others stay out of the migration); empty when the file has no such agent. */
    public static Optional<FlumeConfig> only(FlumeConfig config, String agent) {
        List<AgentDef> agents = config.agents().stream().filter(a -> a.name().equals(agent)).toList();
        return agents.isEmpty() ? Optional.empty() : Optional.of(new FlumeConfig(agents, config.problems()));
    }
}
