package io.flumeconnect.sources.flumeavro;

import io.flumeconnect.common.config.ConfigValidation;
import io.flumeconnect.sources.listener.ListenerSourceConnector;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.config.Config;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.connect.connector.Task;

/**
 * The server side of Flume's Avro RPC, as Flume's {@code avro} source: Flume agents' {@code avro} sinks, the
 * client SDK and log4j appenders send to it, and a call is answered OK only once Kafka acknowledged its events.
 */
public class FlumeAvroSourceConnector extends ListenerSourceConnector {
    public static final String OVERVIEW = """
            Speaks Flume's Avro RPC (`AvroSourceProtocol`: `append`, `appendBatch`) as Flume's `avro` source does, \
            so Flume agents (`avro` sink), the Flume client SDK and its log4j appenders send straight into Kafka. \
            Each event becomes a record: its body the value, its headers the record headers unchanged, optionally \
            a key and a topic from headers, plus the client's address. A call is answered `OK` only once Kafka \
            acknowledged every one of its events, and `FAILED` when the buffer is full, the batch too large, or \
            Kafka did not acknowledge within `ack.timeout.ms`: the Flume sink keeps the events in its channel and \
            sends them again. Deflate compression, TLS and Flume's IP filter rules as in Flume. Every task listens \
            on the same port(s) with `SO_REUSEPORT`. See `docs/flume-avro-source.md`.""";

    @Override
    protected void check(Map<String, String> props) {
        checkCrossKeyRules(new FlumeAvroSourceConfig(props));
    }

    @Override
    public Class<? extends Task> taskClass() {
        return FlumeAvroSourceTask.class;
    }

    @Override
    public ConfigDef config() {
        return FlumeAvroSourceConfig.CONFIG_DEF;
    }

    @Override
    public Config validate(Map<String, String> connectorConfigs) {
        Config result = super.validate(connectorConfigs);
        if (!ConfigValidation.isValid(result)) {
            return result;
        }
        FlumeAvroSourceConfig config = new FlumeAvroSourceConfig(connectorConfigs);
        for (CrossKeyError error : crossKeyErrors(config)) {
            ConfigValidation.addError(result, error.message(), error.keys());
        }
        addTlsErrors(result, config);
        return result;
    }

    /** Checked at start too: a stored config may predate a rule. */
    static void checkCrossKeyRules(FlumeAvroSourceConfig config) {
        List<CrossKeyError> errors = crossKeyErrors(config);
        if (!errors.isEmpty()) {
            throw new ConfigException(errors.get(0).keys()[0], null, errors.get(0).message());
        }
    }

    private record CrossKeyError(String message, String... keys) {
    }

    private static List<CrossKeyError> crossKeyErrors(FlumeAvroSourceConfig config) {
        List<CrossKeyError> errors = new ArrayList<>();
        if (!config.topicHeader.isEmpty() && config.topicAllowed.isEmpty()) {
            errors.add(new CrossKeyError("topic.header needs topic.allowed: the topics a client may name",
                    FlumeAvroSourceConfig.TOPIC_HEADER_CONFIG, FlumeAvroSourceConfig.TOPIC_ALLOWED_CONFIG));
        }
        return errors;
    }
}
