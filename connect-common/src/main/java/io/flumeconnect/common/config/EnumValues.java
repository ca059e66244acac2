package io.flumeconnect.common.config;

import java.util.Arrays;
import java.util.Locale;
import org.apache.kafka.common.config.ConfigDef;

/** The values of an enum-typed key, in the lower-case spelling users write, and their validator. */
public final class EnumValues {
    private EnumValues() {
    }

    /** The constants of {@code type} in lower case, e.g. for {@link ConfigDef.ValidList#in}. */
    public static String[] of(Class<? extends Enum<?>> type) {
        return Arrays.stream(type.getEnumConstants()).map(e -> e.name().toLowerCase(Locale.ROOT)).toArray(String[]::new);
    }

    /** Accepts the constants of {@code type} in any case; its {@code toString()} lists them. */
    public static ConfigDef.Validator validator(Class<? extends Enum<?>> type) {
        return ConfigDef.CaseInsensitiveValidString.in(of(type));
    }

    /** The constant a value accepted by {@link #validator} names, in any case. */
    public static <E extends Enum<E>> E parse(Class<E> type, String value) {
        return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
    }
}
