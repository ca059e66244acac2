package io.flumeconnect.launcher.migrate.model;

import io.flumeconnect.launcher.migrate.conf.PropertyLine;
import io.flumeconnect.launcher.migrate.conf.Substitution;
import io.flumeconnect.launcher.migrate.model.Component.Kind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the agents from a flume.conf's entries the way Flume's {@code FlumeConfiguration} reads them: the first
 * word of a key is the agent, then {@code sources}, {@code channels}, {@code sinks} or {@code sinkgroups}, a
 * component name and its keys. What Flume ignores (empty values, keys without an agent, components configured
 * but not listed) is a warning; what makes Flume drop a component or an agent is an error naming the line.
 */
public final class AgentParser {
    private final List<Problem> problems = new ArrayList<>();

    private AgentParser() {
    }

    public static FlumeConfig parse(List<PropertyLine> entries) {
        AgentParser parser = new AgentParser();
        List<AgentDef> agents = new ArrayList<>();
        parser.byAgent(parser.lastWins(entries)).forEach((name, keys) ->
                agents.add(new AgentReader(name, keys, parser.problems).read()));
        parser.problems.addAll(AgentLinks.cycles(agents));
        parser.problems.sort(Comparator.comparingInt(Problem::line));
        return new FlumeConfig(agents, List.copyOf(parser.problems));
    }

    private Map<String, PropertyLine> lastWins(List<PropertyLine> entries) {
        Map<String, PropertyLine> byKey = new LinkedHashMap<>();
        for (PropertyLine entry : entries) {
            PropertyLine earlier = byKey.put(entry.key(), entry);
            if (earlier != null) {
                problems.add(Problem.warning(entry.line(), entry.key() + " is set again (first on line "
                        + earlier.line() + "); this value wins, as in Flume"));
            }
        }
        return byKey;
    }

    private Map<String, Map<String, PropertyLine>> byAgent(Map<String, PropertyLine> entries) {
        Map<String, Map<String, PropertyLine>> agents = new LinkedHashMap<>();
        for (PropertyLine entry : entries.values()) {
            int dot = entry.key().indexOf('.');
            if (entry.value().isEmpty()) {
                problems.add(Problem.warning(entry.line(), entry.key() + " has an empty value; Flume ignores it"));
            } else if (dot <= 0 || dot == entry.key().length() - 1) {
                problems.add(Problem.warning(entry.line(), entry.key()
                        + " does not start with an agent name and a key (agent.sources...); Flume ignores it"));
            } else {
                if (Substitution.unresolved(entry)) {
                    problems.add(Problem.warning(entry.line(), entry.key() + " = " + entry.value()
                            + ": a ${..} that nothing defines is left as written"));
                }
                agents.computeIfAbsent(entry.key().substring(0, dot), a -> new LinkedHashMap<>())
                        .put(entry.key().substring(dot + 1), entry);
            }
        }
        return agents;
    }

    /** The components of one kind that an agent configures: name to its keys. */
    static Map<String, Map<String, PropertyLine>> configured(Map<String, PropertyLine> agentKeys, Kind kind) {
        Map<String, Map<String, PropertyLine>> components = new LinkedHashMap<>();
        String prefix = kind.property() + ".";
        agentKeys.forEach((key, entry) -> {
            if (key.startsWith(prefix)) {
                String rest = key.substring(prefix.length());
                int dot = rest.indexOf('.');
                if (dot > 0) {
                    components.computeIfAbsent(rest.substring(0, dot), n -> new LinkedHashMap<>())
                            .put(rest.substring(dot + 1), entry);
                }
            }
        });
        return components;
    }
}
