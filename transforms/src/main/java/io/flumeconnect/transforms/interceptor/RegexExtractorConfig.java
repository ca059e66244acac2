package io.flumeconnect.transforms.interceptor;

import io.flumeconnect.common.config.RegexValidator;
import io.flumeconnect.transforms.support.InputLimit;
import io.flumeconnect.transforms.support.Location;
import io.flumeconnect.transforms.support.LocationValidator;
import io.flumeconnect.transforms.support.NamedGroups;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.kafka.common.config.AbstractConfig;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigException;

/** The configuration of {@link RegexExtractor}. */
public final class RegexExtractorConfig extends AbstractConfig {
    public static final String SOURCE_CONFIG = "source";
    public static final String PATTERN_CONFIG = "pattern";
    public static final String TARGET_CONFIG = "target";
    public static final String PREFIX_CONFIG = "prefix";

    public static final String TARGET_HEADER = "header";
    public static final String TARGET_FIELD = "field";

    private static final String GROUP = "Extract";

    public static final ConfigDef CONFIG_DEF = InputLimit.define(new ConfigDef()
            .define(SOURCE_CONFIG, ConfigDef.Type.STRING, "value", new LocationValidator(), ConfigDef.Importance.HIGH,
                    "Where the text to search is: the value (Flume's event body), the key, a field or a header.",
                    GROUP, 1, ConfigDef.Width.MEDIUM, "Source")
            .define(PATTERN_CONFIG, ConfigDef.Type.STRING, ConfigDef.NO_DEFAULT_VALUE,
                    ConfigDef.CompositeValidator.of(new ConfigDef.NonEmptyString(), new RegexValidator(),
                            new NamedGroupsValidator()),
                    ConfigDef.Importance.HIGH, "Java regular expression with named groups, e.g. "
                            + "`(?<status>\\d{3}) (?<bytes>\\d+)`; each group that takes part in the first match "
                            + "becomes a header or field of that name (Flume's `regex` and `serializers`).",
                    GROUP, 2, ConfigDef.Width.LONG, "Pattern")
            .define(TARGET_CONFIG, ConfigDef.Type.STRING, TARGET_HEADER,
                    ConfigDef.CaseInsensitiveValidString.in(TARGET_HEADER, TARGET_FIELD), ConfigDef.Importance.MEDIUM,
                    "`header`: the groups become string headers (as in Flume); `field`: they become top-level "
                            + "string fields of a Struct or Map value (optional STRING fields added to the schema).",
                    GROUP, 3, ConfigDef.Width.SHORT, "Target")
            .define(PREFIX_CONFIG, ConfigDef.Type.STRING, "", ConfigDef.Importance.LOW,
                    "Text put before each group name to name the header or field.",
                    GROUP, 4, ConfigDef.Width.SHORT, "Name prefix"),
            GROUP, 5, "A longer text fails the record: the connector's errors.tolerance and dead letter queue decide.");

    public final Location source;
    public final Pattern pattern;
    /** The header or field names, in the order of the groups. */
    public final List<String> names;
    public final List<String> groups;
    public final boolean toHeaders;

    public RegexExtractorConfig(Map<?, ?> props) {
        super(CONFIG_DEF, props);
        source = LocationValidator.parse(SOURCE_CONFIG, getString(SOURCE_CONFIG));
        pattern = RegexValidator.compile(PATTERN_CONFIG, getString(PATTERN_CONFIG));
        groups = NamedGroups.of(pattern);
        String prefix = getString(PREFIX_CONFIG);
        names = groups.stream().map(group -> prefix + group).toList();
        toHeaders = getString(TARGET_CONFIG).equalsIgnoreCase(TARGET_HEADER);
    }

    /** A regex with at least one named group. */
    static final class NamedGroupsValidator implements ConfigDef.Validator {
        @Override
        public void ensureValid(String name, Object value) {
            if (value != null && NamedGroups.of(RegexValidator.compile(name, value.toString())).isEmpty()) {
                throw new ConfigException(name, value, "has no named group (?<name>...) to extract");
            }
        }

        @Override
        public String toString() {
            return "with at least one named group, such as `(?<status>...)`";
        }
    }
}
