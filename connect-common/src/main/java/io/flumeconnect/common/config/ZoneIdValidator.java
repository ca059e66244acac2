package io.flumeconnect.common.config;

import java.time.DateTimeException;
import java.time.ZoneId;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigException;

/** A time zone: a region such as {@code Europe/Paris}, an offset such as {@code +02:00}, or {@code UTC}. */
public final class ZoneIdValidator implements ConfigDef.Validator {
    @Override
    public void ensureValid(String name, Object value) {
        if (value != null) {
            parse(name, value.toString());
        }
    }

    /** The zone of a validated value, or an error naming the key and the value. */
    public static ZoneId parse(String name, String value) {
        try {
            return ZoneId.of(value);
        } catch (DateTimeException e) {
            throw new ConfigException(name, value, "not a time zone: " + e.getMessage());
        }
    }

    @Override
    public String toString() {
        return "a time zone id, e.g. UTC, Europe/Paris or +02:00";
    }
}
