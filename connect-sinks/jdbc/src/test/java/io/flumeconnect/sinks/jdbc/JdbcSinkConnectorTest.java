package io.flumeconnect.sinks.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.flumeconnect.common.config.ConfigReference;
import io.flumeconnect.common.config.ConfigValidation;
import io.flumeconnect.testkit.ReferenceDocs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.kafka.connect.errors.ConnectException;
import org.junit.jupiter.api.Test;

class JdbcSinkConnectorTest {
    private static Map<String, List<String>> errors(String... keysAndValues) {
        Map<String, String> props = new HashMap<>(Map.of("connection.url", "jdbc:sqlite:x.db"));
        for (int i = 0; i < keysAndValues.length; i += 2) {
            props.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return ConfigValidation.errors(new JdbcSinkConnector().validate(props));
    }

    @Test
    void aMinimalConfigIsValid() {
        assertThat(errors()).isEmpty();
        assertThat(errors("insert.mode", "upsert", "pk.mode", "kafka", "auto.create", "true")).isEmpty();
    }

    @Test
    void upsertAndUpdateNeedAPrimaryKey() {
        assertThat(errors("insert.mode", "upsert")).containsOnlyKeys("insert.mode", "pk.mode")
                .extractingByKey("insert.mode").asList().first().asString().contains("needs a primary key");
        assertThat(errors("insert.mode", "UPDATE")).containsOnlyKeys("insert.mode", "pk.mode");
    }

    @Test
    void deleteNeedsTheRecordKey() {
        assertThat(errors("delete.enabled", "true", "pk.mode", "kafka")).containsOnlyKeys("delete.enabled", "pk.mode");
        assertThat(errors("delete.enabled", "true", "pk.mode", "record_key")).isEmpty();
    }

    @Test
    void pkFieldsMustFitThePkMode() {
        assertThat(errors("pk.mode", "record_value")).containsOnlyKeys("pk.mode", "pk.fields");
        assertThat(errors("pk.mode", "kafka", "pk.fields", "t,p")).containsOnlyKeys("pk.mode", "pk.fields");
        assertThat(errors("pk.fields", "id")).containsOnlyKeys("pk.mode", "pk.fields");
        assertThat(errors("pk.mode", "record_value", "pk.fields", "id", "value.mapping", "json"))
                .containsOnlyKeys("pk.fields", "value.json.fields", "value.mapping");
        assertThat(errors("pk.mode", "record_value", "pk.fields", "id", "value.mapping", "json", "value.json.fields", "id"))
                .isEmpty();
    }

    @Test
    void headerColumnsMayNotClashWithKeyOrValueColumns() {
        assertThat(errors("pk.mode", "kafka", "headers.columns", "__connect_offset"))
                .containsOnlyKeys("headers.columns", "pk.fields");
        assertThat(errors("value.mapping", "json", "headers.columns", "value")).containsKey("headers.columns");
    }

    @Test
    void tableNamesFromRecordDataNeedAnAllowedPattern() {
        assertThat(errors("table.name.format", "logs_${header.app}"))
                .containsOnlyKeys("table.name.format", "table.name.allowed.regex")
                .extractingByKey("table.name.allowed.regex").asList().first().asString().contains("record data");
        assertThat(errors("table.name.format", "logs_${field.app}", "table.name.allowed.regex", "logs_[a-z]+")).isEmpty();
        assertThat(errors("table.name.format", "logs_${topic}")).isEmpty();
        assertThat(errors("table.name.allowed.regex", "logs_(")).containsOnlyKeys("table.name.allowed.regex");
    }

    @Test
    void configuredNamesMustReachTheDatabaseAsWritten() {
        String long64 = "k".repeat(64);
        assertThat(errors("connection.url", "jdbc:postgresql://h/db", "pk.mode", "record_value", "pk.fields", long64))
                .containsOnlyKeys("pk.fields").extractingByKey("pk.fields").asList().first().asString()
                .contains("longer than 63 bytes").contains("postgresql");
        assertThat(errors("connection.url", "jdbc:mariadb://h/db", "headers.columns", "mood\uD83D\uDE00"))
                .containsOnlyKeys("headers.columns");
        assertThat(errors("connection.url", "jdbc:mariadb://h/db", "table.name.format", "t".repeat(65)))
                .containsOnlyKeys("table.name.format");
        assertThat(errors("connection.url", "jdbc:sqlite:x.db", "pk.mode", "record_value", "pk.fields", long64)).isEmpty();
    }

    @Test
    void headerColumnsClashAsTheDatabaseComparesNames() {
        assertThat(errors("pk.mode", "kafka", "headers.columns", "__CONNECT_OFFSET")).containsOnlyKeys("headers.columns", "pk.fields");
        assertThat(errors("connection.url", "jdbc:postgresql://h/db", "pk.mode", "kafka", "headers.columns", "__CONNECT_OFFSET"))
                .isEmpty();
    }

    @Test
    void theUrlComesBackFromValidationWithItsPasswordMasked() {
        Map<String, String> props = Map.of("connection.url", "jdbc:postgresql://db/logs?user=flume&password=s3cret");
        assertThat(ConfigValidation.find(new JdbcSinkConnector().validate(props), "connection.url").orElseThrow().value())
                .isEqualTo("jdbc:postgresql://db/logs?user=flume&password=****");
    }

    /** A config stored by an older version, which validate() never saw, is refused when the connector or a task starts. */
    @Test
    void crossKeyRulesAreCheckedAgainAtStart() {
        Map<String, String> stored = Map.of("connection.url", "jdbc:sqlite:x.db", "insert.mode", "upsert");
        assertThatThrownBy(() -> new JdbcSinkConnector().start(stored)).isInstanceOf(ConnectException.class)
                .hasMessageContaining("insert.mode, pk.mode: insert.mode=upsert needs a primary key");
        JdbcSinkTask task = new JdbcSinkTask();
        task.initialize(new FakeSinkTaskContext(true));
        assertThatThrownBy(() -> task.start(stored)).isInstanceOf(ConnectException.class)
                .hasMessageContaining("needs a primary key");
        Map<String, String> routed = Map.of("connection.url", "jdbc:sqlite:x.db", "table.name.format", "${header.t}");
        assertThatThrownBy(() -> task.start(routed)).isInstanceOf(ConnectException.class)
                .hasMessageContaining("table.name.allowed.regex");
    }

    @Test
    void singleKeysAreCheckedByTheirValidators() {
        assertThat(errors("connection.url", "postgres://h/db")).containsOnlyKeys("connection.url");
        assertThat(errors("insert.mode", "merge")).containsOnlyKeys("insert.mode");
        assertThat(errors("table.name.format", "${topic}_${partition}")).containsOnlyKeys("table.name.format")
                .extractingByKey("table.name.format").asList().first().asString().contains("unknown placeholder ${partition}");
        assertThat(errors("batch.size", "0")).containsOnlyKeys("batch.size");
    }

    @Test
    void tasksGetTheConnectorConfig() {
        JdbcSinkConnector connector = new JdbcSinkConnector();
        connector.start(Map.of("connection.url", "jdbc:sqlite:x.db"));
        assertThat(connector.taskConfigs(3)).hasSize(3).allSatisfy(c -> assertThat(c).containsEntry("connection.url", "jdbc:sqlite:x.db"));
        assertThat(connector.version()).isNotBlank();
    }

    /** The examples shipped in the plugin archive ({@code etc/}) pass the connector's own validation. */
    @Test
    void everyExampleValidates() throws Exception {
        Path examples = Path.of(System.getProperty("flume.repo.root"), "config-examples/src/main/examples/jdbc-sink");
        List<Path> files;
        try (Stream<Path> listed = Files.list(examples)) {
            files = listed.filter(f -> f.toString().endsWith(".json")).sorted().toList();
        }
        assertThat(files).isNotEmpty();
        for (Path file : files) {
            Map<String, String> config = new ObjectMapper().convertValue(new ObjectMapper().readTree(file.toFile()).get("config"),
                    new TypeReference<Map<String, String>>() { });
            assertThat(ConfigValidation.errors(new JdbcSinkConnector().validate(config))).as(file.toString()).isEmpty();
        }
    }

    @Test
    void referencePageIsCurrent() throws Exception {
        ReferenceDocs.verify("jdbc-sink/JdbcSinkConnector.md",
                ConfigReference.markdown("JDBC sink connector", JdbcSinkConnector.OVERVIEW_DOC, JdbcSinkConfig.CONFIG_DEF));
    }
}
