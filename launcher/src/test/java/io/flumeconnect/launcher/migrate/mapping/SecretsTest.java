package io.flumeconnect.launcher.migrate.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SecretsTest {
    @Test
    void knowsSecretsByTheirKeysNames() {
        assertThat(List.of("tls.keystore.password", "tls.key.password", "connection.password", "auth.bearer.tokens",
                "auth.basic.users", "keystore-password", "keystorePassword", "kafka.producer.sasl.jaas.config",
                "handler.secret", "producer.override.sasl.jaas.config", "aws.credentials", "api.key"))
                .allMatch(Secrets::isSecret);
        assertThat(List.of("tls.keystore.path", "hdfs.kerberos.keytab", "transforms.drop.names", "topic",
                "interceptors.drop.withName", "kafka.topic", "gw.sources.api.keystore")).noneMatch(Secrets::isSecret);
    }

    @Test
    void movesSecretValuesOutOfTheConnectorsAndLeavesReferencesAndEmptyValuesAlone() {
        Map<String, String> config = new LinkedHashMap<>();
        config.put("connector.class", "X");
        config.put("tls.keystore.password", "changeit");
        config.put("tls.truststore.password", "");
        config.put("tls.key.password", "${vault:secret/flume:key}");

        Secrets.Extracted extracted = Secrets.extract(List.of(new ConnectorDef("edge-rpc", config)),
                "/etc/s.properties");

        assertThat(extracted.secrets()).containsExactly(Map.entry("edge-rpc.tls.keystore.password", "changeit"));
        assertThat(extracted.connectors().get(0).config())
                .containsEntry("tls.keystore.password", "${file:/etc/s.properties:edge-rpc.tls.keystore.password}")
                .containsEntry("tls.truststore.password", "")
                .containsEntry("tls.key.password", "${vault:secret/flume:key}")
                .containsEntry("connector.class", "X");
    }
}
