package io.flumeconnect.transforms.interceptor;

import io.flumeconnect.transforms.support.MappingValidator;
import java.util.Map;
import org.apache.kafka.common.config.AbstractConfig;
import org.apache.kafka.common.config.ConfigDef;

/** The configuration of {@link StaticHeaders}. */
public final class StaticHeadersConfig extends AbstractConfig {
    public static final String HEADERS_CONFIG = "headers";
    public static final String PRESERVE_EXISTING_CONFIG = HeaderKeys.PRESERVE_EXISTING_CONFIG;

    public static final ConfigDef CONFIG_DEF = new ConfigDef()
            .define(HEADERS_CONFIG, ConfigDef.Type.LIST, ConfigDef.NO_DEFAULT_VALUE, MappingValidator.names(),
                    ConfigDef.Importance.HIGH, "Headers to set, as name:value pairs, e.g. datacenter:NYC,tier:edge "
                            + "(Flume's `key` and `value`, several at once).",
                    "Static", 1, ConfigDef.Width.LONG, "Headers")
            .define(PRESERVE_EXISTING_CONFIG, ConfigDef.Type.BOOLEAN, true, ConfigDef.Importance.LOW,
                    "true: a header the record has already keeps its value; false: it is replaced "
                            + "(Flume's `preserveExisting`).", "Static", 2, ConfigDef.Width.SHORT, "Preserve existing");

    public final Map<String, String> headers;
    public final boolean preserveExisting;

    public StaticHeadersConfig(Map<?, ?> props) {
        super(CONFIG_DEF, props);
        headers = MappingValidator.names().parse(HEADERS_CONFIG, getList(HEADERS_CONFIG));
        preserveExisting = getBoolean(PRESERVE_EXISTING_CONFIG);
    }
}
