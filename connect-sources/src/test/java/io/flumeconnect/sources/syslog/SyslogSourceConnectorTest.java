package io.flumeconnect.sources.syslog;

import io.flumeconnect.sources.listener.ListenerSourceTask;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.flumeconnect.common.config.ConfigReference;
import io.flumeconnect.common.config.ConfigValidation;
import io.flumeconnect.sources.listener.TlsConfig;
import io.flumeconnect.testkit.ReferenceDocs;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.config.ConfigException;
import org.junit.jupiter.api.Test;

class SyslogSourceConnectorTest {
    private final SyslogSourceConnector connector = new SyslogSourceConnector();

    static Map<String, String> props(String... kv) {
        Map<String, String> props = new HashMap<>(Map.of("topic", "syslog", "ports", "5514"));
        for (int i = 0; i < kv.length; i += 2) {
            props.put(kv[i], kv[i + 1]);
        }
        return props;
    }

    private Map<String, List<String>> errors(Map<String, String> props) {
        return ConfigValidation.errors(connector.validate(props));
    }

    @Test
    void referencePageIsCurrent() throws Exception {
        ReferenceDocs.verify("connect-sources/SyslogSourceConnector.md", ConfigReference.markdown(
                "Syslog source connector", SyslogSourceConnector.OVERVIEW, SyslogSourceConfig.CONFIG_DEF));
    }

    @Test
    void aValidConfigHasNoErrorsAndEveryTaskGetsEveryPort() {
        assertThat(errors(props("ports", "514,1514", "protocol", "relp"))).isEmpty();
        connector.start(props("ports", "514,1514"));
        List<Map<String, String>> tasks = connector.taskConfigs(3);
        assertThat(tasks).hasSize(3).allSatisfy(task -> assertThat(task).containsEntry("ports", "514,1514"));
        assertThat(tasks).extracting(task -> task.get(ListenerSourceTask.TASK_INDEX)).containsExactly("0", "1", "2");
    }

    @Test
    void badValuesAreReportedOnTheirKey() {
        assertThat(errors(props("ports", "5514,70000"))).containsOnlyKeys("ports");
        assertThat(errors(props("ports", "514,514")).get("ports")).anySatisfy(e -> assertThat(e).contains("twice"));
        assertThat(errors(props("protocol", "sctp"))).containsOnlyKeys("protocol");
        assertThat(errors(props("timezone", "Mars/Olympus"))).containsOnlyKeys("timezone");
        assertThat(errors(props("charset", "UTF-16"))).containsOnlyKeys("charset");
        assertThat(errors(props("message.max.bytes", "10"))).containsOnlyKeys("message.max.bytes");
    }

    @Test
    void rulesBetweenKeysAreReportedOnEveryKeyInvolved() {
        assertThat(errors(props("protocol", "udp", "tls.enabled", "true", "tls.keystore.path", "/x")))
                .containsKeys("protocol", "tls.enabled");
        assertThat(errors(props("protocol", "relp", "line.ack", "true"))).containsOnlyKeys("protocol", "line.ack");
        assertThat(errors(props("format", "raw"))).containsOnlyKeys("format", "value.type");
        assertThat(errors(props("format", "raw", "value.type", "string"))).isEmpty();
    }

    @Test
    void tlsProblemsAreReportedOnTheTlsKeys() {
        assertThat(errors(props("tls.enabled", "true"))).containsOnlyKeys(TlsConfig.KEYSTORE_PATH_CONFIG,
                TlsConfig.ENABLED_CONFIG);
        assertThat(errors(props("tls.enabled", "true", "tls.keystore.path", "/nonexistent.p12")))
                .containsOnlyKeys(TlsConfig.KEYSTORE_PATH_CONFIG);
    }

    @Test
    void theTaskChecksTheRulesAgain() {
        assertThatThrownBy(() -> new SyslogSourceConfig(props("format", "raw"))).isInstanceOf(ConfigException.class)
                .hasMessageContaining("value.type");
    }
}
