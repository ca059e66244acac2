package io.flumeconnect.transforms.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.flumeconnect.testkit.ConnectClusterExtension;
import io.flumeconnect.testkit.ConnectTestCluster;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A migrated Flume agent's interceptors and multiplexing selector as a chain of transforms and predicates in a
 * running source connector, loaded from the packaged plugin directory: drop health checks (Kafka's Filter with
 * ValueMatches), extract region and time into headers, stamp the event time, add the host, hide passwords,
 * remove a header, and route by region into daily topics.
 */
class FlumeInterceptorsIT {
    private static final String SOURCE = "io.flumeconnect.transforms.it.LinesSourceConnector";
    private static final String PREFIX = "io.flumeconnect.transforms.";
    private static final Duration TIMEOUT = Duration.ofSeconds(90);
    private static final long MAY_FIRST_10H = 1_714_557_600_000L;

    @RegisterExtension
    static final ConnectClusterExtension CONNECT = ConnectClusterExtension.with(b -> b.workers(1));

    private final ConnectTestCluster cluster = CONNECT.cluster();

    @Test
    void interceptsFiltersAndRoutesLikeAFlumeAgent() throws Exception {
        for (String topic : List.of("logs", "logs-eu-20240501", "logs-us-20240501", "logs-other-20240501")) {
            cluster.createTopic(topic, 1);
        }
        cluster.putConnector("agent", agent(String.join("\n",
                "0|eu 2024-05-01T10:00:00Z GET /login password=secret",
                "0|us 2024-05-01T11:00:00Z GET /health",
                "0|us 2024-05-01T12:00:00Z POST /buy",
                "0|ap 2024-05-01T13:00:00Z GET /x",
                "0|us 2024-05-01T14:00:00Z GET /after")));
        cluster.awaitRunning("agent", 1);

        List<ConsumerRecord<byte[], byte[]>> eu = cluster.awaitRecords("logs-eu-20240501", 1, TIMEOUT);
        List<ConsumerRecord<byte[], byte[]>> us = cluster.awaitRecords("logs-us-20240501", 2, TIMEOUT);
        List<ConsumerRecord<byte[], byte[]>> other = cluster.awaitRecords("logs-other-20240501", 1, TIMEOUT);

        assertThat(ConnectTestCluster.values(eu)).containsExactly("eu 2024-05-01T10:00:00Z GET /login password=***");
        assertThat(ConnectTestCluster.values(us)).as("the health check is filtered out")
                .containsExactly("us 2024-05-01T12:00:00Z POST /buy", "us 2024-05-01T14:00:00Z GET /after");
        assertThat(ConnectTestCluster.values(other)).containsExactly("ap 2024-05-01T13:00:00Z GET /x");
        ConsumerRecord<byte[], byte[]> login = eu.get(0);
        assertThat(login.timestamp()).isEqualTo(MAY_FIRST_10H);
        assertThat(header(login, "timestamp")).isEqualTo(Long.toString(MAY_FIRST_10H));
        assertThat(header(login, "region")).isEqualTo("eu");
        assertThat(header(login, "host")).isNotBlank();
        assertThat(login.headers().lastHeader("time")).as("removed").isNull();
        assertThat(cluster.readAll("logs")).isEmpty();
    }

    @Test
    void theWorkerRefusesBadTransformSettingsNamingTheKey() {
        Map<String, String> config = agent("0|x");
        config.put("transforms.route.mappings", "eu:../etc");
        config.put("predicates.health.pattern", "(");
        Map<String, List<String>> errors = cluster.validationErrors(SOURCE, config);
        assertThat(errors).containsOnlyKeys("transforms.route.mappings", "predicates.health.pattern");
        assertThat(errors.get("transforms.route.mappings")).singleElement().asString().contains("'../etc'");
    }

    private static Map<String, String> agent(String lines) {
        Map<String, String> config = new HashMap<>();
        config.put("connector.class", SOURCE);
        config.put("tasks.max", "1");
        config.put("topic", "logs");
        config.put("lines", lines);
        config.put("value.converter", "org.apache.kafka.connect.storage.StringConverter");
        config.put("transforms", "health,extract,time,host,passwords,strip,route");
        config.put("transforms.health.type", "org.apache.kafka.connect.transforms.Filter");
        config.put("transforms.health.predicate", "health");
        config.put("predicates", "health");
        config.put("predicates.health.type", PREFIX + "predicates.ValueMatches");
        config.put("predicates.health.pattern", "GET /health\\b");
        config.put("transforms.extract.type", PREFIX + "interceptor.RegexExtractor");
        config.put("transforms.extract.pattern", "^(?<region>\\w+) (?<time>\\S+) ");
        config.put("transforms.time.type", PREFIX + "interceptor.TimestampHeader");
        config.put("transforms.time.source", "header:time");
        config.put("transforms.time.set.record.timestamp", "true");
        config.put("transforms.host.type", PREFIX + "interceptor.HostHeader");
        config.put("transforms.passwords.type", PREFIX + "interceptor.SearchReplace");
        config.put("transforms.passwords.pattern", "password=\\S+");
        config.put("transforms.passwords.replacement", "password=***");
        config.put("transforms.strip.type", PREFIX + "interceptor.RemoveHeaders");
        config.put("transforms.strip.names", "time");
        config.put("transforms.route.type", PREFIX + "routing.MultiplexRouter");
        config.put("transforms.route.source", "header:region");
        config.put("transforms.route.mappings", "eu:logs-eu,us:logs-us");
        config.put("transforms.route.default.topic", "logs-other");
        config.put("transforms.route.time.bucket.format", "yyyyMMdd");
        return config;
    }

    private static String header(ConsumerRecord<byte[], byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
