package io.flumeconnect.sinks.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.flumeconnect.common.config.ConfigReference;
import io.flumeconnect.common.config.ConfigValidation;
import io.flumeconnect.testkit.ReferenceDocs;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.config.ConfigException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FileSinkConnectorTest {
    @Test
    void referencePageIsCurrent() throws IOException {
        ReferenceDocs.verify("file-sink/FileSinkConnector.md",
                ConfigReference.markdown("FileSinkConnector", FileSinkConnector.OVERVIEW, FileSinkConfig.CONFIG_DEF));
    }

    @Test
    void aMinimalConfigIsValid() {
        assertThat(errors(Map.of())).isEmpty();
        FileSinkConnector connector = new FileSinkConnector();
        connector.start(base(Map.of()));
        assertThat(connector.taskConfigs(3)).hasSize(3).allSatisfy(c -> assertThat(c).containsEntry("file.dir", "/tmp/x"));
        assertThat(connector.taskClass()).isEqualTo(FileSinkTask.class);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "path.template | /abs/%Y | absolute",
        "path.template | ../up | '..'",
        "path.template | %Q | unknown escape",
        "file.prefix | a/b | no directories",
        "file.prefix | _tmp-%Y | starts with '.' or '_'",
        "path.template | logs/.staging/%Y | starts with '.' or '_'",
        "file.suffix | .a+b | '+'",
        "file.suffix | .tmp | '.tmp'",
        "format | xml | ",
        "compression | lzma | ",
        "time.zone | Mars/Base | time zone",
        "json.include | key,bogus | ",
        "roll.size.bytes | -1 | "})
    void badValuesAreRefusedNamingTheKey(String key, String value, String reason) {
        Map<String, List<String>> errors = errors(Map.of(key, value));
        assertThat(errors).containsKey(key);
        if (reason != null) {
            assertThat(errors.get(key)).anySatisfy(message -> assertThat(message).contains(reason));
        }
    }

    @Test
    void crossFieldChecksNameEveryKeyInvolved() {
        assertThat(errors(Map.of("time.source", "field"))).containsKeys("time.source", "time.field");
        assertThat(errors(Map.of("path.round", "true", "path.round.value", "30", "path.round.unit", "hour")))
                .containsKeys("path.round.value", "path.round.unit");
        assertThat(errors(Map.of("path.round", "true", "path.round.value", "15", "path.round.unit", "minute"))).isEmpty();
    }

    @Test
    void whatNeedsHadoopIsRefusedNamingTheKey() {
        assertThat(errors(Map.of("format", "sequencefile"))).containsOnlyKeys("format")
                .extractingByKey("format").asList().first().asString().contains("HDFS sink");
        assertThat(errors(Map.of("compression", "bzip2"))).containsOnlyKeys("compression");
        assertThat(errors(Map.of("format", "json", "compression", "lz4"))).containsOnlyKeys("compression")
                .extractingByKey("compression").asList().first().asString().contains("lz4_frame");
        assertThat(errors(Map.of("format", "avro_event", "compression", "lz4"))).containsOnlyKeys("format", "compression");
        assertThat(errors(Map.of("format", "avro_event", "compression", "snappy"))).isEmpty();
    }

    @Test
    void lz4FrameIsOfferedForLinesAndRefusedForAvro() {
        assertThat(errors(Map.of("format", "text", "compression", "lz4_frame"))).isEmpty();
        assertThat(errors(Map.of("format", "json", "compression", "LZ4_FRAME"))).isEmpty();
        assertThat(errors(Map.of("format", "avro", "compression", "lz4_frame"))).containsOnlyKeys("format", "compression");
    }

    @Test
    void fileDirIsRequired() {
        assertThatThrownBy(() -> new FileSinkConfig(Map.of())).isInstanceOf(ConfigException.class).hasMessageContaining("file.dir");
    }

    private static Map<String, List<String>> errors(Map<String, String> overrides) {
        return ConfigValidation.errors(new FileSinkConnector().validate(base(overrides)));
    }

    private static Map<String, String> base(Map<String, String> overrides) {
        Map<String, String> props = new HashMap<>(Map.of("file.dir", "/tmp/x"));
        props.putAll(overrides);
        return props;
    }
}
