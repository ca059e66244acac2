package io.flumeconnect.launcher.crash;

import static org.assertj.core.api.Assertions.assertThat;

import io.flumeconnect.launcher.process.LocalConnectWorker;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The HTTP source when the worker running its task is SIGKILLed: clients POST numbered events and retry each
 * request until it gets a 200; the task moves to the other worker, which listens on the same port. Every event
 * is then in the topic: nothing a 200 acknowledged is lost (the copies from retries are counted and printed).
 */
class HttpWorkerCrashIT {
    private static final Duration TIMEOUT = Duration.ofSeconds(120);

    private static CrashCluster cluster;

    @BeforeAll
    static void startBroker() throws Exception {
        cluster = CrashCluster.start("http-worker-crash");
    }

    @AfterAll
    static void stopBroker() {
        if (cluster != null) {
            cluster.close();
        }
    }

    @Test
    void everyAcknowledgedEventSurvivesTheKillOfItsWorker() throws Exception {
        String name = "http-crash";
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        cluster.broker().createTopics(1, name);
        try (CrashCluster.Workers workers = cluster.startWorkers(name, 2, Map.of());
             TopicValues topic = new TopicValues(cluster.broker().bootstrapServers(), name,
                     RetryingHttpClients.PREFIX)) {
            workers.anyLiveRest().putConnector(name, Map.of(
                    "connector.class", "io.flumeconnect.sources.http.HttpSourceConnector",
                    "tasks.max", "1",
                    "topic", name,
                    "bind.address", "127.0.0.1",
                    "ports", Integer.toString(port),
                    "ack.timeout.ms", "5000"));
            workers.anyLiveRest().awaitRunning(name, TIMEOUT);
            try (RetryingHttpClients clients = new RetryingHttpClients(URI.create("http://127.0.0.1:" + port + "/"),
                    4, 10)) {
                Await.until(() -> clients.acknowledged() >= 1_000, TIMEOUT, () -> "1000 events acknowledged");
                LocalConnectWorker victim = workers.killWorkerRunningTask(name);
                long beforeMove = clients.acknowledged();
                workers.awaitTasksMovedFrom(name, victim, TIMEOUT);
                Await.until(() -> clients.acknowledged() >= beforeMove + 1_000, TIMEOUT,
                        () -> "1000 more events acknowledged after the task moved");
                long total = clients.stop();

                topic.awaitAll(total, TIMEOUT);
                Tally events = topic.tally();
                System.out.printf("HttpWorkerCrashIT: %d events acknowledged, %d distinct in the topic, %d copies "
                        + "(from %d retried requests) %s%n", total, events.distinct(), events.duplicates(),
                        clients.retries(), events.duplicateRuns(total));
                assertThat(events.missing(total)).isEmpty();
                assertThat(events.unexpected(total)).isEmpty();
            }
        }
    }
}
