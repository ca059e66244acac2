package io.flumeconnect.aggregator;

import java.util.Map;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Branched;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.processor.api.ProcessorSupplier;
import org.apache.kafka.streams.state.Stores;

/**
 * input topics -> parse (converters, transforms, event time, group; bad records to the dead-letter topic)
 * -> repartition by group (so every group's windows live in one task) -> windows (state store with changelog)
 * -> output topic. With exactly_once_v2 each step's output, state and input offsets commit together.
 */
public final class AggregatorTopology {
    private static final String DEAD_LETTERS = "route-dead-letters";
    private static final String EVENTS = "route-events";

    private AggregatorTopology() {
    }

    public static Topology build(AggregatorConfig config, AggregatorMetrics metrics) {
        StreamsBuilder builder = new StreamsBuilder();
        String windowStore = windowStore(config);
        // Cached: a window updated by many records of one commit interval reaches RocksDB and its changelog once.
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(windowStore),
                Serdes.Bytes(), Serdes.ByteArray()).withCachingEnabled());
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(WindowProcessor.META_STORE),
                Serdes.String(), Serdes.Long()).withCachingEnabled());

        Map<String, KStream<byte[], Routed>> routes = builder
                .stream(config.inputTopics, Consumed.with(Serdes.ByteArray(), Serdes.ByteArray()))
                .process(() -> new ParseProcessor(config, metrics), Named.as("parse"))
                .split(Named.as("route-"))
                .branch((group, routed) -> routed.deadLetter(), Branched.as("dead-letters"))
                .defaultBranch(Branched.as("events"));
        routes.get(DEAD_LETTERS).mapValues(Routed::value)
                .to(config.deadLetterTopic, Produced.with(Serdes.ByteArray(), Serdes.ByteArray()));
        routes.get(EVENTS).mapValues(Routed::value)
                .repartition(Repartitioned.with(Serdes.ByteArray(), Serdes.ByteArray()).withName("groups"))
                .process(windows(config, metrics), Named.as("windows"), windowStore, WindowProcessor.META_STORE)
                .to(config.outputTopic, Produced.with(Serdes.ByteArray(), Serdes.ByteArray()));
        return builder.build();
    }

    private static String windowStore(AggregatorConfig config) {
        return config.windowType == AggregatorConfig.WindowType.SESSION ? SessionWindowProcessor.STORE : TimeWindowProcessor.STORE;
    }

    private static ProcessorSupplier<byte[], byte[], byte[], byte[]> windows(AggregatorConfig config, AggregatorMetrics metrics) {
        return config.windowType == AggregatorConfig.WindowType.SESSION
                ? () -> new SessionWindowProcessor(config, metrics)
                : () -> new TimeWindowProcessor(config, metrics);
    }
}
