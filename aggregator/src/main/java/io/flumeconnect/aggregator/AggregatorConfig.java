package io.flumeconnect.aggregator;

import io.flumeconnect.transforms.aggregate.WindowAggregateConfig;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.apache.kafka.common.config.AbstractConfig;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.connect.json.JsonConverter;
import org.apache.kafka.connect.storage.StringConverter;
import org.apache.kafka.streams.StreamsConfig;

/**
 * The aggregator's configuration: the window, group and aggregate keys of the {@code WindowAggregate} transform
 * (same names, same meaning, same output), and what only an engine gives: hopping and session windows,
 * emit-final or emit-on-change, exactly-once processing, a dead-letter topic, input converters and transforms.
 * Any other Kafka Streams setting goes through with the prefix {@code streams.}.
 */
public final class AggregatorConfig extends AbstractConfig {
    public static final String APPLICATION_ID_CONFIG = "application.id";
    public static final String BOOTSTRAP_SERVERS_CONFIG = "bootstrap.servers";
    public static final String INPUT_TOPICS_CONFIG = "input.topics";
    public static final String OUTPUT_TOPIC_CONFIG = WindowAggregateConfig.OUTPUT_TOPIC_CONFIG;
    public static final String DEAD_LETTER_TOPIC_CONFIG = "dead.letter.topic";
    public static final String WINDOW_TYPE_CONFIG = "window.type";
    public static final String WINDOW_ADVANCE_MS_CONFIG = "window.advance.ms";
    public static final String SESSION_GAP_MS_CONFIG = "session.gap.ms";
    public static final String EMIT_CONFIG = "emit";
    public static final String PUNCTUATE_INTERVAL_MS_CONFIG = "punctuate.interval.ms";
    public static final String QUIET_CLOSE_MS_CONFIG = "quiet.close.ms";
    public static final String MAX_FUTURE_MS_CONFIG = "max.future.ms";
    public static final String DISTINCT_FIELDS_CONFIG = "distinct.fields";
    public static final String DISTINCT_LG_K_CONFIG = "distinct.lg.k";
    public static final String PROCESSING_GUARANTEE_CONFIG = "processing.guarantee";
    public static final String KEY_CONVERTER_CONFIG = "key.converter";
    public static final String VALUE_CONVERTER_CONFIG = "value.converter";
    public static final String OUTPUT_CONVERTER_CONFIG = "output.converter";
    public static final String TRANSFORMS_CONFIG = "transforms";
    public static final String STREAMS_PREFIX = "streams.";

    public static final String OVERVIEW_DOC = "A Kafka Streams application that aggregates records in event-time "
            + "windows exactly once: the WindowAggregate transform's keys and output, plus hopping and session windows, "
            + "emit-final or emit-on-change, a dead-letter topic, and the input parsed by the same transforms as in a "
            + "connector. Run it with bin/flume-connect aggregate --config FILE (a .json object or .properties file of "
            + "these keys); every other Kafka Streams setting goes through with the prefix streams. "
            + "See docs/aggregation.md.";

    /** The WindowAggregate keys that mean the same here; late.records and max.open.windows do not apply. */
    static final List<String> SHARED_KEYS = List.of(WindowAggregateConfig.WINDOW_SIZE_MS_CONFIG,
            WindowAggregateConfig.GRACE_MS_CONFIG, WindowAggregateConfig.TIMESTAMP_FIELD_CONFIG,
            WindowAggregateConfig.GROUP_BY_FIELDS_CONFIG, WindowAggregateConfig.GROUP_BY_HEADERS_CONFIG,
            WindowAggregateConfig.AGGREGATE_FIELDS_CONFIG);

    /** How windows are cut. */
    public enum WindowType { TUMBLING, HOPPING, SESSION }

    /** When aggregates are written: once per window after its grace, or at every change. */
    public enum Emit { FINAL, CHANGE }

    private static final String APPLICATION = "Application";
    private static final String WINDOWS = "Windows (besides the WindowAggregate keys)";
    private static final String RECORDS = "Input and output";

    public static final ConfigDef CONFIG_DEF = configDef();

    public final String applicationId;
    public final List<String> inputTopics;
    public final String outputTopic;
    public final String deadLetterTopic;
    public final WindowType windowType;
    public final long windowSizeMs;
    public final long windowAdvanceMs;
    public final long sessionGapMs;
    public final long graceMs;
    public final Emit emit;
    public final long punctuateIntervalMs;
    public final long quietCloseMs;
    public final long maxFutureMs;
    public final List<String> distinctFields;
    public final int distinctLgK;
    public final WindowAggregateConfig window;

    public AggregatorConfig(Map<String, ?> props) {
        super(CONFIG_DEF, props);
        applicationId = getString(APPLICATION_ID_CONFIG);
        inputTopics = getList(INPUT_TOPICS_CONFIG);
        outputTopic = getString(OUTPUT_TOPIC_CONFIG);
        String deadLetters = getString(DEAD_LETTER_TOPIC_CONFIG);
        deadLetterTopic = deadLetters.isEmpty() ? applicationId + "-dead-letters" : deadLetters;
        windowType = WindowType.valueOf(getString(WINDOW_TYPE_CONFIG).toUpperCase(Locale.ROOT));
        windowSizeMs = getLong(WindowAggregateConfig.WINDOW_SIZE_MS_CONFIG);
        windowAdvanceMs = getLong(WINDOW_ADVANCE_MS_CONFIG) == 0 ? windowSizeMs : getLong(WINDOW_ADVANCE_MS_CONFIG);
        sessionGapMs = getLong(SESSION_GAP_MS_CONFIG);
        graceMs = getLong(WindowAggregateConfig.GRACE_MS_CONFIG);
        emit = Emit.valueOf(getString(EMIT_CONFIG).toUpperCase(Locale.ROOT));
        punctuateIntervalMs = getLong(PUNCTUATE_INTERVAL_MS_CONFIG);
        quietCloseMs = getLong(QUIET_CLOSE_MS_CONFIG);
        maxFutureMs = getLong(MAX_FUTURE_MS_CONFIG);
        distinctFields = getList(DISTINCT_FIELDS_CONFIG);
        distinctLgK = getInt(DISTINCT_LG_K_CONFIG);
        window = new WindowAggregateConfig(windowKeys(props));
        checkWindows();
        DistinctColumns.check(this);
    }

    /** The Kafka Streams properties: ours, then every {@code streams.*} key without its prefix. */
    public Properties streamsProperties() {
        Properties streams = new Properties();
        streams.put(StreamsConfig.APPLICATION_ID_CONFIG, applicationId);
        streams.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, getString(BOOTSTRAP_SERVERS_CONFIG));
        streams.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, getString(PROCESSING_GUARANTEE_CONFIG));
        streams.putAll(originalsWithPrefix(STREAMS_PREFIX));
        return streams;
    }

    private void checkWindows() {
        if (windowType == WindowType.HOPPING && (windowAdvanceMs > windowSizeMs || windowSizeMs % windowAdvanceMs != 0)) {
            throw new ConfigException(WINDOW_ADVANCE_MS_CONFIG, windowAdvanceMs,
                    "a hopping window advances by a divisor of " + WindowAggregateConfig.WINDOW_SIZE_MS_CONFIG + "="
                            + windowSizeMs + " (a record then belongs to size/advance windows)");
        }
        if (windowType == WindowType.SESSION && sessionGapMs <= 0) {
            throw new ConfigException(SESSION_GAP_MS_CONFIG, sessionGapMs, "session windows need a gap of at least 1 ms");
        }
        if (windowType != WindowType.HOPPING && getLong(WINDOW_ADVANCE_MS_CONFIG) != 0) {
            throw new ConfigException(WINDOW_ADVANCE_MS_CONFIG, getLong(WINDOW_ADVANCE_MS_CONFIG),
                    "only hopping windows advance; set " + WINDOW_TYPE_CONFIG + "=hopping or leave it unset");
        }
    }

    private static Map<String, Object> windowKeys(Map<String, ?> props) {
        Map<String, Object> shared = new HashMap<>();
        SHARED_KEYS.forEach(key -> {
            if (props.containsKey(key)) {
                shared.put(key, props.get(key));
            }
        });
        shared.put(WindowAggregateConfig.OUTPUT_TOPIC_CONFIG, props.get(OUTPUT_TOPIC_CONFIG));
        return shared;
    }

    private static ConfigDef configDef() {
        ConfigDef def = new ConfigDef()
                .define(APPLICATION_ID_CONFIG, ConfigDef.Type.STRING, ConfigDef.NO_DEFAULT_VALUE,
                        new ConfigDef.NonEmptyString(), ConfigDef.Importance.HIGH,
                        "Kafka Streams' application id: instances with the same id share the work (the input's "
                                + "partitions); it prefixes the internal changelog and repartition topics.",
                        APPLICATION, 1, ConfigDef.Width.MEDIUM, "Application id")
                .define(BOOTSTRAP_SERVERS_CONFIG, ConfigDef.Type.STRING, ConfigDef.NO_DEFAULT_VALUE,
                        new ConfigDef.NonEmptyString(), ConfigDef.Importance.HIGH, "The Kafka cluster.",
                        APPLICATION, 2, ConfigDef.Width.LONG, "Bootstrap servers")
                .define(PROCESSING_GUARANTEE_CONFIG, ConfigDef.Type.STRING, StreamsConfig.EXACTLY_ONCE_V2,
                        ConfigDef.ValidString.in(StreamsConfig.EXACTLY_ONCE_V2, StreamsConfig.AT_LEAST_ONCE),
                        ConfigDef.Importance.MEDIUM,
                        "exactly_once_v2: window state, aggregates, dead letters and input offsets are committed "
                                + "in one transaction, so a crash neither loses nor repeats a record's contribution "
                                + "(read the output with isolation.level=read_committed). at_least_once: a crash "
                                + "may add a record twice.",
                        APPLICATION, 3, ConfigDef.Width.MEDIUM, "Processing guarantee")
                .define(INPUT_TOPICS_CONFIG, ConfigDef.Type.LIST, ConfigDef.NO_DEFAULT_VALUE,
                        new ConfigDef.NonNullValidator(), ConfigDef.Importance.HIGH,
                        "The topics to aggregate.", RECORDS, 1, ConfigDef.Width.LONG, "Input topics")
                .define(OUTPUT_TOPIC_CONFIG, ConfigDef.Type.STRING, ConfigDef.NO_DEFAULT_VALUE,
                        new ConfigDef.NonEmptyString(), ConfigDef.Importance.HIGH,
                        "The topic of the aggregates (key: the group, value: WindowAggregate's output).",
                        RECORDS, 2, ConfigDef.Width.MEDIUM, "Output topic")
                .define(DEAD_LETTER_TOPIC_CONFIG, ConfigDef.Type.STRING, "", ConfigDef.Importance.MEDIUM,
                        "Where records that cannot be aggregated go, unchanged, with the reason in headers "
                                + "(unparseable, a field missing or not a number, no event time, event time too far "
                                + "ahead, late). Empty: <application.id>-dead-letters.",
                        RECORDS, 3, ConfigDef.Width.MEDIUM, "Dead-letter topic")
                .define(KEY_CONVERTER_CONFIG, ConfigDef.Type.CLASS, StringConverter.class, ConfigDef.Importance.LOW,
                        "The Connect converter that reads input keys; its settings with the prefix key.converter.",
                        RECORDS, 4, ConfigDef.Width.LONG, "Key converter")
                .define(VALUE_CONVERTER_CONFIG, ConfigDef.Type.CLASS, JsonConverter.class, ConfigDef.Importance.MEDIUM,
                        "The Connect converter that reads input values (StringConverter for raw lines parsed by "
                                + "transforms; JsonConverter with value.converter.schemas.enable=false for plain "
                                + "JSON); its settings with the prefix value.converter.",
                        RECORDS, 5, ConfigDef.Width.LONG, "Value converter")
                .define(OUTPUT_CONVERTER_CONFIG, ConfigDef.Type.CLASS, JsonConverter.class, ConfigDef.Importance.LOW,
                        "The Connect converter that writes aggregates' keys and values; its settings with the "
                                + "prefix output.converter. (JsonConverter writes plain JSON unless "
                                + "output.converter.schemas.enable=true).",
                        RECORDS, 6, ConfigDef.Width.LONG, "Output converter")
                .define(TRANSFORMS_CONFIG, ConfigDef.Type.LIST, List.of(), ConfigDef.Importance.MEDIUM,
                        "Transforms applied to each input record before it is aggregated, as in a connector: "
                                + "transforms=parse,time with transforms.parse.type=io.flumeconnect.transforms.parse."
                                + "ParseLine and its keys, and so on. The same classes as the SMTs, so a line is "
                                + "parsed here exactly as a connector would parse it.",
                        RECORDS, 7, ConfigDef.Width.LONG, "Transforms")
                .define(WINDOW_TYPE_CONFIG, ConfigDef.Type.STRING, "tumbling",
                        ConfigDef.CaseInsensitiveValidString.in("tumbling", "hopping", "session"),
                        ConfigDef.Importance.HIGH,
                        "tumbling: windows of window.size.ms, aligned to the epoch; hopping: windows of "
                                + "window.size.ms starting every window.advance.ms (a record counts in each window "
                                + "that holds it); session: per group, records less than session.gap.ms apart.",
                        WINDOWS, 1, ConfigDef.Width.SHORT, "Window type")
                .define(WINDOW_ADVANCE_MS_CONFIG, ConfigDef.Type.LONG, 0L, ConfigDef.Range.atLeast(0),
                        ConfigDef.Importance.MEDIUM,
                        "Hopping windows: how far each window starts after the previous one; a divisor of "
                                + "window.size.ms. 0 (only value for other types): equal to the size.",
                        WINDOWS, 2, ConfigDef.Width.SHORT, "Window advance (ms)")
                .define(SESSION_GAP_MS_CONFIG, ConfigDef.Type.LONG, 300_000L, ConfigDef.Range.atLeast(1),
                        ConfigDef.Importance.MEDIUM,
                        "Session windows: records of a group closer than this in event time are one session.",
                        WINDOWS, 3, ConfigDef.Width.SHORT, "Session gap (ms)")
                .define(EMIT_CONFIG, ConfigDef.Type.STRING, "final", ConfigDef.CaseInsensitiveValidString.in("final", "change"),
                        ConfigDef.Importance.HIGH,
                        "final: one aggregate per group and window, once the window closed (its end plus "
                                + "grace.ms passed in event time); change: the updated aggregate after every "
                                + "record, the last one per window being the final figure.",
                        WINDOWS, 4, ConfigDef.Width.SHORT, "Emit")
                .define(QUIET_CLOSE_MS_CONFIG, ConfigDef.Type.LONG, 60_000L, ConfigDef.Range.atLeast(0),
                        ConfigDef.Importance.MEDIUM,
                        "When a task has received no record for this long, its event time starts to advance with "
                                + "the wall clock, so a quiet stream's last windows still close (this long plus "
                                + "grace.ms after their end, at the latest). Keep it above the longest pause the "
                                + "input may take while windows are open, a failover included (the consumer's "
                                + "session timeout plus the state restore): a record that arrives after its window "
                                + "closed this way is late.",
                        WINDOWS, 5, ConfigDef.Width.SHORT, "Quiet close (ms)")
                .define(PUNCTUATE_INTERVAL_MS_CONFIG, ConfigDef.Type.LONG, 1_000L, ConfigDef.Range.atLeast(10),
                        ConfigDef.Importance.LOW,
                        "How often a quiet task checks by the wall clock whether windows are to be closed.",
                        WINDOWS, 6, ConfigDef.Width.SHORT, "Punctuate interval (ms)")
                .define(MAX_FUTURE_MS_CONFIG, ConfigDef.Type.LONG, 3_600_000L, ConfigDef.Range.atLeast(0),
                        ConfigDef.Importance.MEDIUM,
                        "A record whose event time is more than this ahead of the wall clock goes to the "
                                + "dead-letter topic instead of moving event time (and closing every open window) "
                                + "into the future. Brokers refuse such timestamps too "
                                + "(log.message.timestamp.after.max.ms, one hour by default on Kafka 4).",
                        WINDOWS, 7, ConfigDef.Width.SHORT, "Max future (ms)")
                .define(DISTINCT_FIELDS_CONFIG, ConfigDef.Type.LIST, List.of(), ConfigDef.Importance.MEDIUM,
                        "Value fields (dotted paths) whose distinct values are counted per window, e.g. client "
                                + "addresses or user ids: each gives <field>_distinct, an estimate from a HyperLogLog "
                                + "sketch (Apache DataSketches) with a relative error of about 1.04/sqrt(2^distinct.lg.k) "
                                + "(1.6% at the default). Values are compared as text.",
                        WINDOWS, 8, ConfigDef.Width.LONG, "Distinct fields")
                .define(DISTINCT_LG_K_CONFIG, ConfigDef.Type.INT, 12, ConfigDef.Range.between(4, 21),
                        ConfigDef.Importance.LOW,
                        "The size of each distinct-count sketch, log2 of its buckets: 12 keeps about 2.5 KB per "
                                + "window and field; each step up halves the error squared and doubles the size.",
                        WINDOWS, 9, ConfigDef.Width.SHORT, "Distinct sketch size (lg k)");
        Set<String> shared = Set.copyOf(SHARED_KEYS);
        WindowAggregateConfig.CONFIG_DEF.configKeys().values().stream()
                .filter(key -> shared.contains(key.name)).forEach(def::define);
        return def;
    }
}
