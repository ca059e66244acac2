package io.flumeconnect.transforms.predicates;

import java.util.Map;
import java.util.regex.Pattern;
import org.apache.kafka.common.config.AbstractConfig;
import org.apache.kafka.common.config.ConfigDef;

/** The configuration of {@link ValueMatches}. */
public final class ValueMatchesConfig extends AbstractConfig {
    public static final String PATTERN_CONFIG = PatternKey.PATTERN_CONFIG;

    public static final ConfigDef CONFIG_DEF = PatternKey.define(new ConfigDef(), "Match", 1);

    public final Pattern pattern;

    public ValueMatchesConfig(Map<?, ?> props) {
        super(CONFIG_DEF, props);
        pattern = PatternKey.compile(this);
    }
}
