package io.flumeconnect.transforms.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.flumeconnect.testkit.ConnectClusterExtension;
import io.flumeconnect.testkit.ConnectTestCluster;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.management.MBeanServer;
import javax.management.ObjectName;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Chains of both engineers' transforms in running source connectors on a real worker, loaded from the
 * packaged plugin directory: parse, filter, mask, set headers; and parse, aggregate in windows.
 */
class TransformChainIT {
    private static final String SOURCE = "io.flumeconnect.transforms.it.LinesSourceConnector";
    private static final String PREFIX = "io.flumeconnect.transforms.";
    private static final Duration TIMEOUT = Duration.ofSeconds(90);
    private static final ObjectMapper JSON = new ObjectMapper();

    @RegisterExtension
    static final ConnectClusterExtension CONNECT = ConnectClusterExtension.with(b -> b.workers(1));

    private final ConnectTestCluster cluster = CONNECT.cluster();

    @Test
    void parsesFiltersMasksAndLabelsEvents() throws Exception {
        cluster.createTopic("clean", 1);
        Map<String, String> config = connector("clean", String.join("\n",
                "1000|{\"level\":\"INFO\",\"user\":\"jane@example.com\",\"msg\":\"paid with 4111 1111 1111 1111\"}",
                "1001|{\"level\":\"DEBUG\",\"user\":\"x@example.com\",\"msg\":\"noise\"}",
                "1002|not json",
                "1003|{\"level\":\"WARN\",\"user\":\"bob@example.org\",\"msg\":\"retry\"}"));
        config.put("transforms", "json,quiet,mask,dc");
        config.put("transforms.json.type", PREFIX + "parse.ParseJson");
        config.put("transforms.json.on.failure", "drop");
        config.put("transforms.quiet.type", PREFIX + "filter.RegexFilter");
        config.put("transforms.quiet.source", "field:level");
        config.put("transforms.quiet.pattern", "DEBUG");
        config.put("transforms.quiet.exclude", "true");
        config.put("transforms.mask.type", PREFIX + "mask.Mask");
        config.put("transforms.mask.presets", "email,card");
        config.put("transforms.dc.type", PREFIX + "interceptor.StaticHeaders");
        config.put("transforms.dc.headers", "dc:eu");
        cluster.putConnector("clean", config);
        cluster.awaitRunning("clean", 1);

        List<ConsumerRecord<byte[], byte[]>> records = cluster.awaitRecords("clean", 2, TIMEOUT);

        assertThat(values(records)).extracting(value -> value.get("level").asText()).containsExactly("INFO", "WARN");
        assertThat(values(records)).extracting(value -> value.get("user").asText()).containsOnly("****");
        assertThat(values(records).get(0).get("msg").asText()).isEqualTo("paid with ****");
        assertThat(records).allSatisfy(record ->
                assertThat(new String(record.headers().lastHeader("dc").value(), StandardCharsets.UTF_8)).isEqualTo("eu"));
        assertThat(counter("clean", "json", "parse-failures")).isEqualTo(1L);
    }

    @Test
    void parsesAccessLogsAndAggregatesThemInWindows() throws Exception {
        cluster.createTopic("access", 1);
        cluster.createTopic("stats", 1);
        Map<String, String> config = connector("access", String.join("\n",
                access(1_000, "/a", 10), access(1_200, "/a", 30), access(1_500, "/b", 5),
                access(2_500, "/a", 1), access(2_600, "/c", 1), access(1_100, "/a", 7)));
        config.put("transforms", "parse,stats");
        config.put("transforms.parse.type", PREFIX + "parse.ParseLine");
        config.put("transforms.parse.pattern", "%{COMMONAPACHELOG}");
        config.put("transforms.stats.type", PREFIX + "aggregate.WindowAggregate");
        config.put("transforms.stats.window.size.ms", "1000");
        config.put("transforms.stats.grace.ms", "0");
        config.put("transforms.stats.group.by.fields", "request");
        config.put("transforms.stats.aggregate.fields", "bytes");
        config.put("transforms.stats.output.topic", "stats");
        cluster.putConnector("access", config);
        cluster.awaitRunning("access", 1);

        List<JsonNode> stats = values(cluster.awaitRecords("stats", 2, TIMEOUT));
        List<JsonNode> late = values(cluster.awaitRecords("access", 1, TIMEOUT));

        assertThat(stats).extracting(value -> value.get("request").asText()).containsExactly("/a", "/b");
        assertThat(stats).extracting(value -> value.get("window_start").asLong()).containsOnly(1_000L);
        assertThat(stats).extracting(value -> value.get("count").asLong()).containsExactly(2L, 1L);
        assertThat(stats).extracting(value -> value.get("bytes_sum").asDouble()).containsExactly(40.0, 5.0);
        assertThat(late).as("the late record passes through, parsed").singleElement()
                .satisfies(value -> assertThat(value.get("bytes").asLong()).isEqualTo(7L));
        assertThat(counter("access", "stats", "records-absorbed")).isEqualTo(5L);
        assertThat(counter("access", "stats", "late-records")).isEqualTo(1L);
        assertThat(counter("access", "stats", "windows-emitted")).isEqualTo(2L);
    }

    @Test
    void aPoisonLineDoesNotKillTheTask() throws Exception {
        cluster.createTopic("poison", 1);
        String poison = "a@" + "b.".repeat(51_199);
        String combined = " \"-\" \"curl/8.0\"";
        Map<String, String> config = connector("poison", String.join("\n", access(1_000, "/a", 10) + combined,
                "1001|" + poison, "1002|GET /subscribe?email=" + poison + " from jane@example.org",
                access(1_003, "/b", 5) + combined));
        config.put("transforms", "access,pii");
        config.put("transforms.access.type", PREFIX + "parse.ParseLine");
        config.put("transforms.access.pattern", "%{COMBINEDAPACHELOG}");
        config.put("transforms.pii.type", PREFIX + "mask.Mask");
        config.put("transforms.pii.presets", "email,ipv4,ipv6,card,bearer");
        cluster.putConnector("poison", config);
        cluster.awaitRunning("poison", 1);

        List<ConsumerRecord<byte[], byte[]>> records = cluster.awaitRecords("poison", 4, TIMEOUT);

        assertThat(records).extracting(record -> header(record, "flume.parse.error"))
                .containsExactly(null, "value does not match the pattern", "value does not match the pattern", null);
        assertThat(values(records).get(2).asText()).endsWith(" from ****");
        assertThat(cluster.status("poison").tasks()).singleElement()
                .satisfies(task -> assertThat(task.state()).isEqualTo("RUNNING"));
    }

    @Test
    void aStackOverflowOnOneRecordIsThatRecordsFailureNotTheTasks() throws Exception {
        cluster.createTopic("overflow", 1);
        Map<String, String> config = connector("overflow", String.join("\n", "1000|abc", "1001|" + "ab".repeat(50_000),
                "1002|bac"));
        config.put("errors.tolerance", "all");
        config.put("transforms", "words");
        config.put("transforms.words.type", PREFIX + "parse.ParseLine");
        config.put("transforms.words.pattern", "^(?<word>(?:a|b)*)c");
        config.put("transforms.words.on.failure", "fail");
        cluster.putConnector("overflow", config);
        cluster.awaitRunning("overflow", 1);

        List<JsonNode> values = values(cluster.awaitRecords("overflow", 2, TIMEOUT));

        assertThat(values).extracting(value -> value.get("word").asText()).containsExactly("ab", "ba");
        assertThat(counter("overflow", "words", "record-errors")).isEqualTo(1L);
        assertThat(cluster.status("overflow").tasks()).singleElement()
                .satisfies(task -> assertThat(task.state()).isEqualTo("RUNNING"));
    }

    @Test
    void theWorkerRefusesBadTransformSettingsNamingTheKey() {
        Map<String, String> config = connector("unused", "0|x");
        config.put("transforms", "mask,parse,stats");
        config.put("transforms.mask.type", PREFIX + "mask.Mask");
        config.put("transforms.mask.presets", "email,phone");
        config.put("transforms.parse.type", PREFIX + "parse.ParseLine");
        config.put("transforms.parse.pattern", "%{NOSUCHPATTERN:x}");
        config.put("transforms.stats.type", PREFIX + "aggregate.WindowAggregate");
        config.put("transforms.stats.window.size.ms", "0");

        Map<String, List<String>> errors = cluster.validationErrors(SOURCE, config);

        assertThat(errors).containsOnlyKeys("transforms.mask.presets", "transforms.parse.pattern",
                "transforms.stats.window.size.ms");
        assertThat(errors.get("transforms.parse.pattern")).singleElement().asString()
                .contains("unknown grok pattern %{NOSUCHPATTERN}");
    }

    private static String header(ConsumerRecord<byte[], byte[]> record, String name) {
        return record.headers().lastHeader(name) == null ? null
                : new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }

    private static String access(long time, String path, int bytes) {
        return time + "|10.0.0.1 - - [01/May/2024:12:00:01 +0000] \"GET " + path + " HTTP/1.1\" 200 " + bytes;
    }

    private static Map<String, String> connector(String topic, String lines) {
        Map<String, String> config = new HashMap<>();
        config.put("connector.class", SOURCE);
        config.put("tasks.max", "1");
        config.put("topic", topic);
        config.put("lines", lines);
        config.put("key.converter", "org.apache.kafka.connect.json.JsonConverter");
        config.put("key.converter.schemas.enable", "false");
        config.put("value.converter", "org.apache.kafka.connect.json.JsonConverter");
        config.put("value.converter.schemas.enable", "false");
        return config;
    }

    private static List<JsonNode> values(List<ConsumerRecord<byte[], byte[]>> records) throws Exception {
        List<JsonNode> values = new ArrayList<>();
        for (ConsumerRecord<byte[], byte[]> record : records) {
            values.add(JSON.readTree(record.value()));
        }
        return values;
    }

    /**
     * A transform's counter, summed over the connector's tasks, from the worker's plugin metrics (this 4.3 worker
     * tags them with the connector, task and alias; exported as {@code <name>-total}).
     */
    private static long counter(String connector, String alias, String name) throws Exception {
        MBeanServer jmx = ManagementFactory.getPlatformMBeanServer();
        long total = 0;
        for (ObjectName bean : jmx.queryNames(new ObjectName("kafka.connect:type=plugins,connector=" + connector
                + ",transformation=" + alias + ",*"), null)) {
            total += ((Number) jmx.getAttribute(bean, name + "-total")).longValue();
        }
        return total;
    }
}
