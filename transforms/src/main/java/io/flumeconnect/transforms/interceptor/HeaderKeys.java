package io.flumeconnect.transforms.interceptor;

import org.apache.kafka.common.config.ConfigDef;

/** The keys of the interceptors that set one header: its name, and whether an existing one is kept. */
final class HeaderKeys {
    static final String HEADER_CONFIG = "header";
    static final String PRESERVE_EXISTING_CONFIG = "preserve.existing";

    private HeaderKeys() {
    }

    static ConfigDef define(ConfigDef def, String group, String defaultHeader, boolean preserveDefault) {
        return def
                .define(HEADER_CONFIG, ConfigDef.Type.STRING, defaultHeader, new ConfigDef.NonEmptyString(),
                        ConfigDef.Importance.MEDIUM, "Name of the header to set (Flume's `headerName`).",
                        group, 1, ConfigDef.Width.MEDIUM, "Header")
                .define(PRESERVE_EXISTING_CONFIG, ConfigDef.Type.BOOLEAN, preserveDefault, ConfigDef.Importance.LOW,
                        "true: leave a record that already has the header unchanged; false: replace the header "
                                + "(Flume's `preserveExisting`).", group, 2, ConfigDef.Width.SHORT, "Preserve existing");
    }
}
