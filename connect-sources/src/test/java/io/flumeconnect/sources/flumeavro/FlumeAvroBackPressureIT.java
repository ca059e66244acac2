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
 * Kafka stalls (its broker stopped) while a Flume agent sends: calls are answered FAILED when Kafka does not
 * acknowledge in time, the agent's sink keeps its events in its file channel and retries, and once the broker is
 * back every event arrives. Duplicates come only from calls answered FAILED whose events Kafka took later.
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
        AvroSourceConnectors.start(cluster, TOPIC, config(TOPIC, port, "ack.timeout.ms", "2000"));
        cluster.stopBrokers();
        try (FlumeAgent agent = FlumeAgents.sequenceToAvroSink(dir, port, EVENTS, 10_000, "request-timeout", "10000")) {
            ConnectTestCluster.awaitCondition(() -> failedBatches() >= 3, Duration.ofSeconds(60),
                    () -> "fewer than 3 calls answered FAILED while Kafka was down");
            assertThat(counter(TOPIC, "batches-accepted")).as("calls answered OK while Kafka was down").isZero();
            assertThat(agent.counter("SINK.k", "EventDrainSuccessCount")).as("events the agent's sink delivered")
                    .isZero();
            // all but the batch the sink has taken out in its current transaction
            assertThat(agent.counter("CHANNEL.c", "ChannelSize")).as("events the agent's file channel keeps")
                    .isGreaterThanOrEqualTo(EVENTS - 100);

            cluster.restartBrokers();
            List<String> values = cluster.awaitValues(TOPIC,
                    IntStream.range(0, EVENTS).mapToObj(Integer::toString).toList(), Duration.ofSeconds(120));
            ConnectTestCluster.awaitCondition(() -> agent.counter("CHANNEL.c", "ChannelSize") == 0,
                    Duration.ofSeconds(60), () -> "the agent's channel did not drain");

            Map<String, Long> copies = values.stream().collect(Collectors.groupingBy(Function.identity(),
                    Collectors.counting()));
            long duplicates = values.size() - copies.size();
            long failedEvents = counter(TOPIC, "events-failed");
            System.out.printf("FlumeAvroBackPressureIT: %d events, %d records, %d duplicates; %d calls (%d events) "
                    + "answered FAILED%n", EVENTS, values.size(), duplicates, failedBatches(), failedEvents);
            assertThat(copies.keySet()).hasSize(EVENTS);
            assertThat(duplicates).as("duplicates: at most the events of calls answered FAILED")
                    .isLessThanOrEqualTo(failedEvents);
        }
    }

    private long failedBatches() {
        try {
            return counter(TOPIC, "batches-failed");
        } catch (Exception e) {
            return 0;
        }
    }
}
