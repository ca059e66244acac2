package io.flumeconnect.launcher.migrate.model;

import io.flumeconnect.launcher.migrate.conf.PropertyLine;
import io.flumeconnect.launcher.migrate.model.Component.Kind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads one agent's keys into its components, with Flume's checks (see {@link AgentParser}). */
final class AgentReader {
    private static final Set<String> TOP_LEVEL = Set.of("sources", "channels", "sinks", "sinkgroups");

    private final String agent;
    private final Map<String, PropertyLine> keys;
    private final List<Problem> problems;

    AgentReader(String agent, Map<String, PropertyLine> keys, List<Problem> problems) {
        this.agent = agent;
        this.keys = keys;
        this.problems = problems;
    }

    AgentDef read() {
        checkTopLevelKeys();
        Map<String, Component> channels = components(Kind.CHANNEL);
        if (!keys.containsKey("channels")) {
            problems.add(Problem.error(firstLine(), "agent " + agent + " does not contain any channels ("
                    + agent + ".channels is not set); Flume marks it invalid"));
        }
        Map<String, SourceDef> sources = new LinkedHashMap<>();
        components(Kind.SOURCE).forEach((name, source) -> sources.put(name, source(source, channels.keySet())));
        Map<String, SinkDef> sinks = new LinkedHashMap<>();
        components(Kind.SINK).forEach((name, sink) -> sinks.put(name, sink(sink, channels.keySet())));
        if (keys.containsKey("channels") && sources.isEmpty() && sinks.isEmpty()) {
            problems.add(Problem.error(firstLine(), "agent " + agent + " has no sources or sinks; Flume marks it invalid"));
        }
        List<SinkGroupDef> groups = new ArrayList<>();
        components(Kind.SINK_GROUP).values().forEach(group -> groups.add(group(group, sinks.keySet(), groups)));
        return new AgentDef(agent, sources, channels, sinks, groups);
    }

    private void checkTopLevelKeys() {
        keys.forEach((key, entry) -> {
            String first = key.contains(".") ? key.substring(0, key.indexOf('.')) : key;
            if (first.equals("configfilters")) {
                problems.add(Problem.warning(entry.line(), agent + "." + key
                        + ": config filters are not read by the migration; put the values in the file or in ${env:..}"));
            } else if (!TOP_LEVEL.contains(first)) {
                problems.add(Problem.warning(entry.line(), agent + "." + key
                        + " is not a key of sources, channels, sinks or sinkgroups; Flume ignores it"));
            }
        });
    }

    /** The listed components of a kind that have a type; listed without one is an error, unlisted a warning. */
    private Map<String, Component> components(Kind kind) {
        Map<String, Map<String, PropertyLine>> configured = AgentParser.configured(keys, kind);
        PropertyLine list = keys.get(kind.property());
        Set<String> listed = new LinkedHashSet<>();
        if (list != null) {
            listed.addAll(List.of(list.value().trim().split("\\s+")));
        }
        configured.forEach((name, settings) -> {
            if (!listed.contains(name)) {
                problems.add(Problem.warning(settings.values().iterator().next().line(), agent + "." + kind.property()
                        + "." + name + " is configured but not listed in " + agent + "." + kind.property()
                        + "; Flume ignores it, and so does the migration"));
            }
        });
        Map<String, Component> components = new LinkedHashMap<>();
        for (String name : listed) {
            Map<String, PropertyLine> own = configured.getOrDefault(name, Map.of());
            Settings settings = new Settings(agent + "." + kind.property() + "." + name + ".", own);
            String type = kind == Kind.SINK_GROUP ? "sinkgroup" : settings.get("type", "").trim();
            if (type.isEmpty()) {
                problems.add(Problem.error(list.line(), "the " + kind.label() + " " + name + " of agent " + agent
                        + " has no type (" + agent + "." + kind.property() + "." + name + ".type is not set)"));
                continue;
            }
            String lineKey = kind == Kind.SINK_GROUP ? "sinks" : "type";
            int line = settings.has(lineKey) ? settings.line(lineKey) : list.line();
            components.put(name, new Component(agent, kind, name, type, line, settings));
        }
        return components;
    }

    private SourceDef source(Component source, Set<String> channels) {
        Settings settings = source.settings();
        List<String> own = settings.words("channels");
        if (own.isEmpty()) {
            problems.add(Problem.error(source.line(), "source " + source.name() + " of agent " + agent
                    + " has no channels (" + settings.fullKey("channels") + " is not set)"));
        }
        for (String channel : own) {
            if (!channels.contains(channel)) {
                problems.add(Problem.error(settings.line("channels"), "source " + source.name() + " of agent " + agent
                        + " writes to channel " + channel + ", which " + agent + ".channels does not define"));
            }
        }
        SelectorDef selector = new SelectorDef(settings.under("selector."));
        checkSelector(source, selector, own);
        return new SourceDef(source, own, selector, interceptors(source));
    }

    private void checkSelector(Component source, SelectorDef selector, List<String> sourceChannels) {
        Settings settings = selector.settings();
        if (!selector.isMultiplexing() && !selector.isReplicating()) {
            problems.add(Problem.warning(settings.line("type"), "source " + source.name() + ": selector type "
                    + settings.get("type", "") + " is a custom class; its routing cannot be migrated"));
        }
        settings.entries().forEach((key, entry) -> {
            if (key.startsWith("mapping.") || key.startsWith("optional") || key.equals("default")) {
                for (String channel : settings.words(key)) {
                    if (!sourceChannels.contains(channel)) {
                        problems.add(Problem.error(entry.line(), "source " + source.name() + " of agent " + agent
                                + ": selector channel " + channel + " is not one of the source's channels "
                                + sourceChannels));
                    }
                }
            }
        });
    }

    private List<InterceptorDef> interceptors(Component source) {
        List<InterceptorDef> interceptors = new ArrayList<>();
        for (String name : source.settings().words("interceptors")) {
            Settings settings = source.settings().under("interceptors." + name + ".");
            String type = settings.get("type", "").trim();
            if (type.isEmpty()) {
                problems.add(Problem.error(source.settings().line("interceptors"), "interceptor " + name + " of source "
                        + source.name() + " has no type (" + settings.fullKey("type") + " is not set)"));
            } else {
                interceptors.add(new InterceptorDef(name, type, settings));
            }
        }
        return interceptors;
    }

    private SinkDef sink(Component sink, Set<String> channels) {
        String channel = sink.settings().get("channel", "").trim();
        if (channel.isEmpty()) {
            problems.add(Problem.error(sink.line(), "sink " + sink.name() + " of agent " + agent + " has no channel ("
                    + sink.settings().fullKey("channel") + " is not set)"));
        } else if (!channels.contains(channel)) {
            problems.add(Problem.error(sink.settings().line("channel"), "sink " + sink.name() + " of agent " + agent
                    + " reads channel " + channel + ", which " + agent + ".channels does not define"));
        }
        return new SinkDef(sink, channel);
    }

    private SinkGroupDef group(Component group, Set<String> sinks, List<SinkGroupDef> earlier) {
        List<String> members = group.settings().words("sinks");
        if (members.isEmpty()) {
            problems.add(Problem.error(group.line(), "sink group " + group.name() + " of agent " + agent
                    + " has no sinks (" + group.settings().fullKey("sinks") + " is not set)"));
        }
        for (String sink : members) {
            if (!sinks.contains(sink)) {
                problems.add(Problem.error(group.settings().line("sinks"), "sink group " + group.name()
                        + " names sink " + sink + ", which " + agent + ".sinks does not define"));
            }
            earlier.stream().filter(g -> g.sinks().contains(sink)).forEach(g -> problems.add(Problem.error(
                    group.settings().line("sinks"), "sink " + sink + " is in sink groups " + g.component().name()
                            + " and " + group.name() + "; Flume allows one")));
        }
        return new SinkGroupDef(group, members);
    }

    private int firstLine() {
        return keys.values().stream().mapToInt(PropertyLine::line).min().orElse(0);
    }
}
