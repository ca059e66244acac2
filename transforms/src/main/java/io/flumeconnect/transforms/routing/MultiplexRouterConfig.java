package io.flumeconnect.transforms.routing;

import io.flumeconnect.transforms.support.DateTimeFormatValidator;
import io.flumeconnect.transforms.support.Location;
import io.flumeconnect.transforms.support.LocationValidator;
import io.flumeconnect.transforms.support.MappingValidator;
import io.flumeconnect.common.config.ZoneIdValidator;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.config.AbstractConfig;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigException;

/** The configuration of {@link MultiplexRouter}. */
public final class MultiplexRouterConfig extends AbstractConfig {
    public static final String SOURCE_CONFIG = "source";
    public static final String MAPPINGS_CONFIG = "mappings";
    public static final String DEFAULT_TOPIC_CONFIG = "default.topic";
    public static final String BUCKET_FORMAT_CONFIG = "time.bucket.format";
    public static final String BUCKET_SEPARATOR_CONFIG = "time.bucket.separator";
    public static final String BUCKET_TIMEZONE_CONFIG = "time.bucket.timezone";

    private static final String GROUP = "Routing";
    private static final String BUCKET_GROUP = "Time bucket";

    public static final ConfigDef CONFIG_DEF = new ConfigDef()
            .define(SOURCE_CONFIG, ConfigDef.Type.STRING, ConfigDef.NO_DEFAULT_VALUE, new LocationValidator(),
                    ConfigDef.Importance.HIGH, "Where the routing value is, e.g. header:Severity (Flume's "
                            + "`selector.header`) or field:region.", GROUP, 1, ConfigDef.Width.MEDIUM, "Source")
            .define(MAPPINGS_CONFIG, ConfigDef.Type.LIST, List.of(), MappingValidator.valuesToTopics(), ConfigDef.Importance.HIGH,
                    "value:topic pairs (Flume's `selector.mapping.<value>`); the value must equal the whole text.",
                    GROUP, 2, ConfigDef.Width.LONG, "Mappings")
            .define(DEFAULT_TOPIC_CONFIG, ConfigDef.Type.STRING, "", new TopicCharactersValidator(), ConfigDef.Importance.MEDIUM,
                    "Topic of records whose value is absent or not mapped (Flume's `selector.default`). Empty: they "
                            + "keep their topic.", GROUP, 3, ConfigDef.Width.MEDIUM, "Default topic")
            .define(BUCKET_FORMAT_CONFIG, ConfigDef.Type.STRING, "", new DateTimeFormatValidator(),
                    ConfigDef.Importance.MEDIUM, "When set, the record's timestamp in this format is appended to "
                            + "the topic, e.g. yyyyMMdd gives logs-us-20240501. The result must be a legal topic "
                            + "name. A record without a timestamp is an error.",
                    BUCKET_GROUP, 1, ConfigDef.Width.SHORT, "Time bucket format")
            .define(BUCKET_SEPARATOR_CONFIG, ConfigDef.Type.STRING, "-", new TopicCharactersValidator(),
                    ConfigDef.Importance.LOW,
                    "Put between the topic and the time bucket.", BUCKET_GROUP, 2, ConfigDef.Width.SHORT,
                    "Time bucket separator")
            .define(BUCKET_TIMEZONE_CONFIG, ConfigDef.Type.STRING, "UTC", new ZoneIdValidator(),
                    ConfigDef.Importance.LOW, "Time zone of the time bucket.", BUCKET_GROUP, 3,
                    ConfigDef.Width.SHORT, "Time bucket zone");

    public final Location source;
    public final Map<String, String> mappings;
    /** Empty: unmapped records keep their topic. */
    public final String defaultTopic;
    /** {@code null} when no time bucket is appended. */
    public final DateTimeFormatter bucketFormat;
    public final String bucketSeparator;

    public MultiplexRouterConfig(Map<?, ?> props) {
        super(CONFIG_DEF, props);
        source = LocationValidator.parse(SOURCE_CONFIG, getString(SOURCE_CONFIG));
        mappings = MappingValidator.valuesToTopics().parse(MAPPINGS_CONFIG, getList(MAPPINGS_CONFIG));
        defaultTopic = getString(DEFAULT_TOPIC_CONFIG);
        String format = getString(BUCKET_FORMAT_CONFIG);
        bucketFormat = format.isEmpty() ? null : DateTimeFormatValidator.compile(BUCKET_FORMAT_CONFIG, format)
                .withZone(ZoneIdValidator.parse(BUCKET_TIMEZONE_CONFIG, getString(BUCKET_TIMEZONE_CONFIG)));
        bucketSeparator = getString(BUCKET_SEPARATOR_CONFIG);
        if (bucketFormat != null && !MappingValidator.isTopic(bucketFormat.format(Instant.EPOCH))) {
            throw new ConfigException(BUCKET_FORMAT_CONFIG, format, "gives '" + bucketFormat.format(Instant.EPOCH)
                    + "', which a topic name may not hold");
        }
    }

    /** Empty, or what a topic name may hold. */
    static final class TopicCharactersValidator implements ConfigDef.Validator {
        @Override
        public void ensureValid(String name, Object value) {
            if (value != null && !value.toString().isEmpty() && !MappingValidator.isTopic(value.toString())) {
                throw new ConfigException(name, value, "a topic name may not hold it");
            }
        }

        @Override
        public String toString() {
            return "empty, or up to 249 of a-z, A-Z, 0-9, '.', '_', '-'";
        }
    }
}
