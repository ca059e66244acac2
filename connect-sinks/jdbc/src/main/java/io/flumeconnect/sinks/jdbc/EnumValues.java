package io.flumeconnect.sinks.jdbc;

import java.util.Arrays;
import java.util.Locale;
import org.apache.kafka.common.config.ConfigDef;

/** Valid values of an enum-typed key, in the lower-case spelling users write. */
final class EnumValues {
    private EnumValues() {
    }

    static String[] of(Class<? extends Enum<?>> type) {
        return Arrays.stream(type.getEnumConstants()).map(e -> e.name().toLowerCase(Locale.ROOT)).toArray(String[]::new);
    }

    static ConfigDef.Validator validator(Class<? extends Enum<?>> type) {
        return ConfigDef.CaseInsensitiveValidString.in(of(type));
    }

    static <E extends Enum<E>> E parse(Class<E> type, String value) {
        return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
    }
}
