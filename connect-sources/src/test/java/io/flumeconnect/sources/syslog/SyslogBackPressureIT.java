package io.flumeconnect.sources.syslog;

import static org.assertj.core.api.Assertions.assertThat;

import io.flumeconnect.testkit.ConnectClusterExtension;
import io.flumeconnect.testkit.ConnectTestCluster;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.ObjectName;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.quota.ClientQuotaAlteration;
import org.apache.kafka.common.quota.ClientQuotaEntity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Back-pressure end to end: with the task's producer throttled to 1 KB/s by a broker quota, its send blocks, the
 * task stops polling, its buffer fills, its connection stops being read, and a TCP sender is held back; once the
 * quota is lifted every line arrives. (Stopping the brokers instead also makes the worker leave its group, which
 * restarts the task: a test of plain TCP's loss on task restart, not of back-pressure.)
 */
class SyslogBackPressureIT {
    private static final int LINES = 60_000;

    @RegisterExtension
    static final ConnectClusterExtension CONNECT = ConnectClusterExtension.with(b -> b.workers(1));

    private final ConnectTestCluster cluster = CONNECT.cluster();

    @Test
    void aSenderIsHeldBackWhileKafkaIsAwayAndEveryLineArrivesAfter() throws Exception {
        int port = SyslogClients.freePort();
        cluster.createTopic("backpressure", 1);
        cluster.putConnector("backpressure", SyslogClients.config("backpressure", port,
                "format", "raw", "value.type", "string",
                "value.converter", "org.apache.kafka.connect.storage.StringConverter",
                "buffer.max.records", "1000", "receive.buffer.bytes", "65536",
                // the producer blocks (rather than fails) while throttled, and holds little
                "producer.override.buffer.memory", "1048576",
                "producer.override.max.block.ms", "600000",
                "producer.override.delivery.timeout.ms", "600000"));
        cluster.awaitRunning("backpressure", 1);
        List<String> lines = SyslogClients.numbered("held back line", LINES).stream()
                .map(line -> line + " " + "x".repeat(80)).toList();

        throttle(1024.0);
        AtomicLong sent = new AtomicLong();
        CompletableFuture<Void> sender;
        try (Socket socket = new Socket()) {
            socket.setSendBufferSize(8192);
            socket.connect(new InetSocketAddress("127.0.0.1", port));
            sender = CompletableFuture.runAsync(() -> send(socket, lines, sent));
            awaitStalled(sent);
            assertThat(sender).as("the sender is held back").isNotDone();
            assertThat(sent.get()).as("lines taken while Kafka is slow").isLessThan(LINES);
            assertThat(metric("reads-paused")).as("the connection was paused").isPositive();

            throttle(null);
            sender.get(240, TimeUnit.SECONDS);
        }
        List<String> values = cluster.awaitValues("backpressure", lines, Duration.ofSeconds(240));
        assertThat(values).as("every line once").hasSize(LINES);
    }

    /** Sets (or with null lifts) the byte-rate quota of the task's producer. */
    private void throttle(Double bytesPerSecond) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, cluster.bootstrapServers()))) {
            ClientQuotaEntity producer = new ClientQuotaEntity(Map.of(ClientQuotaEntity.CLIENT_ID,
                    "connector-producer-backpressure-0"));
            admin.alterClientQuotas(List.of(new ClientQuotaAlteration(producer,
                    List.of(new ClientQuotaAlteration.Op("producer_byte_rate", bytesPerSecond))))).all().get();
        }
    }

    private static void send(Socket socket, List<String> lines, AtomicLong sent) {
        try {
            OutputStream out = socket.getOutputStream();
            for (String line : lines) {
                out.write((line + "\n").getBytes(StandardCharsets.UTF_8));
                sent.incrementAndGet();
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits until the sender made no progress for 3 seconds. */
    private static void awaitStalled(AtomicLong sent) throws InterruptedException {
        long last = -1;
        int still = 0;
        long deadline = System.nanoTime() + Duration.ofSeconds(180).toNanos();
        while (still < 3) {
            assertThat(System.nanoTime()).as("the sender never stalled: " + sent.get() + " lines sent")
                    .isLessThan(deadline);
            Thread.sleep(1000);
            long now = sent.get();
            still = now == last && now < LINES ? still + 1 : 0;
            last = now;
        }
    }

    private static double metric(String name) throws Exception {
        Object value = ManagementFactory.getPlatformMBeanServer()
                .getAttribute(new ObjectName("kafka.connect:type=plugins,connector=backpressure,task=0"), name + "-total");
        return ((Number) value).doubleValue();
    }
}
