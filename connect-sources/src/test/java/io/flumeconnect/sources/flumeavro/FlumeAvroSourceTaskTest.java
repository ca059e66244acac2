package io.flumeconnect.sources.flumeavro;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.flumeconnect.testkit.StubSourceTaskContext;
import java.io.DataOutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.flume.Event;
import org.apache.flume.EventDeliveryException;
import org.apache.flume.api.RpcClient;
import org.apache.flume.api.RpcClientFactory;
import org.apache.flume.event.EventBuilder;
import org.apache.kafka.connect.source.SourceRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The task on a real socket, driven as Connect would ({@code poll}, {@code commitRecord}), with Flume's RPC client:
 * a call is answered OK only once every event was committed, FAILED on timeout, full buffer and stop.
 */
class FlumeAvroSourceTaskTest {
    private final FlumeAvroSourceTask task = new FlumeAvroSourceTask();
    private final List<RpcClient> clients = new ArrayList<>();
    private int port;

    /** The task first: it answers what is pending, so closing a client does not wait for its call. */
    @AfterEach
    void stop() {
        task.stop();
        clients.forEach(RpcClient::close);
    }

    private void start(String... more) throws Exception {
        port = AvroSourceConnectors.freePort();
        Map<String, String> props = new HashMap<>(Map.of("name", "avro-task-test-" + port, "topic", "logs",
                "bind.address", "127.0.0.1", "ports", Integer.toString(port)));
        for (int i = 0; i < more.length; i += 2) {
            props.put(more[i], more[i + 1]);
        }
        task.initialize(new StubSourceTaskContext(props));
        task.start(props);
    }

    @Test
    void aBatchIsAnsweredOkOnlyOnceEveryEventWasCommitted() throws Exception {
        start();
        CompletableFuture<Void> call = appendBatchAsync(3);

        List<SourceRecord> records = pollUntil(3);
        assertThat(records).extracting(r -> new String((byte[]) r.value(), StandardCharsets.UTF_8))
                .containsExactly("event 0", "event 1", "event 2");
        task.commitRecord(records.get(0), null);
        task.commitRecord(records.get(1), null);
        Thread.sleep(300);
        assertThat(call).as("answered before its last event was committed").isNotDone();

        task.commitRecord(records.get(2), null);
        call.get(30, TimeUnit.SECONDS);
    }

    @Test
    void aBatchKafkaDoesNotAcknowledgeInTimeIsAnsweredFailed() throws Exception {
        start("ack.timeout.ms", "500");
        CompletableFuture<Void> call = appendBatchAsync(2);

        pollUntil(2);

        assertThatThrownBy(() -> call.get(30, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                .hasCauseInstanceOf(EventDeliveryException.class);
    }

    @Test
    void aBatchFindingTheBufferFullIsAnsweredFailedAtOnce() throws Exception {
        start("buffer.max.records", "5", "stop.timeout.ms", "200");
        CompletableFuture<Void> first = appendBatchAsync(5);
        awaitBufferFull();

        assertThatThrownBy(() -> client().appendBatch(events(1))).isInstanceOf(EventDeliveryException.class);
        assertThat(first).as("the first batch, still waiting for Kafka").isNotDone();
    }

    @Test
    void aBatchStillWaitingWhenTheTaskStopsIsAnsweredFailed() throws Exception {
        start("stop.timeout.ms", "200");
        CompletableFuture<Void> call = appendBatchAsync(2);
        pollUntil(2);

        task.stop();

        assertThatThrownBy(() -> call.get(30, TimeUnit.SECONDS)).hasCauseInstanceOf(EventDeliveryException.class);
    }

    @Test
    void aRequestOverTheSizeLimitClosesTheConnectionUnread() throws Exception {
        start("max.request.bytes", "1024");

        try (Socket socket = new Socket("127.0.0.1", port)) {
            DataOutputStream out = new DataOutputStream(socket.getOutputStream());
            out.writeInt(1);        // serial
            out.writeInt(1);        // one buffer
            out.writeInt(1025);     // of more bytes than allowed, none of which follow
            out.flush();
            socket.setSoTimeout(30_000);
            assertThat(socket.getInputStream().read()).as("end of stream: the source closed").isEqualTo(-1);
        }
        assertThat(standaloneCounter("requests-too-large")).isEqualTo(1);
    }

    private CompletableFuture<Void> appendBatchAsync(int count) throws Exception {
        RpcClient client = client();
        return CompletableFuture.runAsync(() -> {
            try {
                client.appendBatch(events(count));
            } catch (EventDeliveryException e) {
                throw new java.util.concurrent.CompletionException(e);
            }
        });
    }

    private RpcClient client() {
        Properties properties = new Properties();
        properties.put("hosts", "h1");
        properties.put("hosts.h1", "127.0.0.1:" + port);
        properties.put("request-timeout", "60000");
        RpcClient client = RpcClientFactory.getInstance(properties);
        clients.add(client);
        return client;
    }

    private static List<Event> events(int count) {
        List<Event> events = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            events.add(EventBuilder.withBody("event " + i, StandardCharsets.UTF_8));
        }
        return events;
    }

    private List<SourceRecord> pollUntil(int count) throws InterruptedException {
        List<SourceRecord> records = new ArrayList<>();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (records.size() < count && System.nanoTime() < deadline) {
            List<SourceRecord> batch = task.poll();
            if (batch != null) {
                records.addAll(batch);
            }
        }
        assertThat(records).hasSize(count);
        return records;
    }

    /** The first batch's events are in the buffer once the source counted them as received. */
    private void awaitBufferFull() throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (standaloneCounter("events-received") < 5) {
            assertThat(System.nanoTime()).as("the first batch was not received").isLessThan(deadline);
            Thread.sleep(20);
        }
        Thread.sleep(200);
    }

    private long standaloneCounter(String name) throws Exception {
        Object value = java.lang.management.ManagementFactory.getPlatformMBeanServer().getAttribute(
                new javax.management.ObjectName("flume.connect:type=plugins,connector=avro-task-test-" + port
                        + ",task=0"), name + "-total");
        return ((Number) value).longValue();
    }
}
