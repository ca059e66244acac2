package io.flumeconnect.aggregator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.flumeconnect.common.config.ConfigReference;
import io.flumeconnect.testkit.ReferenceDocs;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.streams.StreamsConfig;
import org.junit.jupiter.api.Test;

class AggregatorConfigTest {
    private static final Path EXAMPLE = Path.of("src/main/examples/access-per-minute.json");

    @Test
    void theReferencePageIsGeneratedFromTheConfigDef() throws Exception {
        ReferenceDocs.verify("aggregator/Aggregator.md", ConfigReference.markdown(
                "Aggregator (io.flumeconnect.aggregator.AggregatorMain)", AggregatorConfig.OVERVIEW_DOC, AggregatorConfig.CONFIG_DEF));
    }

    @Test
    void theShippedExampleAggregatesAccessLogLinesByResponse() throws Exception {
        Map<String, String> example = new HashMap<>(AggregatorMain.load(EXAMPLE));
        example.put("input.topics", "logs");
        example.put("output.topic", "per-minute");
        try (AggregatorDriver driver = new AggregatorDriver(example)) {
            driver.send(0, line("01/Jan/2026:00:00:05 +0000", 200, 512));
            driver.send(0, line("01/Jan/2026:00:00:40 +0000", 200, 100));
            driver.send(0, line("01/Jan/2026:00:00:50 +0000", 404, 7));
            driver.send(0, line("01/Jan/2026:00:01:30 +0000", 200, 1));

            List<JsonNode> aggregates = driver.aggregates();
            assertThat(aggregates).extracting(a -> a.path("window_start").asLong() + " " + a.path("response").asText()
                    + " " + a.path("count").asLong() + " " + a.path("bytes_sum").asDouble())
                    .containsExactlyInAnyOrder(AggregatorDriver.START.toEpochMilli() + " 200 2 612.0",
                            AggregatorDriver.START.toEpochMilli() + " 404 1 7.0");
        }
    }

    @Test
    void exactlyOnceIsTheDefaultAndStreamsSettingsPassThrough() {
        Map<String, String> props = AggregatorDriver.config(Map.of("streams.num.stream.threads", "2"));
        var streams = new AggregatorConfig(props).streamsProperties();

        assertThat(streams).containsEntry(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2)
                .containsEntry("num.stream.threads", "2").containsEntry(StreamsConfig.APPLICATION_ID_CONFIG, "agg-test");
    }

    @Test
    void badSettingsAreRefusedNamingTheKey() {
        assertRefused(Map.of("window.type", "hopping", "window.advance.ms", "7000"), "window.advance.ms", "divisor");
        assertRefused(Map.of("window.advance.ms", "30000"), "window.advance.ms", "only hopping windows");
        assertRefused(Map.of("transforms", "x"), "transforms.x.type", "needs a type");
        assertRefused(Map.of("transforms", "x", "transforms.x.type", "java.lang.String"), "transforms.x.type",
                "not a Kafka Connect Transformation");
        assertRefused(Map.of("transforms", "x", "transforms.x.type", "io.flumeconnect.transforms.filter.RegexFilter",
                "transforms.x.predicate", "p"), "transforms.x.predicate", "does not run predicates");
        assertRefused(Map.of("group.by.fields", "count"), "group.by.fields", "collides");
        assertRefused(Map.of("group.by.fields", "x_distinct", "distinct.fields", "x"), "distinct.fields", "collides");
    }

    @Test
    void aMissingRequiredKeyIsNamed() {
        Map<String, String> props = AggregatorDriver.config(Map.of());
        props.remove("application.id");

        assertThatThrownBy(() -> new AggregatorConfig(props)).isInstanceOf(ConfigException.class).hasMessageContaining("application.id");
    }

    private static void assertRefused(Map<String, String> overrides, String key, String reason) {
        assertThatThrownBy(() -> {
            try (AggregatorDriver driver = new AggregatorDriver(overrides)) {
                driver.send(0, "{}");
            }
        }).as("%s", overrides).hasStackTraceContaining(key).hasStackTraceContaining(reason);
    }

    private static String line(String time, int status, int bytes) {
        return "10.0.0.1 - - [" + time + "] \"GET /index.html HTTP/1.1\" " + status + " " + bytes
                + " \"-\" \"curl/8.0\"";
    }
}
