package io.flumeconnect.sources.flumeavro;

import static io.flumeconnect.sources.flumeavro.AvroSourceConnectors.config;
import static io.flumeconnect.sources.flumeavro.AvroSourceConnectors.freePort;
import static io.flumeconnect.sources.flumeavro.AvroSourceConnectors.header;
import static org.assertj.core.api.Assertions.assertThat;

import io.flumeconnect.testkit.ConnectClusterExtension;
import io.flumeconnect.testkit.ConnectTestCluster;
import io.flumeconnect.testkit.FlumeAgent;
import io.flumeconnect.testkit.TestCertificates;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** A real Flume 1.11 agent process (sequence source, interceptors, file channel, avro sink) sending to the source. */
class FlumeAgentIT {
    private static final int EVENTS = 2000;

    @RegisterExtension
    static final ConnectClusterExtension CONNECT = ConnectClusterExtension.with(b -> b.workers(1));

    private final ConnectTestCluster cluster = CONNECT.cluster();

    @TempDir
    Path dir;

    @Test
    void everyEventOfTheAgentArrivesOnceWithTheHeadersItsInterceptorsSet() throws Exception {
        runAgent("agent-plain");
    }

    @Test
    void aDeflatingSinkIsServedByADeflatingSource() throws Exception {
        runAgent("agent-deflate", "compression-type", "deflate");
    }

    /** Flume 1.9 (Netty 3) encrypts the deflated stream, where 1.11 deflates the TLS stream. */
    @Test
    void aFlume19AgentWithTlsAndDeflateIsServedWithCompressionInsideTls() throws Exception {
        TestCertificates certificates = TestCertificates.create(Files.createDirectories(dir.resolve("tls")));
        int port = freePort();
        AvroSourceConnectors.start(cluster, "agent-19", config("agent-19", port, "compression.type", "deflate",
                "compression.inside.tls", "true", "tls.enabled", "true",
                "tls.keystore.path", certificates.serverKeystore().toString(),
                "tls.keystore.password", TestCertificates.PASSWORD));

        try (FlumeAgent agent = FlumeAgents.sequenceToAvroSink("1.9.0", dir.resolve("agent"), port, EVENTS, 10_000,
                "compression-type", "deflate", "ssl", "true",
                "truststore", certificates.clientTruststore().toString(),
                "truststore-password", TestCertificates.PASSWORD, "truststore-type", "PKCS12")) {
            expectEveryEvent("agent-19", agent);
        }
    }

    private void runAgent(String topic, String... sinkSettings) throws Exception {
        int port = freePort();
        String compression = sinkSettings.length > 0 ? sinkSettings[1] : "none";
        AvroSourceConnectors.start(cluster, topic, config(topic, port, "compression.type", compression));

        try (FlumeAgent agent = FlumeAgents.sequenceToAvroSink(dir, port, EVENTS, 10_000, sinkSettings)) {
            expectEveryEvent(topic, agent);
        }
    }

    private void expectEveryEvent(String topic, FlumeAgent agent) throws Exception {
        List<ConsumerRecord<byte[], byte[]>> records = cluster.awaitRecords(topic, EVENTS, Duration.ofSeconds(120));

        assertThat(ConnectTestCluster.values(records)).as("the sequence 0..%d, each once", EVENTS - 1)
                .containsExactlyInAnyOrderElementsOf(IntStream.range(0, EVENTS).mapToObj(Integer::toString).toList());
        for (ConsumerRecord<byte[], byte[]> record : records) {
            assertThat(header(record, "tier")).isEqualTo("edge");
            assertThat(header(record, "host")).isNotBlank();
            assertThat(Long.parseLong(header(record, "timestamp"))).isPositive();
            assertThat(header(record, "flume.client.address")).isEqualTo("127.0.0.1");
            assertThat(record.key()).isNull();
        }
        ConnectTestCluster.awaitCondition(() -> agent.counter("SINK.k", "EventDrainSuccessCount") == EVENTS,
                Duration.ofSeconds(30), () -> "the agent's sink did not count every event as delivered");
    }
}
