package io.flumeconnect.launcher.migrate.mapping;

import io.flumeconnect.launcher.migrate.model.Component;
import java.util.List;

/**
 * A channel becomes topics: its capacity, transactions and storage are the topic's business now, so each of its
 * keys is reported with what replaces it.
 */
final class ChannelMapper {
    private ChannelMapper() {
    }

    static ComponentReport map(Component channel, List<String> topics) {
        KeyLedger keys = new KeyLedger(channel.settings());
        String where = topics.isEmpty() ? "no topic (no source or sink uses it)" : "topic " + String.join(", ", topics);
        keys.mapped("type", where);
        keys.changed("capacity", "a topic is bounded by its retention (retention.ms, retention.bytes), not by a "
                + "count of events; a full channel refused events, a topic does not");
        keys.changed("byteCapacity", "a topic is bounded by its retention.bytes");
        keys.changed("byteCapacityBufferPercentage", "a topic is bounded by its retention.bytes");
        keys.changed("transactionCapacity", "sources and sinks batch on their own (batch.max.records, "
                + "max.poll.records)");
        keys.changed("keep-alive", "producers block on a full buffer (max.block.ms) instead");
        keys.changed("kafka.topic", "the events go to " + where + "; the Kafka channel's topic held Flume-wrapped "
                + "events (parseAsFlumeEvent), the new topic holds the bodies with Kafka headers");
        keys.changed("parseAsFlumeEvent", "values are event bodies, headers are Kafka headers");
        keys.under("kafka.").finish(KeyStatus.CHANGED, "the topic lives on the Kafka cluster of the Connect workers; "
                + "client settings are the workers' (or producer.override./consumer.override. per connector)");
        String storage = channel.typeKey().equals("memory") ? "a memory channel lost its events when the agent "
                + "stopped; the topic keeps them, replicated" : "the topic is stored and replicated by the brokers";
        keys.finish(KeyStatus.CHANGED, storage);
        return new ComponentReport(channel, KeyStatus.CHANGED, where + "; " + storage, List.of(), keys.outcomes());
    }
}
