package io.flumeconnect.sources.flumeavro;

import java.nio.charset.Charset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import io.flumeconnect.sources.listener.ListenerConfig;
import io.flumeconnect.sources.listener.TlsConfig;
import org.apache.kafka.common.config.AbstractConfig;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Range;
import org.apache.kafka.common.config.ConfigDef.Type;
import org.apache.kafka.common.config.ConfigDef.Width;
import org.apache.kafka.common.config.ConfigException;

/** The whole configuration of {@link FlumeAvroSourceConnector} and its tasks. */
public final class FlumeAvroSourceConfig extends AbstractConfig {
    public static final String TOPIC_CONFIG = "topic";
    public static final String TOPIC_HEADER_CONFIG = "topic.header";
    public static final String TOPIC_ALLOWED_CONFIG = "topic.allowed";
    public static final String KEY_HEADER_CONFIG = "key.header";
    public static final String VALUE_TYPE_CONFIG = "value.type";
    public static final String CHARSET_CONFIG = "charset";
    public static final String CLIENT_ADDRESS_HEADER_CONFIG = "client.address.header";
    public static final String COMPRESSION_TYPE_CONFIG = "compression.type";
    public static final String COMPRESSION_INSIDE_TLS_CONFIG = "compression.inside.tls";
    public static final String IP_FILTER_RULES_CONFIG = "ip.filter.rules";
    public static final String MAX_BATCH_EVENTS_CONFIG = "max.batch.events";
    public static final String MAX_REQUEST_BYTES_CONFIG = "max.request.bytes";
    public static final String REQUEST_THREADS_CONFIG = "request.threads";

    public enum ValueType { BYTES, STRING }

    public enum Compression { NONE, DEFLATE }

    private static final String RECORDS_GROUP = "Records";
    private static final String PROTOCOL_GROUP = "Avro RPC";

    /** This connector's keys, then the listener's and TLS keys. */
    public static final ConfigDef CONFIG_DEF = TlsConfig.addTo(ListenerConfig.addTo(new ConfigDef()
            .define(TOPIC_CONFIG, Type.STRING, ConfigDef.NO_DEFAULT_VALUE, new ConfigDef.NonEmptyString(),
                    Importance.HIGH, "Topic the events are written to, unless `topic.header` names another allowed "
                            + "one.", RECORDS_GROUP, 1, Width.MEDIUM, "Topic")
            .define(TOPIC_HEADER_CONFIG, Type.STRING, "", Importance.MEDIUM,
                    "Event header whose value names the topic (as Flume's Kafka sink `topicHeader`); empty: every "
                            + "event goes to `topic`. A value not listed in `topic.allowed`, or a missing header, "
                            + "sends the event to `topic` (counted in `topics-refused` when the value was not "
                            + "allowed).", RECORDS_GROUP, 2, Width.MEDIUM, "Topic header")
            .define(TOPIC_ALLOWED_CONFIG, Type.LIST, "", Importance.MEDIUM,
                    "Topics `topic.header` may name, comma-separated; required with `topic.header`, so a "
                            + "client cannot create or write to any topic it likes.", RECORDS_GROUP, 3, Width.LONG,
                    "Allowed topics")
            .define(KEY_HEADER_CONFIG, Type.STRING, "", Importance.MEDIUM,
                    "Event header whose value is the record key (a string); empty, or an event without it: no "
                            + "key.", RECORDS_GROUP, 4, Width.MEDIUM, "Key header")
            .define(VALUE_TYPE_CONFIG, Type.STRING, "bytes", enumValidator(ValueType.values()), Importance.MEDIUM,
                    "Record value: `bytes` (the event body as sent, optional bytes schema) or `string` (the body "
                            + "decoded with `charset`, optional string schema; malformed input is replaced with "
                            + "U+FFFD).", RECORDS_GROUP, 5, Width.SHORT, "Value")
            .define(CHARSET_CONFIG, Type.STRING, "UTF-8", new CharsetValidator(), Importance.LOW,
                    "Character set of the bodies with `value.type=string`.", RECORDS_GROUP, 6, Width.SHORT,
                    "Charset")
            .define(CLIENT_ADDRESS_HEADER_CONFIG, Type.STRING, "flume.client.address", Importance.LOW,
                    "Header that carries the IP address of the client that sent the event; empty for none. An "
                            + "event that already has a header of that name keeps its own.", RECORDS_GROUP, 7,
                    Width.MEDIUM, "Client address header")
            .define(COMPRESSION_TYPE_CONFIG, Type.STRING, "none", enumValidator(Compression.values()),
                    Importance.MEDIUM, "Flume's `compression-type`: `deflate` when the clients' avro sinks set "
                            + "`compression-type = deflate`, else `none`. Both sides must agree; a mismatched "
                            + "client fails its calls.", PROTOCOL_GROUP, 1, Width.SHORT, "Compression")
            .define(COMPRESSION_INSIDE_TLS_CONFIG, Type.BOOLEAN, false, Importance.LOW,
                    "Only with both `compression.type=deflate` and TLS: `false` deflates the TLS stream, as "
                            + "Flume 1.11's clients and sources do; `true` encrypts the deflated stream, as Flume 1.9 "
                            + "and older do. Clients of the other kind fail their calls.", PROTOCOL_GROUP, 2,
                    Width.SHORT, "Compression inside TLS")
            .define(IP_FILTER_RULES_CONFIG, Type.LIST, "", new IpFilterRulesValidator(), Importance.MEDIUM,
                    "Flume's `ipFilterRules` (and `ipFilter = true` when not empty): comma-separated rules "
                            + "`allow|deny:ip|name:<pattern>`, `*` and `?` as wildcards, e.g. "
                            + "`allow:ip:10.1.*,allow:name:localhost,deny:ip:*`. The first rule matching a client's "
                            + "address (`ip`) or reverse-resolved host name (`name`) decides; a client no rule "
                            + "matches is accepted. Empty: every client is accepted.",
                    PROTOCOL_GROUP, 3, Width.LONG, "IP filter rules")
            .define(MAX_BATCH_EVENTS_CONFIG, Type.INT, 10_000, Range.between(1, 1_000_000), Importance.MEDIUM,
                    "Most events one `appendBatch` may carry; a larger batch is answered `FAILED` (the sink "
                            + "retries it forever: keep its `batch-size` at most this).",
                    PROTOCOL_GROUP, 4, Width.SHORT, "Max events per batch")
            .define(MAX_REQUEST_BYTES_CONFIG, Type.INT, 64 * 1_048_576, Range.between(1024, 1024 * 1_048_576),
                    Importance.MEDIUM, "Largest request (a batch, serialised, after decompression) read; a client "
                            + "that sends a larger one is disconnected before it is buffered, and counted in "
                            + "`requests-too-large`.", PROTOCOL_GROUP, 5, Width.SHORT, "Max request bytes")
            .define(REQUEST_THREADS_CONFIG, Type.INT, 32, Range.between(1, 4096), Importance.LOW,
                    "Threads that answer requests (Flume's `threads`). Each waits for Kafka's acknowledgement of "
                            + "the batch it answers, so this bounds the batches in flight; a connection is served "
                            + "by one of them.", PROTOCOL_GROUP, 6, Width.SHORT, "Request threads")));

    public final String topic;
    public final String topicHeader;
    public final Set<String> topicAllowed;
    public final String keyHeader;
    public final ValueType valueType;
    public final Charset charset;
    public final String clientAddressHeader;
    public final Compression compression;
    public final boolean compressionInsideTls;
    public final List<IpFilterRule> ipFilterRules;
    public final int maxBatchEvents;
    public final int maxRequestBytes;
    public final int requestThreads;

    public FlumeAvroSourceConfig(Map<String, String> props) {
        super(CONFIG_DEF, props);
        topic = getString(TOPIC_CONFIG);
        topicHeader = getString(TOPIC_HEADER_CONFIG);
        topicAllowed = Set.copyOf(getList(TOPIC_ALLOWED_CONFIG));
        keyHeader = getString(KEY_HEADER_CONFIG);
        valueType = ValueType.valueOf(upper(VALUE_TYPE_CONFIG));
        charset = Charset.forName(getString(CHARSET_CONFIG));
        clientAddressHeader = getString(CLIENT_ADDRESS_HEADER_CONFIG);
        compression = Compression.valueOf(upper(COMPRESSION_TYPE_CONFIG));
        compressionInsideTls = getBoolean(COMPRESSION_INSIDE_TLS_CONFIG);
        ipFilterRules = IpFilterRule.parseAll(IP_FILTER_RULES_CONFIG, getList(IP_FILTER_RULES_CONFIG));
        maxBatchEvents = getInt(MAX_BATCH_EVENTS_CONFIG);
        maxRequestBytes = getInt(MAX_REQUEST_BYTES_CONFIG);
        requestThreads = getInt(REQUEST_THREADS_CONFIG);
    }

    private String upper(String key) {
        return getString(key).toUpperCase(Locale.ROOT);
    }

    private static ConfigDef.Validator enumValidator(Enum<?>[] values) {
        return ConfigDef.CaseInsensitiveValidString.in(
                java.util.Arrays.stream(values).map(v -> v.name().toLowerCase(Locale.ROOT)).toArray(String[]::new));
    }

    /** Each rule of {@code ip.filter.rules} in Flume's syntax. */
    static final class IpFilterRulesValidator implements ConfigDef.Validator {
        @Override
        public void ensureValid(String name, Object value) {
            @SuppressWarnings("unchecked")
            List<String> rules = (List<String>) value;
            IpFilterRule.parseAll(name, rules);
        }

        @Override
        public String toString() {
            return "comma-separated " + IpFilterRule.SYNTAX;
        }
    }

    /** A charset this JVM supports. */
    static final class CharsetValidator implements ConfigDef.Validator {
        @Override
        public void ensureValid(String name, Object value) {
            try {
                Charset.forName((String) value);
            } catch (RuntimeException e) {
                throw new ConfigException(name, value, "not a charset this JVM supports");
            }
        }

        @Override
        public String toString() {
            return "a charset, e.g. UTF-8, ISO-8859-1";
        }
    }
}
