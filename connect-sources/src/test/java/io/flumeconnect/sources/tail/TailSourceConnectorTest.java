package io.flumeconnect.sources.tail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.flumeconnect.common.config.ConfigReference;
import io.flumeconnect.common.config.ConfigValidation;
import io.flumeconnect.testkit.ReferenceDocs;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.connect.errors.ConnectException;
import org.apache.kafka.connect.source.ExactlyOnceSupport;
import org.junit.jupiter.api.Test;

class TailSourceConnectorTest {
    private final TailSourceConnector connector = new TailSourceConnector();

    private static Map<String, String> props(String... kv) {
        Map<String, String> props = new HashMap<>(Map.of("topic", "logs", "files", "/var/log/*.log"));
        for (int i = 0; i < kv.length; i += 2) {
            props.put(kv[i], kv[i + 1]);
        }
        return props;
    }

    @Test
    void referencePageIsCurrent() throws Exception {
        ReferenceDocs.verify("connect-sources/TailSourceConnector.md",
                ConfigReference.markdown("Tail source connector", TailSourceConnector.OVERVIEW, TailSourceConfig.CONFIG_DEF));
    }

    @Test
    void fileGroupsCarryTheirGlobsTopicsAndHeaders() {
        TailSourceConfig config = new TailSourceConfig(props("files", "", "filegroups", "f1 f2",
                "filegroups.f1", "/var/log/a/*.log, /var/log/b/**", "filegroups.f2", "/srv/x.log",
                "filegroups.f2.topic", "other", "headers.f2.env", "prod", "headers.f2.dc", "eu"));
        assertThat(config.groups).extracting(FileGroup::name).containsExactly("f1", "f2");
        assertThat(config.groups.get(0).globs()).hasSize(2);
        assertThat(config.groups.get(0).topic()).isEqualTo("logs");
        assertThat(config.groups.get(1).topic()).isEqualTo("other");
        assertThat(config.groups.get(1).headers()).isEqualTo(Map.of("env", "prod", "dc", "eu"));
    }

    @Test
    void badValuesAreRefusedNamingTheKey() {
        assertThatThrownBy(() -> new TailSourceConfig(props("charset", "UTF-16")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("charset");
        assertThatThrownBy(() -> new TailSourceConfig(props("multiline.pattern", "([")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("multiline.pattern");
        assertThatThrownBy(() -> new TailSourceConfig(props("files", "", "filegroups", "g")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("filegroups.g");
        assertThatThrownBy(() -> new TailSourceConfig(props("files", "")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("files");
        assertThatThrownBy(() -> new TailSourceConfig(props("start.position", "middle")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("start.position");
    }

    @Test
    void validateReportsEveryErrorAtOnceOnTheKeyTheUserSet() {
        Map<String, List<String>> errors = ConfigValidation.errors(connector.validate(props("files", "relative/*.log",
                "batch.max.records", "0", "filegroups", "g", "filegroups.g", "also/relative.log")));
        assertThat(errors).containsOnlyKeys("files", "filegroups", "batch.max.records");
        assertThat(errors.get("files")).singleElement().asString().contains("absolute", "relative/*.log");
        assertThat(errors.get("filegroups")).singleElement().asString().contains("filegroups.g", "absolute");

        assertThat(ConfigValidation.errors(connector.validate(props("files", "relative/*.log"))))
                .containsOnlyKeys("files");

        Map<String, List<String>> flume = ConfigValidation.errors(connector.validate(
                props("flume.position.file", "/nonexistent/taildir_position.json")));
        assertThat(flume).containsOnlyKeys("flume.position.file");

        assertThat(ConfigValidation.errors(connector.validate(props()))).isEmpty();
    }

    @Test
    void limitsMustFitTheProducersMaxRequestSizeAsTheValueIsSent() {
        assertThat(ConfigValidation.errors(connector.validate(props("line.max.bytes", "1048576"))))
                .containsOnlyKeys("line.max.bytes");
        assertThat(ConfigValidation.errors(connector.validate(props("line.max.bytes", "1000000", "value.type", "bytes"))))
                .isEmpty();
        assertThat(ConfigValidation.errors(connector.validate(props("line.max.bytes", "1000000", "value.type", "bytes",
                "producer.override.max.request.size", "500000")))).containsOnlyKeys("line.max.bytes");
        assertThat(ConfigValidation.errors(connector.validate(props("line.max.bytes", "1048576",
                "producer.override.max.request.size", "4000000")))).isEmpty();
        Map<String, List<String>> multiline = ConfigValidation.errors(connector.validate(props(
                "multiline.pattern", "^\\s", "multiline.max.bytes", "10485760")));
        assertThat(multiline).containsOnlyKeys("multiline.max.bytes");
        assertThat(multiline.get("multiline.max.bytes").get(0)).contains("max.request.size=1048576", "at most 344064");
        assertThat(ConfigValidation.errors(connector.validate(props("multiline.max.bytes", "10485760")))).isEmpty();

        assertThatThrownBy(() -> new TailSourceConfig(props("line.max.bytes", "1048576")).requireCrossKeyRules())
                .isInstanceOf(ConfigException.class).hasMessageContaining("line.max.bytes");
        new TailSourceConfig(props()).requireCrossKeyRules();
    }

    @Test
    void aCompletedActionNeedsFilesReadFromTheirBeginningAndASuffixThatStaysInTheDirectory() {
        Map<String, List<String>> errors = ConfigValidation.errors(connector.validate(props(
                "completed.action", "rename", "start.position", "end")));
        assertThat(errors).containsOnlyKeys("completed.action", "start.position");
        assertThat(errors.get("start.position").get(0)).contains("start.position=beginning");
        assertThat(ConfigValidation.errors(connector.validate(props("completed.action", "delete")))).isEmpty();
        assertThat(ConfigValidation.errors(connector.validate(props("completed.action", "move"))))
                .containsOnlyKeys("completed.action");
        assertThat(ConfigValidation.errors(connector.validate(props("completed.suffix", "/../done"))))
                .containsOnlyKeys("completed.suffix");
        assertThat(ConfigValidation.errors(connector.validate(props("ignore.pattern", "("))))
                .containsOnlyKeys("ignore.pattern");

        assertThatThrownBy(() -> new TailSourceConfig(props("completed.action", "rename", "start.position", "end"))
                .requireCrossKeyRules()).isInstanceOf(ConfigException.class).hasMessageContaining("completed.action");
    }

    @Test
    void bytesHeadersNeedTheByteArrayHeaderConverterInTheConnectorsConfig() {
        Map<String, List<String>> errors = ConfigValidation.errors(connector.validate(props("record.headers.type", "bytes")));
        assertThat(errors).containsOnlyKeys("record.headers.type");
        assertThat(errors.get("record.headers.type").get(0)).contains("header.converter", "ByteArrayConverter", "base64");
        assertThat(ConfigValidation.errors(connector.validate(props("record.headers.type", "bytes",
                "header.converter", "org.apache.kafka.connect.converters.ByteArrayConverter")))).isEmpty();
        assertThat(ConfigValidation.errors(connector.validate(props("record.headers.type", "text"))))
                .containsOnlyKeys("record.headers.type");

        assertThatThrownBy(() -> new TailSourceConfig(props("record.headers.type", "bytes")).requireHeaderConverter())
                .isInstanceOf(ConfigException.class).hasMessageContaining("record.headers.type");
        new TailSourceConfig(props("record.headers.type", "bytes", "header.converter",
                "org.apache.kafka.connect.converters.ByteArrayConverter")).requireHeaderConverter();
    }

    @Test
    void everyTaskGetsItsShare() {
        connector.start(props());
        List<Map<String, String>> configs = connector.taskConfigs(3);
        assertThat(configs).hasSize(3);
        assertThat(configs).extracting(c -> c.get("task.index")).containsExactly("0", "1", "2");
        assertThat(configs).allMatch(c -> c.get("task.count").equals("3") && c.get("topic").equals("logs"));
    }

    @Test
    void supportsExactlyOnceAndValidatesUserOffsets() {
        assertThat(connector.exactlyOnceSupport(props())).isEqualTo(ExactlyOnceSupport.SUPPORTED);
        Map<String, Object> partition = Map.of("file.id", "2049:1234");
        assertThat(connector.alterOffsets(props(), Map.of(partition, Map.of("position", 10L)))).isTrue();
        assertThat(connector.alterOffsets(props(), Map.of(partition,
                Map.of("position", 10, "fingerprint", "0a1b2c3d", "fingerprint.length", 64)))).isTrue();
        Map<Map<String, ?>, Map<String, ?>> reset = new HashMap<>();
        reset.put(partition, null);
        assertThat(connector.alterOffsets(props(), reset)).isTrue();

        assertThatThrownBy(() -> connector.alterOffsets(props(), Map.of(partition, Map.of("position", -1))))
                .isInstanceOf(ConnectException.class).hasMessageContaining("position");
        assertThatThrownBy(() -> connector.alterOffsets(props(), Map.of(partition, Map.of("position", 1, "fingerprint", "xyz"))))
                .isInstanceOf(ConnectException.class).hasMessageContaining("fingerprint");
        assertThatThrownBy(() -> connector.alterOffsets(props(), Map.of(Map.of("path", "/x"), Map.of("position", 1))))
                .isInstanceOf(ConnectException.class).hasMessageContaining("file.id");
        Map<String, Object> content = Map.of("head", "1024:" + "ab".repeat(32));
        assertThat(connector.alterOffsets(props(), Map.of(content, Map.of("position", 10L)))).isTrue();
        assertThatThrownBy(() -> connector.alterOffsets(props(), Map.of(Map.of("head", "1024:xyz"),
                Map.of("position", 1)))).isInstanceOf(ConnectException.class).hasMessageContaining("head");
    }
}
