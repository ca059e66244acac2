package io.flumeconnect.launcher.migrate.mapping;

import io.flumeconnect.launcher.migrate.model.AgentDef;
import io.flumeconnect.launcher.migrate.model.SelectorDef;
import io.flumeconnect.launcher.migrate.model.SourceDef;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Channels become topics. A record goes to one topic, so the topic stands for the set of channels a source puts
 * an event into: one channel gives {@code PREFIX<agent>-<channel>}, a replicating source's several channels give one
 * topic named after all of them, read by each of their sinks; each multiplexing value's channels get theirs. A
 * sink reads every topic that carries events of its channel.
 */
public final class TopicPlan {
    private final AgentDef agent;
    private final String prefix;
    private final Map<String, Set<String>> topicsByChannel = new LinkedHashMap<>();
    private final Map<String, List<String>> channelsByTopic = new LinkedHashMap<>();

    public TopicPlan(AgentDef agent, String prefix) {
        this.agent = agent;
        this.prefix = prefix;
        agent.sources().values().forEach(this::plan);
        agent.sinks().values().forEach(sink -> {
            if (!topicsByChannel.containsKey(sink.channel())) {
                carry(topic(List.of(sink.channel())), List.of(sink.channel()));
            }
        });
    }

    /**
     * Events that an agent of the same file sends to this agent's {@code source} over an avro or thrift hop are
     * in that agent's {@code topics} already: the sinks of the source's channels read them there.
     */
    public void receiveFromUpstream(SourceDef source, List<String> topics) {
        source.channels().forEach(c -> topicsByChannel.computeIfAbsent(c, k -> new LinkedHashSet<>()).addAll(topics));
    }

    private void plan(SourceDef source) {
        SelectorDef selector = source.selector();
        if (!selector.isMultiplexing()) {
            carry(topic(source.channels()), source.channels());
            return;
        }
        selector.mappings().forEach((value, channels) -> carry(topic(routed(selector, value, channels)),
                routed(selector, value, channels)));
        if (!selector.defaults().isEmpty()) {
            carry(topic(selector.defaults()), selector.defaults());
        }
    }

    private static List<String> routed(SelectorDef selector, String value, List<String> channels) {
        Set<String> all = new LinkedHashSet<>(channels);
        all.addAll(selector.optionalByValue().getOrDefault(value, List.of()));
        return List.copyOf(all);
    }

    private void carry(String topic, List<String> channels) {
        channels.forEach(c -> topicsByChannel.computeIfAbsent(c, k -> new LinkedHashSet<>()).add(topic));
        channelsByTopic.putIfAbsent(topic, channels);
    }

    /** The topic of a set of channels. */
    public String topic(List<String> channels) {
        return legal(prefix + agent.name() + "-" + String.join("-", channels));
    }

    /** The topic a source's connector writes to before any routing. */
    public String sourceTopic(SourceDef source) {
        SelectorDef selector = source.selector();
        if (!selector.isMultiplexing()) {
            return topic(source.channels());
        }
        return selector.defaults().isEmpty() ? unroutedTopic(source) : topic(selector.defaults());
    }

    /**
     * Where a multiplexing source's events that match no mapping go: Flume dropped them (no default channel); here
     * they are kept in a topic that no sink reads.
     */
    public String unroutedTopic(SourceDef source) {
        return legal(prefix + agent.name() + "-" + source.name() + "-unrouted");
    }

    /** value to topic for a multiplexing source. */
    public Map<String, String> routes(SourceDef source) {
        Map<String, String> routes = new LinkedHashMap<>();
        source.selector().mappings().forEach((value, channels) ->
                routes.put(value, topic(routed(source.selector(), value, channels))));
        return routes;
    }

    /** The topics a sink on this channel reads. */
    public List<String> topicsOf(String channel) {
        return List.copyOf(topicsByChannel.getOrDefault(channel, Set.of()));
    }

    /** Every topic to create, with the channels it carries; an unrouted topic is added by the caller. */
    public List<TopicDef> topics(MigrationOptions options) {
        List<TopicDef> topics = new ArrayList<>();
        channelsByTopic.forEach((topic, channels) ->
                topics.add(new TopicDef(topic, options.partitions(), options.replicationFactor(), channels)));
        return topics;
    }

    /** Topic names are 1-249 of a-z, A-Z, 0-9, '.', '_', '-'. */
    static String legal(String name) {
        String legal = name.replaceAll("[^a-zA-Z0-9._-]", "_");
        return legal.length() > 249 ? legal.substring(0, 249) : legal;
    }
}
