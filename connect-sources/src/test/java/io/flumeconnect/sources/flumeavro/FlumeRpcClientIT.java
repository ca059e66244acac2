package io.flumeconnect.sources.flumeavro;

import static io.flumeconnect.sources.flumeavro.AvroSourceConnectors.config;
import static io.flumeconnect.sources.flumeavro.AvroSourceConnectors.counter;
import static io.flumeconnect.sources.flumeavro.AvroSourceConnectors.freePort;
import static io.flumeconnect.sources.flumeavro.AvroSourceConnectors.header;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.flumeconnect.testkit.ConnectClusterExtension;
import io.flumeconnect.testkit.ConnectTestCluster;
import io.flumeconnect.testkit.TestCertificates;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.IntStream;
import org.apache.flume.Event;
import org.apache.flume.EventDeliveryException;
import org.apache.flume.api.RpcClient;
import org.apache.flume.api.RpcClientFactory;
import org.apache.flume.event.EventBuilder;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Flume 1.11's own RPC client ({@code RpcClientFactory}, {@code NettyAvroRpcClient}) against the packaged source. */
class FlumeRpcClientIT {
    @RegisterExtension
    static final ConnectClusterExtension CONNECT = ConnectClusterExtension.with(b -> b.workers(1));

    @TempDir
    static Path certificatesDir;
    private static TestCertificates certificates;

    private final ConnectTestCluster cluster = CONNECT.cluster();

    @BeforeAll
    static void certificates() throws Exception {
        certificates = TestCertificates.create(certificatesDir);
    }

    @ParameterizedTest(name = "compression={0}, tls={1}")
    @CsvSource({"none,false", "deflate,false", "none,true", "deflate,true"})
    void everyEventArrivesWithItsHeadersAndTheClientAddress(String compression, boolean tls) throws Exception {
        String name = "rpc-" + compression + (tls ? "-tls" : "");
        int port = freePort();
        Map<String, String> config = config(name, port, "compression.type", compression);
        Properties client = clientProperties(port, "compression-type", compression);
        if (tls) {
            config.putAll(Map.of("tls.enabled", "true", "tls.keystore.path", certificates.serverKeystore().toString(),
                    "tls.keystore.password", TestCertificates.PASSWORD));
            client.putAll(Map.of("ssl", "true", "truststore", certificates.clientTruststore().toString(),
                    "truststore-password", TestCertificates.PASSWORD, "truststore-type", "PKCS12"));
        }
        AvroSourceConnectors.start(cluster, name, config);

        RpcClient rpc = RpcClientFactory.getInstance(client);
        try {
            for (int batch = 0; batch < 3; batch++) {
                rpc.appendBatch(events(batch * 100, batch * 100 + 100));
            }
            rpc.append(event(300));
        } finally {
            rpc.close();
        }

        List<ConsumerRecord<byte[], byte[]>> records = cluster.awaitRecords(name, 301, Duration.ofSeconds(60));
        assertThat(ConnectTestCluster.values(records))
                .containsExactlyInAnyOrderElementsOf(IntStream.rangeClosed(0, 300).mapToObj(i -> "event " + i).toList());
        for (ConsumerRecord<byte[], byte[]> record : records) {
            String value = new String(record.value(), StandardCharsets.UTF_8);
            assertThat(header(record, "seq")).isEqualTo(value.substring("event ".length()));
            assertThat(header(record, "host")).isEqualTo("app-1");
            assertThat(header(record, "flume.client.address")).isEqualTo("127.0.0.1");
        }
        assertThat(counter(name, "batches-accepted")).isEqualTo(4);
        assertThat(counter(name, "events-accepted")).isEqualTo(301);
    }

    @Test
    void aBatchOverTheLimitIsAnsweredFailed() throws Exception {
        int port = freePort();
        AvroSourceConnectors.start(cluster, "rpc-limit", config("rpc-limit", port, "max.batch.events", "10"));

        RpcClient rpc = RpcClientFactory.getInstance(clientProperties(port));
        try {
            assertThatThrownBy(() -> rpc.appendBatch(events(0, 11)))
                    .isInstanceOf(EventDeliveryException.class).hasStackTraceContaining("Status: FAILED");
        } finally {
            rpc.close();
        }
        // Flume's client is unusable after a failed call; its sink makes a new one, as here.
        RpcClient next = RpcClientFactory.getInstance(clientProperties(port));
        try {
            next.appendBatch(events(100, 110));
        } finally {
            next.close();
        }

        assertThat(ConnectTestCluster.values(cluster.awaitRecords("rpc-limit", 10, Duration.ofSeconds(60))))
                .containsExactlyInAnyOrderElementsOf(IntStream.range(100, 110).mapToObj(i -> "event " + i).toList());
        assertThat(counter("rpc-limit", "batches-too-large")).isEqualTo(1);
    }

    @Test
    void aClientTheIpFilterDeniesIsDisconnected() throws Exception {
        int port = freePort();
        AvroSourceConnectors.start(cluster, "rpc-filtered", config("rpc-filtered", port,
                "ip.filter.rules", "allow:ip:10.*,deny:name:localhost"));

        assertThatThrownBy(() -> {
            RpcClient rpc = RpcClientFactory.getInstance(clientProperties(port, "request-timeout", "5000"));
            try {
                rpc.appendBatch(events(0, 1));
            } finally {
                rpc.close();
            }
        }).isInstanceOfAny(EventDeliveryException.class, org.apache.flume.FlumeException.class);
        assertThat(counter("rpc-filtered", "connections-filtered")).isPositive();
        assertThat(cluster.readAll("rpc-filtered")).isEmpty();
    }

    private static Properties clientProperties(int port, String... more) {
        Properties properties = new Properties();
        properties.put("client.type", "default");
        properties.put("hosts", "h1");
        properties.put("hosts.h1", "127.0.0.1:" + port);
        properties.put("batch-size", "100");
        for (int i = 0; i < more.length; i += 2) {
            properties.put(more[i], more[i + 1]);
        }
        return properties;
    }

    private static List<Event> events(int from, int to) {
        List<Event> events = new ArrayList<>();
        for (int i = from; i < to; i++) {
            events.add(event(i));
        }
        return events;
    }

    private static Event event(int i) {
        Map<String, String> headers = new HashMap<>(Map.of("seq", Integer.toString(i), "host", "app-1"));
        return EventBuilder.withBody("event " + i, StandardCharsets.UTF_8, headers);
    }
}
