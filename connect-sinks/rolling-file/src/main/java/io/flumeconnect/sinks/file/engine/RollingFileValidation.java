package io.flumeconnect.sinks.file.engine;

import static io.flumeconnect.sinks.file.engine.RollingFileConfig.*;

import io.flumeconnect.common.config.ConfigValidation;
import io.flumeconnect.sinks.file.template.TimeRounding;
import java.util.Optional;
import org.apache.kafka.common.config.Config;
import org.apache.kafka.common.config.ConfigValue;

/** Cross-field checks of the engine's settings, each message attached to every key involved. */
public final class RollingFileValidation {
    private RollingFileValidation() {
    }

    public static Config validate(Config result) {
        if (!ConfigValidation.isValid(result)) {
            return result;
        }
        if ("field".equalsIgnoreCase(string(result, TIME_SOURCE)) && string(result, TIME_FIELD).isBlank()) {
            ConfigValidation.addError(result, "time.source=field needs the field in time.field", TIME_SOURCE, TIME_FIELD);
        }
        if (Boolean.TRUE.equals(value(result, ROUND))) {
            try {
                TimeRounding.down((Integer) value(result, ROUND_VALUE), TimeRounding.Unit.of(string(result, ROUND_UNIT)));
            } catch (IllegalArgumentException e) {
                ConfigValidation.addError(result, e.getMessage(), ROUND_VALUE, ROUND_UNIT);
            }
        }
        return result;
    }

    private static Object value(Config result, String key) {
        return ConfigValidation.find(result, key).map(ConfigValue::value).orElse(null);
    }

    private static String string(Config result, String key) {
        return Optional.ofNullable(value(result, key)).map(Object::toString).orElse("");
    }
}
