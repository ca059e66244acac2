package io.flumeconnect.sources.flumeavro;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.flumeconnect.common.config.ConfigReference;
import io.flumeconnect.common.config.ConfigValidation;
import io.flumeconnect.testkit.ReferenceDocs;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.config.ConfigException;
import org.junit.jupiter.api.Test;

/** The connector's validation (per key, cross-key on every key involved), task configs and reference page. */
class FlumeAvroSourceConnectorTest {
    private final FlumeAvroSourceConnector connector = new FlumeAvroSourceConnector();

    private static Map<String, String> props(String... more) {
        Map<String, String> props = new HashMap<>(Map.of("topic", "logs", "ports", "41414"));
        for (int i = 0; i < more.length; i += 2) {
            props.put(more[i], more[i + 1]);
        }
        return props;
    }

    @Test
    void referenceDocIsUpToDate() throws Exception {
        ReferenceDocs.verify("connect-sources/FlumeAvroSourceConnector.md", ConfigReference.markdown(
                "Flume Avro RPC source connector", FlumeAvroSourceConnector.OVERVIEW, FlumeAvroSourceConfig.CONFIG_DEF));
    }

    @Test
    void aValidConfigHasNoErrors() {
        assertThat(ConfigValidation.errors(connector.validate(props("compression.type", "deflate",
                "ip.filter.rules", "allow:ip:10.*,deny:ip:*", "key.header", "host")))).isEmpty();
    }

    @Test
    void aTopicHeaderWithoutAllowedTopicsIsAnErrorOnBothKeys() {
        Map<String, List<String>> errors = ConfigValidation.errors(connector.validate(props("topic.header", "topic")));

        assertThat(errors).containsOnlyKeys("topic.header", "topic.allowed");
        assertThat(errors.get("topic.allowed").get(0)).contains("topics a client may name");
        assertThatThrownBy(() -> connector.start(props("topic.header", "topic")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("topic.allowed");
    }

    @Test
    void badValuesAreErrorsOnTheirKeys() {
        Map<String, List<String>> errors = ConfigValidation.errors(connector.validate(props(
                "ip.filter.rules", "allow:ip:10.*,permit:ip:*", "compression.type", "gzip", "charset", "no-such",
                "value.type", "json")));

        assertThat(errors).containsOnlyKeys("ip.filter.rules", "compression.type", "charset", "value.type");
        assertThat(errors.get("ip.filter.rules").get(0)).contains("permit:ip:*").contains("allow|deny:ip|name:");
    }

    @Test
    void tlsWithoutAKeystoreIsAnErrorOnTheTlsKeys() {
        Map<String, List<String>> errors = ConfigValidation.errors(connector.validate(props("tls.enabled", "true")));

        assertThat(errors).containsKeys("tls.keystore.path", "tls.enabled");
    }

    @Test
    void everyTaskServesTheSamePortsAndKnowsItsNumber() {
        connector.start(props());

        List<Map<String, String>> configs = connector.taskConfigs(3);

        assertThat(configs).hasSize(3).allSatisfy(task -> assertThat(task).containsEntry("ports", "41414"));
        assertThat(configs).extracting(task -> task.get("task.index")).containsExactly("0", "1", "2");
    }
}
