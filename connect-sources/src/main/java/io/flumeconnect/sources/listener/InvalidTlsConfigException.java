package io.flumeconnect.sources.listener;

import java.util.List;
import org.apache.kafka.common.config.ConfigException;

/** A TLS setting that cannot work, with the keys a user has to look at (for per-key validation errors). */
public final class InvalidTlsConfigException extends ConfigException {
    private final List<String> keys;

    InvalidTlsConfigException(String message, String... keys) {
        super(keys[0] + ": " + message);
        this.keys = List.of(keys);
    }

    public List<String> keys() {
        return keys;
    }
}
