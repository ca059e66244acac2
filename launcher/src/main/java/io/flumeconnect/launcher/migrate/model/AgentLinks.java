package io.flumeconnect.launcher.migrate.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which agents of one file send to which: an {@code avro} or {@code thrift} sink whose port is the port of an
 * {@code avro} or {@code thrift} source of another agent of the same protocol, bound to the sink's host name or to
 * all addresses. A cycle of such hops loops events forever in Flume; it is reported as an error on the sink's line.
 */
public final class AgentLinks {
    private static final Set<String> WILDCARD = Set.of("0.0.0.0", "::", "*");

    private AgentLinks() {
    }

    /** A hop: {@code from}'s sink sends to {@code to}'s source. */
    public record Hop(AgentDef from, SinkDef sink, AgentDef to, SourceDef source) {
    }

    public static List<Hop> hops(List<AgentDef> agents) {
        List<Hop> hops = new ArrayList<>();
        for (AgentDef from : agents) {
            for (SinkDef sink : from.sinks().values()) {
                for (AgentDef to : agents) {
                    receiver(sink, to).ifPresent(source -> hops.add(new Hop(from, sink, to, source)));
                }
            }
        }
        return hops;
    }

    /** The source of {@code to} that {@code sink} sends to, if any. */
    public static Optional<SourceDef> receiver(SinkDef sink, AgentDef to) {
        String protocol = sink.component().typeKey();
        if (!protocol.equals("avro") && !protocol.equals("thrift")) {
            return Optional.empty();
        }
        String host = sink.component().settings().get("hostname", "").trim();
        String port = sink.component().settings().get("port", "").trim();
        return to.sources().values().stream()
                .filter(s -> s.component().typeKey().equals(protocol))
                .filter(s -> s.component().settings().get("port", "").trim().equals(port))
                .filter(s -> bindMatches(s.component().settings().get("bind", "").trim(), host))
                .findFirst();
    }

    private static boolean bindMatches(String bind, String host) {
        return WILDCARD.contains(bind) || bind.equalsIgnoreCase(host);
    }

    static List<Problem> cycles(List<AgentDef> agents) {
        Map<String, List<Hop>> next = new LinkedHashMap<>();
        hops(agents).forEach(hop -> next.computeIfAbsent(hop.from().name(), a -> new ArrayList<>()).add(hop));
        List<Problem> problems = new ArrayList<>();
        for (Hop first : hops(agents)) {
            List<Hop> path = new ArrayList<>(List.of(first));
            if (closesCycle(path, next) && isFirstOfItsCycle(first, path)) {
                problems.add(Problem.error(first.sink().component().settings().line("port"),
                        "agents send events in a cycle: " + describe(path)));
            }
        }
        return problems;
    }

    /** Depth-first: extends {@code path} until it returns to its first agent (true) or cannot. */
    private static boolean closesCycle(List<Hop> path, Map<String, List<Hop>> next) {
        Hop last = path.get(path.size() - 1);
        if (last.to().name().equals(path.get(0).from().name())) {
            return true;
        }
        for (Hop hop : next.getOrDefault(last.to().name(), List.of())) {
            if (path.stream().noneMatch(h -> h.from().name().equals(hop.from().name()))) {
                path.add(hop);
                if (closesCycle(path, next)) {
                    return true;
                }
                path.remove(path.size() - 1);
            }
        }
        return false;
    }

    /** One error per cycle: the one starting at the hop that comes first in the file. */
    private static boolean isFirstOfItsCycle(Hop first, List<Hop> cycle) {
        int line = first.sink().component().settings().line("port");
        return cycle.stream().allMatch(h -> h.sink().component().settings().line("port") >= line);
    }

    private static String describe(List<Hop> path) {
        StringBuilder text = new StringBuilder();
        for (Hop hop : path) {
            text.append(hop.from().name()).append(" (sink ").append(hop.sink().name()).append(", line ")
                    .append(hop.sink().component().settings().line("port")).append(") -> ");
        }
        return text.append(path.get(0).from().name()).toString();
    }
}
