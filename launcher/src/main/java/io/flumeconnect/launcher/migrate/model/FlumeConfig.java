package io.flumeconnect.launcher.migrate.model;

import java.util.List;

/** Every agent of a flume.conf and every problem found reading it. */
public record FlumeConfig(List<AgentDef> agents, List<Problem> problems) {
    public boolean hasErrors() {
        return problems.stream().anyMatch(Problem::isError);
    }
}
