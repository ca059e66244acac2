package io.flumeconnect.sources.http;

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

class HttpSourceConnectorTest {

    @Test
    void referencePageIsCurrent() throws Exception {
        ReferenceDocs.verify("connect-sources/HttpSourceConnector.md",
                ConfigReference.markdown("HTTP source connector", HttpSourceConnector.OVERVIEW,
                        HttpSourceConfig.CONFIG_DEF));
    }

    private static Map<String, List<String>> errors(Map<String, String> overrides) {
        Map<String, String> props = new HashMap<>(Map.of("ports", "8080", "topic", "events"));
        props.putAll(overrides);
        return ConfigValidation.errors(new HttpSourceConnector().validate(props));
    }

    @Test
    void aValidConfigHasNoErrors() {
        assertThat(errors(Map.of())).isEmpty();
        assertThat(errors(Map.of("paths", "/,/logs=text,/flume=flume", "topics.allowed", "a,b"))).isEmpty();
    }

    @Test
    void crossKeyErrorsAreOnEveryKeyInvolved() {
        assertThat(errors(Map.of("topic", ""))).containsKeys("topic", "topics.allowed", "paths");
        assertThat(errors(Map.of("value.schema.fields", "a:string"))).containsKeys("value.schema.fields",
                "value.type");
        assertThat(errors(Map.of("rate.limit.burst", "5"))).containsKeys("rate.limit.burst", "rate.limit.per.client");
        assertThat(errors(Map.of("paths", "/,/health"))).containsKeys("health.path", "paths");
        assertThat(errors(Map.of("topics.allowed", "a", "paths", "/topics/x"))).containsKey("topics.path.prefix");
    }

    @Test
    void singleKeyErrorsNameTheProblem() {
        assertThat(errors(Map.of("paths", "/a=xml")).get("paths")).singleElement().asString()
                .contains("'xml' is not a format");
        assertThat(errors(Map.of("paths", "logs")).get("paths")).singleElement().asString()
                .contains("starts with /");
        assertThat(errors(Map.of("value.type", "structured", "value.schema.fields", "a:decimal")))
                .containsKey("value.schema.fields");
        assertThat(errors(Map.of("tls.enabled", "true"))).containsKey("tls.keystore.path");
    }

    @Test
    void badBasicUsersAreRefusedWithoutShowingTheSecret() {
        Map<String, List<String>> errors = errors(Map.of("auth.basic.users", "alice:pw,bobs-secret"));
        assertThat(errors.get("auth.basic.users")).singleElement().asString().doesNotContain("bobs-secret");
    }

    @Test
    void theTaskChecksTheCrossKeyRulesAgain() {
        HttpSourceTask task = new HttpSourceTask();
        assertThatThrownBy(() -> task.start(Map.of("ports", "0", "topic", "", "name", "x")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("set topic");
    }

    @Test
    void everyTaskGetsTheWholeConfig() {
        HttpSourceConnector connector = new HttpSourceConnector();
        connector.start(Map.of("ports", "8080", "topic", "events"));
        assertThat(connector.taskConfigs(3)).hasSize(3).allSatisfy(config ->
                assertThat(config).containsEntry("ports", "8080"));
    }
}
