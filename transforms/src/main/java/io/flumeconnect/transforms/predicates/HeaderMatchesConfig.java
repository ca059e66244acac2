package io.flumeconnect.transforms.predicates;

import io.flumeconnect.transforms.support.Location;
import io.flumeconnect.transforms.support.LocationValidator;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.kafka.common.config.AbstractConfig;
import org.apache.kafka.common.config.ConfigDef;

/** The configuration of {@link HeaderMatches}. */
public final class HeaderMatchesConfig extends AbstractConfig {
    public static final String HEADER_CONFIG = "header";
    public static final String PATTERN_CONFIG = PatternKey.PATTERN_CONFIG;
    private static final String HEADER_DOC = "Name of the record header to match; the last header of that name is "
            + "used. A record without it never matches.";

    public static final ConfigDef CONFIG_DEF = PatternKey.define(new ConfigDef()
            .define(HEADER_CONFIG, ConfigDef.Type.STRING, ConfigDef.NO_DEFAULT_VALUE, new ConfigDef.NonEmptyString(),
                    ConfigDef.Importance.HIGH, HEADER_DOC, "Match", 1, ConfigDef.Width.MEDIUM, "Header"), "Match", 2);

    public final Location header;
    public final Pattern pattern;

    public HeaderMatchesConfig(Map<?, ?> props) {
        super(CONFIG_DEF, props);
        header = LocationValidator.parse(HEADER_CONFIG, "header:" + getString(HEADER_CONFIG));
        pattern = PatternKey.compile(this);
    }
}
