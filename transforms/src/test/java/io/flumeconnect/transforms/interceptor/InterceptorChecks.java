package io.flumeconnect.transforms.interceptor;

import static io.flumeconnect.transforms.support.TestRecords.validationErrors;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.connect.source.SourceRecord;
import org.apache.kafka.connect.transforms.Transformation;

/** Assertions every header interceptor's test makes the same way. */
final class InterceptorChecks {
    private InterceptorChecks() {
    }

    /** Configured with {@code config}, the transform returns {@code tombstone} itself. */
    static void passesThrough(Transformation<SourceRecord> transform, Map<String, ?> config, SourceRecord tombstone) {
        transform.configure(config);
        assertThat(transform.apply(tombstone)).isSameAs(tombstone);
    }

    /** Configuring {@code key=value} fails with Kafka's message naming both. */
    static void refuses(Transformation<SourceRecord> transform, String key, String value) {
        assertThatThrownBy(() -> transform.configure(Map.of(key, value)))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("Invalid value " + value + " for configuration " + key);
    }

    /** An empty {@code header} name is the only error, and the defaults alone are valid. */
    static void requiresAHeaderName(ConfigDef def) {
        assertThat(validationErrors(def, Map.of("header", ""))).containsOnlyKeys("header");
        assertThat(validationErrors(def, Map.of())).isEmpty();
    }
}
