package io.flumeconnect.transforms.interceptor;

import io.flumeconnect.common.FlumeHeaders;
import java.util.Map;
import org.apache.kafka.common.config.AbstractConfig;
import org.apache.kafka.common.config.ConfigDef;

/** The configuration of {@link HostHeader}. */
public final class HostHeaderConfig extends AbstractConfig {
    public static final String HEADER_CONFIG = HeaderKeys.HEADER_CONFIG;
    public static final String PRESERVE_EXISTING_CONFIG = HeaderKeys.PRESERVE_EXISTING_CONFIG;
    public static final String USE_IP_CONFIG = "use.ip";

    public static final ConfigDef CONFIG_DEF = HeaderKeys.define(new ConfigDef(), "Host", FlumeHeaders.HOST, false)
            .define(USE_IP_CONFIG, ConfigDef.Type.BOOLEAN, true, ConfigDef.Importance.MEDIUM,
                    "true: the worker's IP address; false: its host name (Flume's `useIP`).",
                    "Host", 3, ConfigDef.Width.SHORT, "Use IP address");

    public final String header;
    public final boolean preserveExisting;
    public final boolean useIp;

    public HostHeaderConfig(Map<?, ?> props) {
        super(CONFIG_DEF, props);
        header = getString(HEADER_CONFIG);
        preserveExisting = getBoolean(PRESERVE_EXISTING_CONFIG);
        useIp = getBoolean(USE_IP_CONFIG);
    }
}
