package io.flumeconnect.launcher.migrate.mapping;

import io.flumeconnect.launcher.migrate.mapping.interceptor.InterceptorMappers;
import io.flumeconnect.launcher.migrate.mapping.sink.SinkMappers;
import io.flumeconnect.launcher.migrate.mapping.source.SourceMappers;
import io.flumeconnect.launcher.migrate.model.AgentDef;
import io.flumeconnect.launcher.migrate.model.AgentLinks;
import io.flumeconnect.launcher.migrate.model.FlumeConfig;
import io.flumeconnect.launcher.migrate.model.InterceptorDef;
import io.flumeconnect.launcher.migrate.model.SinkDef;
import io.flumeconnect.launcher.migrate.model.SinkGroupDef;
import io.flumeconnect.launcher.migrate.model.SourceDef;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Turns the agents of a valid flume.conf into connectors, topics and a report: channels into topics
 * ({@link TopicPlan}), each source with its interceptors and selector into a source connector with transforms,
 * each sink (a sink group's lead for the group) into a sink connector on its channel's topics.
 */
public final class Migrator {
    /** Connectors read and write the event body as a string, as Flume's text sinks did, whatever the worker's defaults. */
    private static final Map<String, String> CONVERTERS = Map.of(
            "key.converter", "org.apache.kafka.connect.storage.StringConverter",
            "value.converter", "org.apache.kafka.connect.storage.StringConverter");

    private final MigrationOptions options;
    private final List<ConnectorDef> connectors = new ArrayList<>();
    private final List<TopicDef> topics = new ArrayList<>();
    private final List<ComponentReport> components = new ArrayList<>();

    private Migrator(MigrationOptions options) {
        this.options = options;
    }

    public static Migration migrate(FlumeConfig config, MigrationOptions options) {
        Migrator migrator = new Migrator(options);
        Map<String, TopicPlan> plans = new LinkedHashMap<>();
        config.agents().forEach(agent -> plans.put(agent.name(), new TopicPlan(agent, options.topicPrefix())));
        for (AgentLinks.Hop hop : AgentLinks.hops(config.agents())) {
            plans.get(hop.to().name()).receiveFromUpstream(hop.source(),
                    plans.get(hop.from().name()).topicsOf(hop.sink().channel()));
        }
        config.agents().forEach(agent -> migrator.agent(agent, plans.get(agent.name())));
        Secrets.Extracted extracted = Secrets.extract(migrator.connectors, options.secretsFile());
        return new Migration(extracted.connectors(), List.copyOf(migrator.topics), List.copyOf(migrator.components),
                config.problems().stream().filter(p -> !p.isError()).toList(), options.secretsFile(),
                extracted.secrets());
    }

    private void agent(AgentDef agent, TopicPlan plan) {
        topics.addAll(plan.topics(options));
        agent.channels().forEach((name, channel) -> components.add(ChannelMapper.map(channel, plan.topicsOf(name))));
        agent.sources().values().forEach(source -> source(agent, source, plan));
        agent.sinks().values().forEach(sink -> sink(agent, sink, plan));
        for (SinkGroupDef group : agent.sinkGroups()) {
            components.add(SinkGroupMapper.map(group, List.of(name(agent, SinkGroupMapper.lead(group)))));
        }
    }

    private void source(AgentDef agent, SourceDef source, TopicPlan plan) {
        KeyLedger keys = new KeyLedger(source.component().settings());
        String topic = plan.sourceTopic(source);
        keys.mapped("type", "pending");
        keys.mapped("channels", source.selector().isMultiplexing() ? "topics " + String.join(", ",
                new LinkedHashSet<>(plan.routes(source).values())) + " by header, else " + topic
                : "topic " + topic);
        List<TransformDef> transforms = transforms(source, keys, plan);
        if (source.selector().isMultiplexing() && source.selector().defaults().isEmpty()) {
            topics.add(new TopicDef(plan.unroutedTopic(source), options.partitions(), options.replicationFactor(),
                    List.of()));
        }
        Mapped mapped = SourceMappers.map(source, keys);
        keys.record("type", mapped.status(), mapped.config().map(c -> c.get("connector.class")).orElse("no connector"));
        Optional<String> connector = mapped.config().map(config -> {
            Map<String, String> full = start(config);
            full.put("topic", topic);
            full.putAll(config);
            addTransforms(full, transforms);
            return add(name(agent, source.name()), full);
        });
        if (connector.isEmpty() && mapped.status().unmapped()) {
            String why = "the source has no connector (" + mapped.status().label() + ")";
            keys.under("interceptors.").override(mapped.status(), why);
            keys.under("selector.").override(mapped.status(), why);
        }
        components.add(new ComponentReport(source.component(), mapped.status(), mapped.summary(),
                connector.stream().toList(), keys.outcomes()));
    }

    /** The interceptors' transforms in order, then the selector's router. */
    private static List<TransformDef> transforms(SourceDef source, KeyLedger keys, TopicPlan plan) {
        List<TransformDef> transforms = new ArrayList<>();
        for (InterceptorDef interceptor : source.interceptors()) {
            transforms.addAll(InterceptorMappers.map(interceptor, keys.under("interceptors." + interceptor.name() + ".")));
        }
        keys.mapped("interceptors", "transforms, in the same order");
        keys.under("interceptors.").finish(KeyStatus.CHANGED, "an interceptor not listed in interceptors: Flume "
                + "ignores it, and so does the migration");
        SelectorMapper.map(source, keys.under("selector."), plan).ifPresent(transforms::add);
        return transforms;
    }

    private void sink(AgentDef agent, SinkDef sink, TopicPlan plan) {
        KeyLedger keys = new KeyLedger(sink.component().settings());
        List<String> sinkTopics = plan.topicsOf(sink.channel());
        keys.mapped("type", "pending");
        keys.mapped("channel", "topics=" + String.join(",", sinkTopics));
        Optional<SinkGroupDef> group = agent.groupOf(sink.name());
        if (group.isPresent() && !SinkGroupMapper.lead(group.get()).equals(sink.name())) {
            folded(agent, sink, group.get(), keys);
            return;
        }
        Mapped mapped = SinkMappers.map(sink, keys, sinkTopics);
        keys.record("type", mapped.status(), mapped.config().map(c -> c.get("connector.class")).orElse("no connector"));
        Optional<String> connector = mapped.config().map(config -> {
            Map<String, String> full = start(config);
            group.ifPresent(g -> full.put("tasks.max", String.valueOf(SinkGroupMapper.tasks(g))));
            full.put("topics", String.join(",", sinkTopics));
            config.forEach(full::putIfAbsent);
            return add(name(agent, sink.name()), full);
        });
        components.add(new ComponentReport(sink.component(), mapped.status(), mapped.summary(),
                connector.stream().toList(), keys.outcomes()));
    }

    private void folded(AgentDef agent, SinkDef sink, SinkGroupDef group, KeyLedger keys) {
        String lead = SinkGroupMapper.lead(group);
        boolean sameType = agent.sinks().get(lead).component().typeKey().equals(sink.component().typeKey());
        KeyStatus status = sameType ? KeyStatus.CHANGED : KeyStatus.UNSUPPORTED;
        String summary = sameType ? "folded into the connector of sink " + lead + " (sink group "
                + group.component().name() + "): its tasks share the work and take over from each other"
                : "a sink group mixing types (" + sink.component().type() + " and "
                + agent.sinks().get(lead).component().type() + ") has no counterpart: only sink " + lead
                + " is migrated";
        keys.record("type", status, summary);
        keys.finish(status, sameType ? "the settings of sink " + lead + " apply" : "not migrated");
        components.add(new ComponentReport(sink.component(), status, summary, List.of(), keys.outcomes()));
    }

    private static Map<String, String> start(Map<String, String> config) {
        Map<String, String> full = new LinkedHashMap<>();
        full.put("connector.class", config.get("connector.class"));
        full.put("tasks.max", config.getOrDefault("tasks.max", "1"));
        return full;
    }

    private static void addTransforms(Map<String, String> config, List<TransformDef> transforms) {
        if (transforms.isEmpty()) {
            return;
        }
        config.put("transforms", transforms.stream().map(TransformDef::alias).collect(Collectors.joining(",")));
        for (TransformDef transform : transforms) {
            String prefix = "transforms." + transform.alias() + ".";
            config.put(prefix + "type", transform.type());
            transform.config().forEach((key, value) -> config.put(prefix + key, value));
        }
    }

    private String add(String name, Map<String, String> config) {
        config.put("key.converter", CONVERTERS.get("key.converter"));
        config.put("value.converter", CONVERTERS.get("value.converter"));
        connectors.add(new ConnectorDef(name, config));
        return name;
    }

    private static String name(AgentDef agent, String component) {
        return agent.name() + "-" + component;
    }
}
