package io.flumeconnect.transforms.support;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigException;

/**
 * A {@link DateTimeFormatter} pattern such as {@code yyyy-MM-dd HH:mm:ss}; the empty string is allowed. Month
 * and day names are English whatever the worker's locale, as in the logs of web servers ({@code 10/Oct/2000}).
 */
public final class DateTimeFormatValidator implements ConfigDef.Validator {
    @Override
    public void ensureValid(String name, Object value) {
        if (value != null && !value.toString().isEmpty()) {
            compile(name, value.toString());
        }
    }

    /** The formatter of a validated pattern, or an error naming the key, the value and what is wrong. */
    public static DateTimeFormatter compile(String name, String pattern) {
        try {
            return DateTimeFormatter.ofPattern(pattern, Locale.ENGLISH);
        } catch (IllegalArgumentException e) {
            throw new ConfigException(name, pattern, "not a java.time.format.DateTimeFormatter pattern: " + e.getMessage());
        }
    }

    @Override
    public String toString() {
        return "a java.time DateTimeFormatter pattern (English month and day names), e.g. "
                + "yyyy-MM-dd'T'HH:mm:ss.SSS or dd/MMM/yyyy:HH:mm:ss Z, or empty";
    }
}
