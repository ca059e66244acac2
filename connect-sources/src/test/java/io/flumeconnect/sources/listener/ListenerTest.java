package io.flumeconnect.sources.listener;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import io.flumeconnect.common.metrics.PluginCounters;
import io.flumeconnect.testkit.ConnectTestCluster;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.apache.kafka.connect.errors.ConnectException;
import org.apache.kafka.connect.source.SourceRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The listener base on real sockets, with {@link TestLineProtocol}. */
class ListenerTest {
    private final List<PluginCounters> counters = new ArrayList<>();
    private final List<Listener> started = new ArrayList<>();

    @AfterEach
    void stop() throws InterruptedException {
        for (Listener listener : started) {
            listener.stop();
        }
        counters.forEach(PluginCounters::close);
    }

    private PluginCounters counters() {
        PluginCounters instance = PluginCounters.forTransform("listener-test");
        counters.add(instance);
        return instance;
    }

    static ListenerSettings settings(int port, int bufferRecords) {
        return new ListenerSettings("127.0.0.1", List.of(port), 100, Duration.ofMinutes(5), 4096, bufferRecords, 500,
                Duration.ofMinutes(1), Duration.ofSeconds(5));
    }

    private Listener start(ListenerSettings settings, boolean acknowledged) {
        Listener listener = Listener.start(settings, new TestLineProtocol(acknowledged), Optional.empty(), counters(),
                "listener-test");
        started.add(listener);
        return listener;
    }

    static List<SourceRecord> pollUntil(Listener listener, int count) throws InterruptedException {
        List<SourceRecord> records = new ArrayList<>();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (records.size() < count && System.nanoTime() < deadline) {
            List<SourceRecord> batch = listener.poll();
            if (batch != null) {
                records.addAll(batch);
            }
        }
        return records;
    }

    static void await(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as(what).isLessThan(deadline);
            Thread.sleep(20);
        }
    }

    @Test
    void linesSentOverTcpArePolledInOrder() throws Exception {
        Listener listener = start(settings(0, 100), false);
        try (Socket socket = new Socket("127.0.0.1", listener.ports().get(0))) {
            socket.getOutputStream().write("one\ntwo\nthree\n".getBytes(StandardCharsets.UTF_8));
            assertThat(pollUntil(listener, 3)).extracting(SourceRecord::value).containsExactly("one", "two", "three");
        }
    }

    @Test
    void anAcknowledgedLineIsAnsweredOnlyAfterCommitRecord() throws Exception {
        Listener listener = start(settings(0, 100), true);
        try (Socket socket = new Socket("127.0.0.1", listener.ports().get(0))) {
            socket.setSoTimeout(60_000);
            socket.getOutputStream().write("first\nsecond\n".getBytes(StandardCharsets.UTF_8));
            List<SourceRecord> records = pollUntil(listener, 2);
            BufferedReader answers = new BufferedReader(new InputStreamReader(socket.getInputStream(),
                    StandardCharsets.US_ASCII));

            listener.commitRecord(records.get(1));
            assertThat(socket.getInputStream().available()).as("second acked, first not: no answer yet").isZero();
            listener.commitRecord(records.get(0));

            assertThat(answers.readLine()).isEqualTo("OK");
            assertThat(answers.readLine()).isEqualTo("OK");
        }
    }

    @Test
    void stoppingAnswersUnacknowledgedLinesAsFailed() throws Exception {
        Listener listener = Listener.start(settings(0, 100), new TestLineProtocol(true), Optional.empty(), counters(),
                "listener-test");
        try (Socket socket = new Socket("127.0.0.1", listener.ports().get(0))) {
            socket.setSoTimeout(60_000);
            socket.getOutputStream().write("handed over\n".getBytes(StandardCharsets.UTF_8));
            assertThat(pollUntil(listener, 1)).hasSize(1);
            socket.getOutputStream().write("still buffered\n".getBytes(StandardCharsets.UTF_8));
            await(() -> listener.metrics().records().get() == 2, "second line received");

            listener.stop();

            BufferedReader answers = new BufferedReader(new InputStreamReader(socket.getInputStream(),
                    StandardCharsets.US_ASCII));
            assertThat(answers.readLine()).isEqualTo("FAIL");
            assertThat(answers.readLine()).isEqualTo("FAIL");
            assertThat(answers.readLine()).as("then the connection is closed").isNull();
        }
    }

    @Test
    void aFullBufferStopsReadingUntilPolledAndNothingIsLost() throws Exception {
        Listener listener = start(settings(0, 50), false);
        int lines = 20_000;
        String padding = "x".repeat(200);
        CompletableFuture<Void> sender;
        try (Socket socket = new Socket()) {
            socket.setSendBufferSize(4096);
            socket.connect(new InetSocketAddress("127.0.0.1", listener.ports().get(0)));
            OutputStream out = socket.getOutputStream();
            sender = CompletableFuture.runAsync(() -> {
                try {
                    for (int i = 0; i < lines; i++) {
                        out.write((i + " " + padding + "\n").getBytes(StandardCharsets.UTF_8));
                    }
                    out.flush();
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            });

            await(() -> listener.metrics().readsPaused().get() > 0, "reading paused");
            long receivedWhenPaused = listener.metrics().records().get();
            assertThat(sender).as("4 MB cannot fit the socket buffers: the sender is held back").isNotDone();
            assertThat(receivedWhenPaused).as("buffer bounded: 50 records plus at most one read (4 KiB)")
                    .isLessThan(50 + 4096 / 200 + 1);

            List<SourceRecord> records = pollUntil(listener, lines);
            sender.get(60, TimeUnit.SECONDS);
            assertThat(records).hasSize(lines);
            for (int i = 0; i < lines; i++) {
                assertThat((String) records.get(i).value()).startsWith(i + " ");
            }
        }
    }

    @Test
    void connectionsBeyondTheLimitAreClosedAndCounted() throws Exception {
        ListenerSettings twoConnections = new ListenerSettings("127.0.0.1", List.of(0), 2, Duration.ofMinutes(5), 0,
                100, 500, Duration.ofMinutes(1), Duration.ofSeconds(5));
        Listener listener = start(twoConnections, false);
        int port = listener.ports().get(0);
        try (Socket first = new Socket("127.0.0.1", port); Socket second = new Socket("127.0.0.1", port)) {
            // the two are accepted on event loop threads of their own: wait for both before the third comes
            ConnectTestCluster.awaitCondition(() -> listener.metrics().connectionsAccepted().get() == 2,
                    Duration.ofSeconds(30), () -> "accepted: " + listener.metrics().connectionsAccepted().get());
            try (Socket third = new Socket("127.0.0.1", port)) {
                third.setSoTimeout(60_000);
                assertThat(third.getInputStream().read()).as("closed by the listener").isEqualTo(-1);
                assertThat(listener.metrics().connectionsRefused().get()).isEqualTo(1);
                first.getOutputStream().write("still served\n".getBytes(StandardCharsets.UTF_8));
                assertThat(pollUntil(listener, 1)).extracting(SourceRecord::value).containsExactly("still served");
            }
        }
    }

    @Test
    void anIdleConnectionIsClosed() throws Exception {
        ListenerSettings idleAfter200ms = new ListenerSettings("127.0.0.1", List.of(0), 100, Duration.ofMillis(200),
                0, 100, 500, Duration.ofMinutes(1), Duration.ofSeconds(5));
        Listener listener = start(idleAfter200ms, false);
        try (Socket socket = new Socket("127.0.0.1", listener.ports().get(0))) {
            socket.setSoTimeout(60_000);
            assertThat(socket.getInputStream().read()).as("closed by the listener").isEqualTo(-1);
            await(() -> listener.metrics().connectionsClosed().get() == 1, "close counted");
        }
    }

    @Test
    void twoListenersShareOnePortWithSoReusePort() throws Exception {
        assumeThat(NettyTransport.reusePort()).as("SO_REUSEPORT needs native epoll: " + NettyTransport.whyNoReusePort())
                .isTrue();
        Listener first = start(settings(0, 1000), false);
        int port = first.ports().get(0);
        Listener second = start(settings(port, 1000), false);
        assertThat(second.ports()).containsExactly(port);

        int connections = 40;
        for (int i = 0; i < connections; i++) {
            try (Socket socket = new Socket("127.0.0.1", port)) {
                socket.getOutputStream().write(("connection " + i + "\n").getBytes(StandardCharsets.UTF_8));
            }
        }
        List<SourceRecord> all = new ArrayList<>();
        List<SourceRecord> ofFirst = new ArrayList<>();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (all.size() < connections && System.nanoTime() < deadline) {
            Optional.ofNullable(first.poll()).ifPresent(batch -> { all.addAll(batch); ofFirst.addAll(batch); });
            Optional.ofNullable(second.poll()).ifPresent(all::addAll);
        }
        assertThat(all).hasSize(connections);
        assertThat(ofFirst).as("the kernel spreads connections over both").isNotEmpty().hasSizeLessThan(connections);
    }

    @Test
    void aPortInUseWithoutReusePortFailsNamingThePort() throws IOException {
        try (java.net.ServerSocket taken = new java.net.ServerSocket(0, 1,
                java.net.InetAddress.getByName("127.0.0.1"))) {
            assertThatThrownBy(() -> start(settings(taken.getLocalPort(), 10), false))
                    .isInstanceOf(ConnectException.class)
                    .hasMessageContaining("127.0.0.1:" + taken.getLocalPort());
        }
    }
}
