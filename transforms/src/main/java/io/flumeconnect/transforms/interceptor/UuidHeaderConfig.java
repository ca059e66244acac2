package io.flumeconnect.transforms.interceptor;

import java.util.Map;
import org.apache.kafka.common.config.AbstractConfig;
import org.apache.kafka.common.config.ConfigDef;

/** The configuration of {@link UuidHeader}. */
public final class UuidHeaderConfig extends AbstractConfig {
    public static final String HEADER_CONFIG = HeaderKeys.HEADER_CONFIG;
    public static final String PRESERVE_EXISTING_CONFIG = HeaderKeys.PRESERVE_EXISTING_CONFIG;
    public static final String PREFIX_CONFIG = "prefix";

    public static final ConfigDef CONFIG_DEF = HeaderKeys.define(new ConfigDef(), "UUID", "id", true)
            .define(PREFIX_CONFIG, ConfigDef.Type.STRING, "", ConfigDef.Importance.LOW,
                    "Text put before each UUID (Flume's `prefix`).", "UUID", 3, ConfigDef.Width.SHORT, "Prefix");

    public final String header;
    public final boolean preserveExisting;
    public final String prefix;

    public UuidHeaderConfig(Map<?, ?> props) {
        super(CONFIG_DEF, props);
        header = getString(HEADER_CONFIG);
        preserveExisting = getBoolean(PRESERVE_EXISTING_CONFIG);
        prefix = getString(PREFIX_CONFIG);
    }
}
