package io.flumeconnect.aggregator;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.connect.sink.SinkRecord;
import org.apache.kafka.connect.transforms.Transformation;

/**
 * The transforms a record goes through before it is aggregated, declared as in a connector
 * ({@code transforms=parse}, {@code transforms.parse.type=...}, {@code transforms.parse.KEY=...}), so the same
 * classes parse a line here and in a connector. Predicates are not supported.
 */
final class TransformChain implements AutoCloseable {
    private final List<Transformation<SinkRecord>> transforms;

    private TransformChain(List<Transformation<SinkRecord>> transforms) {
        this.transforms = transforms;
    }

    static TransformChain of(AggregatorConfig config) {
        List<Transformation<SinkRecord>> transforms = new ArrayList<>();
        for (String alias : config.getList(AggregatorConfig.TRANSFORMS_CONFIG)) {
            transforms.add(create(alias, config.originalsWithPrefix("transforms." + alias + ".")));
        }
        return new TransformChain(transforms);
    }

    /** The record after every transform, or {@code null} when one of them dropped it. */
    SinkRecord apply(SinkRecord record) {
        SinkRecord current = record;
        for (Transformation<SinkRecord> transform : transforms) {
            current = transform.apply(current);
            if (current == null) {
                return null;
            }
        }
        return current;
    }

    @Override
    public void close() {
        transforms.forEach(Transformation::close);
    }

    @SuppressWarnings("unchecked")
    private static Transformation<SinkRecord> create(String alias, Map<String, Object> props) {
        String typeKey = "transforms." + alias + ".type";
        Object type = props.remove("type");
        if (type == null) {
            throw new ConfigException(typeKey, null, "every transform named in transforms needs a type (its class)");
        }
        if (props.containsKey("predicate")) {
            throw new ConfigException("transforms." + alias + ".predicate", props.get("predicate"),
                    "the aggregator does not run predicates; filter with a transform such as RegexFilter");
        }
        try {
            Object transform = Class.forName(type.toString()).getDeclaredConstructor().newInstance();
            if (!(transform instanceof Transformation)) {
                throw new ConfigException(typeKey, type, "not a Kafka Connect Transformation");
            }
            ((Transformation<SinkRecord>) transform).configure(props);
            return (Transformation<SinkRecord>) transform;
        } catch (ReflectiveOperationException e) {
            throw new ConfigException(typeKey, type, "cannot be created: " + e);
        }
    }
}
