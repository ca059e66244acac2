package io.flumeconnect.transforms.predicates;

import io.flumeconnect.transforms.support.Location;
import io.flumeconnect.transforms.support.LocationValidator;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.kafka.common.config.AbstractConfig;
import org.apache.kafka.common.config.ConfigDef;

/** The configuration of {@link FieldMatches}. */
public final class FieldMatchesConfig extends AbstractConfig {
    public static final String FIELD_CONFIG = "field";
    public static final String PATTERN_CONFIG = PatternKey.PATTERN_CONFIG;
    private static final String FIELD_DOC = "Field of the record value (a Struct or Map) to match, nested with dots, "
            + "e.g. http.status. A missing field never matches.";

    public static final ConfigDef CONFIG_DEF = PatternKey.define(new ConfigDef()
            .define(FIELD_CONFIG, ConfigDef.Type.STRING, ConfigDef.NO_DEFAULT_VALUE, new ConfigDef.NonEmptyString(),
                    ConfigDef.Importance.HIGH, FIELD_DOC, "Match", 1, ConfigDef.Width.MEDIUM, "Field"), "Match", 2);

    public final Location field;
    public final Pattern pattern;

    public FieldMatchesConfig(Map<?, ?> props) {
        super(CONFIG_DEF, props);
        field = LocationValidator.parse(FIELD_CONFIG, "field:" + getString(FIELD_CONFIG));
        pattern = PatternKey.compile(this);
    }
}
