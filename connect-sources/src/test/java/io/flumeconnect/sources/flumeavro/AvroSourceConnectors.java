package io.flumeconnect.sources.flumeavro;

import io.flumeconnect.testkit.ConnectTestCluster;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import javax.management.ObjectName;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/** What the Avro source's integration tests share: a connector on a free port, its counters, record headers. */
final class AvroSourceConnectors {
    static final String CONNECTOR_CLASS = "io.flumeconnect.sources.flumeavro.FlumeAvroSourceConnector";

    private AvroSourceConnectors() {
    }

    /** The connector's config on {@code port}, writing to {@code topic}; {@code more} are key, value pairs. */
    static Map<String, String> config(String topic, int port, String... more) {
        Map<String, String> config = new HashMap<>(Map.of(
                "connector.class", CONNECTOR_CLASS,
                "tasks.max", "1",
                "topic", topic,
                "bind.address", "127.0.0.1",
                "ports", Integer.toString(port),
                "value.converter", "org.apache.kafka.connect.converters.ByteArrayConverter"));
        for (int i = 0; i < more.length; i += 2) {
            config.put(more[i], more[i + 1]);
        }
        return config;
    }

    /** Creates the connector's topic, registers the connector and waits until its task accepts connections. */
    static void start(ConnectTestCluster cluster, String name, Map<String, String> config) throws Exception {
        cluster.createTopic(config.get("topic"), 1);
        register(cluster, name, config);
    }

    /** Registers the connector and waits until its task accepts connections. */
    static void register(ConnectTestCluster cluster, String name, Map<String, String> config) throws Exception {
        cluster.putConnector(name, config);
        cluster.awaitRunning(name, 1);
        int port = Integer.parseInt(config.get("ports"));
        ConnectTestCluster.awaitCondition(() -> listening(port), Duration.ofSeconds(60),
                () -> "nothing listens on port " + port);
    }

    static boolean listening(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 1000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** A counter of the connector's task 0, from the worker's plugin metrics in this JVM. */
    static long counter(String connector, String name) throws Exception {
        Object value = ManagementFactory.getPlatformMBeanServer().getAttribute(
                new ObjectName("kafka.connect:type=plugins,connector=" + connector + ",task=0"), name + "-total");
        return ((Number) value).longValue();
    }

    static String header(ConsumerRecord<byte[], byte[]> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
