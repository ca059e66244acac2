package io.flumeconnect.transforms.filter;

import io.flumeconnect.common.config.RegexValidator;
import io.flumeconnect.transforms.support.InputLimit;
import io.flumeconnect.transforms.support.Location;
import io.flumeconnect.transforms.support.LocationValidator;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.kafka.common.config.AbstractConfig;
import org.apache.kafka.common.config.ConfigDef;

/** The configuration of {@link RegexFilter}. */
public final class RegexFilterConfig extends AbstractConfig {
    public static final String SOURCE_CONFIG = "source";
    public static final String PATTERN_CONFIG = "pattern";
    public static final String EXCLUDE_CONFIG = "exclude";

    private static final String GROUP = "Filter";

    public static final ConfigDef CONFIG_DEF = InputLimit.define(new ConfigDef()
            .define(SOURCE_CONFIG, ConfigDef.Type.STRING, "value", new LocationValidator(), ConfigDef.Importance.HIGH,
                    "Where the text to match is: the value, the key, a field of the value or key, or a header.",
                    GROUP, 1, ConfigDef.Width.MEDIUM, "Source")
            .define(PATTERN_CONFIG, ConfigDef.Type.STRING, ConfigDef.NO_DEFAULT_VALUE,
                    ConfigDef.CompositeValidator.of(new ConfigDef.NonEmptyString(), new RegexValidator()),
                    ConfigDef.Importance.HIGH, "Java regular expression searched for in the text (Flume's `regex`); "
                            + "anchor it with ^ and $ to match the whole text.",
                    GROUP, 2, ConfigDef.Width.LONG, "Pattern")
            .define(EXCLUDE_CONFIG, ConfigDef.Type.BOOLEAN, false, ConfigDef.Importance.MEDIUM,
                    "false: keep only the records that match (a record without the text is dropped); true: drop the "
                            + "records that match (Flume's `excludeEvents`). Tombstones are always kept.",
                    GROUP, 3, ConfigDef.Width.SHORT, "Exclude matches"),
            GROUP, 4, "A longer text fails the record: the connector's errors.tolerance and dead letter queue decide.");

    public final Location source;
    public final Pattern pattern;
    public final boolean exclude;

    public RegexFilterConfig(Map<?, ?> props) {
        super(CONFIG_DEF, props);
        source = LocationValidator.parse(SOURCE_CONFIG, getString(SOURCE_CONFIG));
        pattern = RegexValidator.compile(PATTERN_CONFIG, getString(PATTERN_CONFIG));
        exclude = getBoolean(EXCLUDE_CONFIG);
    }
}
