package io.flumeconnect.common.config;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.common.config.Config;
import org.apache.kafka.common.config.ConfigValue;

/**
 * Cross-field checks in {@code Connector.validate()}: attach a message to every key involved, so the
 * REST endpoint {@code PUT /connector-plugins/{name}/config/validate} shows it next to each key.
 */
public final class ConfigValidation {
    private ConfigValidation() {
    }

    /** Adds {@code message} to the errors of each named key that the result holds. */
    public static void addError(Config result, String message, String... keys) {
        for (String key : keys) {
            find(result, key).ifPresent(value -> value.addErrorMessage(message));
        }
    }

    /** True when no key has an error yet: cross-field checks run only on individually valid values. */
    public static boolean isValid(Config result) {
        return result.configValues().stream().allMatch(value -> value.errorMessages().isEmpty());
    }

    public static Optional<ConfigValue> find(Config result, String key) {
        return result.configValues().stream().filter(value -> value.name().equals(key)).findFirst();
    }

    /** The errors per key, for tests and log lines. */
    public static Map<String, List<String>> errors(Config result) {
        return result.configValues().stream()
                .filter(value -> !value.errorMessages().isEmpty())
                .collect(java.util.stream.Collectors.toMap(ConfigValue::name, ConfigValue::errorMessages));
    }
}
