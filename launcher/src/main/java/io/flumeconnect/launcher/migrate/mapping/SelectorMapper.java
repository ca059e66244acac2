package io.flumeconnect.launcher.migrate.mapping;

import io.flumeconnect.launcher.migrate.model.SelectorDef;
import io.flumeconnect.launcher.migrate.model.SourceDef;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A source's channel selector: replicating needs no transform (one topic, several sink connectors), multiplexing
 * becomes the MultiplexRouter transform with the selector's header, mappings and default.
 */
final class SelectorMapper {
    static final String ROUTER = "io.flumeconnect.transforms.routing.MultiplexRouter";

    private SelectorMapper() {
    }

    static Optional<TransformDef> map(SourceDef source, KeyLedger keys, TopicPlan plan) {
        SelectorDef selector = source.selector();
        if (selector.isReplicating()) {
            String topic = plan.sourceTopic(source);
            keys.mapped("type", "one topic, " + topic + ", read by the sink connectors of every channel");
            keys.changed("optional", "optional channels read the same durable topic; Flume ignored a failed write "
                    + "to them, here there is one write");
            keys.finish(KeyStatus.UNSUPPORTED, "not a key of the replicating selector");
            return Optional.empty();
        }
        if (!selector.isMultiplexing()) {
            keys.unsupported("type", "a custom selector class; events go to " + plan.sourceTopic(source));
            keys.finish(KeyStatus.UNSUPPORTED, "a custom selector's key");
            return Optional.empty();
        }
        Map<String, String> routes = plan.routes(source);
        Map<String, String> config = new LinkedHashMap<>();
        config.put("source", "header:" + selector.header());
        config.put("mappings", routes.entrySet().stream().filter(e -> routable(e.getKey()))
                .map(e -> e.getKey() + ":" + e.getValue()).collect(Collectors.joining(",")));
        config.put("default.topic", "");
        keys.mapped("type", "transform multiplex (MultiplexRouter)");
        keys.mapped("header", "source=header:" + selector.header());
        routes.forEach((value, topic) -> {
            if (!routable(value)) {
                keys.unsupported("mapping." + value, "MultiplexRouter's mappings are value:topic pairs separated by "
                        + "commas; a value with ':' or ',' cannot be written there");
            } else {
                keys.record("mapping." + value, selector.mappings().get(value).size() > 1 ? KeyStatus.CHANGED
                        : KeyStatus.MAPPED, "mappings " + value + ":" + topic + (selector.mappings().get(value).size()
                        > 1 ? " (one topic for these channels, read by each of their sinks)" : ""));
            }
        });
        keys.under("optional.").finish(KeyStatus.CHANGED, "the value's topic is read by the optional channels' sinks "
                + "too; Flume ignored a failed write to them, here there is one write");
        keys.mapped("default", "unmatched events stay in " + plan.sourceTopic(source));
        if (selector.defaults().isEmpty()) {
            keys.record("header", KeyStatus.CHANGED, "source=header:" + selector.header() + "; events matching no "
                    + "mapping were dropped by Flume (no default), here they stay in " + plan.unroutedTopic(source));
        }
        keys.finish(KeyStatus.UNSUPPORTED, "not a key of the multiplexing selector");
        return Optional.of(new TransformDef("multiplex", ROUTER, config));
    }

    private static boolean routable(String value) {
        return !value.contains(":") && !value.contains(",");
    }
}
