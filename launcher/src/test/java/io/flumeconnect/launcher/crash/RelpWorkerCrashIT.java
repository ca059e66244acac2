package io.flumeconnect.launcher.crash;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import io.flumeconnect.launcher.process.LocalConnectWorker;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/**
 * RELP end to end through a worker crash: rsyslog follows a file of N numbered lines and forwards them over RELP to
 * the syslog source, which answers {@code 200 OK} only for what Kafka acknowledged. The worker running the task is
 * SIGKILLed while the lines flow; the task moves to the other worker and binds the same port; rsyslog reconnects and
 * resends what was not answered. All N are then in the topic (copies allowed: at least once). The work directory
 * {@code <target>/flume-connect/relp-worker-crash} keeps every process's log.
 */
class RelpWorkerCrashIT {
    private static final Duration TIMEOUT = Duration.ofSeconds(180);
    private static final String TOPIC = "relp-crash";
    private static final String PREFIX = "relp";
    private static final int LINES = 30_000;

    @Test
    void everyMessageSentOverRelpIsInKafkaAfterTheWorkerIsKilled() throws Exception {
        assumeThat(RsyslogRelpForwarder.installed()).as("Debian packages rsyslog and rsyslog-relp are needed").isTrue();
        try (CrashCluster cluster = CrashCluster.start("relp-worker-crash")) {
            cluster.broker().createTopics(1, TOPIC);
            int port = freePort();
            Path feed = cluster.dir().resolve("feed.log");
            Files.createFile(feed);
            try (CrashCluster.Workers workers = cluster.startWorkers(TOPIC, 2, Map.of());
                 TopicValues topic = new TopicValues(cluster.broker().bootstrapServers(), TOPIC, PREFIX)) {
                workers.anyLiveRest().putConnector(TOPIC, Map.of(
                        "connector.class", "io.flumeconnect.sources.syslog.SyslogSourceConnector",
                        "tasks.max", "1",
                        "topic", TOPIC,
                        "protocol", "relp",
                        "format", "raw",
                        "value.type", "string",
                        "bind.address", "127.0.0.1",
                        "ports", Integer.toString(port)));
                workers.anyLiveRest().awaitRunning(TOPIC, TIMEOUT);
                try (RsyslogRelpForwarder rsyslog = RsyslogRelpForwarder.start(cluster.dir(), feed, port)) {
                    CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> write(feed));
                    topic.awaitDistinct(LINES / 10, TIMEOUT);
                    LocalConnectWorker victim = workers.killWorkerRunningTask(TOPIC);
                    long beforeKill = topic.tally().distinct();
                    workers.awaitTasksMovedFrom(TOPIC, victim, TIMEOUT);
                    writer.join();
                    topic.awaitAll(LINES, TIMEOUT);
                    assertThat(rsyslog.alive()).as("rsyslogd still running").isTrue();
                    Tally tally = topic.tally();
                    System.out.printf("RelpWorkerCrashIT: %d lines sent over RELP, killed at %d distinct in Kafka; "
                            + "%d distinct in Kafka at the end, %d copies (resent after the kill)%n", LINES, beforeKill,
                            tally.distinct(), tally.duplicates());
                    assertThat(tally.missing(LINES)).as("lines lost").isEmpty();
                    assertThat(tally.unexpected(LINES)).as("lines never sent").isEmpty();
                }
            }
        }
    }

    /** Appends the numbered lines in batches, so they are still flowing when the worker dies. */
    private static void write(Path feed) {
        try (BufferedWriter out = Files.newBufferedWriter(feed, StandardCharsets.UTF_8, StandardOpenOption.APPEND)) {
            for (int n = 1; n <= LINES; n++) {
                out.write(Tally.value(PREFIX, n));
                out.write('\n');
                if (n % 500 == 0) {
                    out.flush();
                    Thread.sleep(100);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
