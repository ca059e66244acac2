package io.flumeconnect.sources.flumeavro;

import static io.flumeconnect.sources.flumeavro.AvroSourceConnectors.config;
import static io.flumeconnect.sources.flumeavro.AvroSourceConnectors.counter;
import static io.flumeconnect.sources.flumeavro.AvroSourceConnectors.freePort;
import static org.assertj.core.api.Assertions.assertThat;

import io.flumeconnect.testkit.ConnectClusterExtension;
import io.flumeconnect.testkit.ConnectTestCluster;
import io.flumeconnect.testkit.FlumeAgent;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kafka stalls while a Flume agent sends: the connector is paused, so Connect takes no records from the task, as
 * when its producer blocks on a Kafka that does not answer. Calls are answered FAILED, first when Kafka does not
 * acknowledge within {@code ack.timeout.ms}, then at once as the buffer is full; the agent's sink keeps its events
 * in its file channel and retries. Once Connect takes records again every event arrives; duplicates come only from
 * calls answered FAILED whose events were already in the buffer.
 */
class FlumeAvroBackPressureIT {
    private static final int EVENTS = 3000;
    private static final String TOPIC = "avro-stall";

    @RegisterExtension
    static final ConnectClusterExtension CONNECT = ConnectClusterExtension.with(b -> b.workers(1));

    private final ConnectTestCluster cluster = CONNECT.cluster();

    @TempDir
    Path dir;

    @Test
    void withKafkaStalledTheSinkGetsFailedKeepsItsEventsAndEverythingArrivesAfterwards() throws Exception {
        int port = freePort();
        AvroSourceConnectors.start(cluster, TOPIC, config(TOPIC, port, "ack.timeout.ms", "2000",
                "buffer.max.records", "500"));
        cluster.rest("PUT", "/connectors/" + TOPIC + "/pause", null);
        try (FlumeAgent agent = FlumeAgents.sequenceToAvroSink(dir, port, EVENTS, 10_000, "request-timeout", "10000")) {
            ConnectTestCluster.awaitCondition(() -> counterNow("batches-refused-buffer-full") >= 2,
                    Duration.ofSeconds(90), () -> "no call refused for a full buffer; the agent's log:\n" + log(agent));
            assertThat(counter(TOPIC, "batches-failed")).as("calls answered FAILED").isGreaterThanOrEqualTo(7);
            assertThat(counter(TOPIC, "batches-accepted")).as("calls answered OK while Kafka stalled").isZero();
            assertThat(agent.counter("SINK.k", "EventDrainSuccessCount")).as("events the agent's sink delivered")
                    .isZero();
            // all but the batch the sink has taken out in its current transaction
            assertThat(agent.counter("CHANNEL.c", "ChannelSize")).as("events the agent's file channel keeps")
                    .isGreaterThanOrEqualTo(EVENTS - 100);

            cluster.rest("PUT", "/connectors/" + TOPIC + "/resume", null);
            List<String> values = cluster.awaitValues(TOPIC,
                    IntStream.range(0, EVENTS).mapToObj(Integer::toString).toList(), Duration.ofSeconds(120));
            ConnectTestCluster.awaitCondition(() -> agent.counter("CHANNEL.c", "ChannelSize") == 0,
                    Duration.ofSeconds(60), () -> "the agent's channel did not drain");

            Map<String, Long> copies = values.stream().collect(Collectors.groupingBy(Function.identity(),
                    Collectors.counting()));
            long duplicates = values.size() - copies.size();
            long failedEvents = counter(TOPIC, "events-failed");
            System.out.printf("FlumeAvroBackPressureIT: %d events, %d records, %d duplicates; %d calls (%d events) "
                    + "answered FAILED%n", EVENTS, values.size(), duplicates, counter(TOPIC, "batches-failed"), failedEvents);
            assertThat(copies.keySet()).hasSize(EVENTS);
            assertThat(duplicates).as("duplicates: at most the events of calls answered FAILED")
                    .isLessThanOrEqualTo(failedEvents);
        }
    }

    /** The counter, or -1 while the task has not registered it. */
    private static long counterNow(String name) {
        try {
            return counter(TOPIC, name);
        } catch (Exception e) {
            return -1;
        }
    }

    private static String log(FlumeAgent agent) {
        try {
            String log = agent.log();
            return log.substring(Math.max(0, log.length() - 6000));
        } catch (java.io.IOException e) {
            return e.toString();
        }
    }
}
