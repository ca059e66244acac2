package io.flumeconnect.transforms.interceptor;

import io.flumeconnect.common.config.RegexValidator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.kafka.common.config.AbstractConfig;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigException;

/** The configuration of {@link RemoveHeaders}. */
public final class RemoveHeadersConfig extends AbstractConfig {
    public static final String NAMES_CONFIG = "names";
    public static final String PATTERN_CONFIG = "pattern";

    public static final ConfigDef CONFIG_DEF = new ConfigDef()
            .define(NAMES_CONFIG, ConfigDef.Type.LIST, List.of(), ConfigDef.Importance.HIGH,
                    "Names of the headers to remove (Flume's `withName` and `fromList`).",
                    "Remove", 1, ConfigDef.Width.LONG, "Header names")
            .define(PATTERN_CONFIG, ConfigDef.Type.STRING, "", new RegexValidator(), ConfigDef.Importance.HIGH,
                    "Java regular expression; headers whose whole name matches are removed (Flume's `matching`). "
                            + "Empty: none. At least one of names and pattern must be set.",
                    "Remove", 2, ConfigDef.Width.LONG, "Name pattern");

    public final Set<String> names;
    /** {@code null} when no pattern is configured. */
    public final Pattern pattern;

    public RemoveHeadersConfig(Map<?, ?> props) {
        super(CONFIG_DEF, props);
        names = Set.copyOf(getList(NAMES_CONFIG));
        String regex = getString(PATTERN_CONFIG);
        pattern = regex.isEmpty() ? null : RegexValidator.compile(PATTERN_CONFIG, regex);
        if (names.isEmpty() && pattern == null) {
            throw new ConfigException(NAMES_CONFIG, getList(NAMES_CONFIG),
                    "set " + NAMES_CONFIG + " or " + PATTERN_CONFIG + ", else no header would be removed");
        }
    }
}
