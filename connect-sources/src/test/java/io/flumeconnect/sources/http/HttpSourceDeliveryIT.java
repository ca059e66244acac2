package io.flumeconnect.sources.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.flumeconnect.testkit.ConnectClusterExtension;
import io.flumeconnect.testkit.ConnectTestCluster;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** What a 200 promises: with the broker stopped no request gets one, and every event that got one is in Kafka. */
class HttpSourceDeliveryIT {
    private static final String CONNECTOR_CLASS = "io.flumeconnect.sources.http.HttpSourceConnector";

    @RegisterExtension
    static final ConnectClusterExtension CONNECT = ConnectClusterExtension.with(b -> b.workers(1));

    private final ConnectTestCluster cluster = CONNECT.cluster();

    private URI start(String topic, int tasks, String ackTimeoutMs) throws Exception {
        int port = HttpTaskHarness.freePort();
        cluster.createTopic(topic, 1);
        cluster.putConnector(topic, Map.of("connector.class", CONNECTOR_CLASS, "tasks.max", Integer.toString(tasks),
                "topic", topic, "bind.address", "127.0.0.1", "ports", Integer.toString(port),
                "ack.timeout.ms", ackTimeoutMs, "retry.after.seconds", "1"));
        cluster.awaitRunning(topic, tasks);
        return URI.create("http://127.0.0.1:" + port + "/");
    }

    @Test
    void withTheBrokerStoppedNoRequestGets200AndEvery200EventIsInTheTopicAfterwards() throws Exception {
        URI uri = start("outage", 1, "3000");
        try (NumberedClients clients = new NumberedClients(uri, 4, 10, 100_000)) {
            ConnectTestCluster.awaitCondition(() -> clients.answered(200) >= 20, Duration.ofSeconds(60),
                    () -> "20 requests answered 200 before the outage: " + clients.answered(200));

            cluster.stopBrokers();
            long stopped = System.nanoTime();
            List<NumberedClients.Sent> duringOutage;
            try {
                ConnectTestCluster.awaitCondition(() -> sentAfter(clients, stopped) >= 8, Duration.ofSeconds(120),
                        () -> "8 requests sent during the outage answered");
                // 503, or no answer at all: a worker that loses its group coordinator may stop its tasks.
                assertThat(health(uri)).as("health during the outage").isIn(503, 0);
                long restarting = System.nanoTime();
                duringOutage = clients.sent().stream().filter(request -> request.sentNanos() > stopped
                        && request.answeredNanos() < restarting).toList();
            } finally {
                cluster.restartBrokers();
            }

            long back = clients.answered(200);
            ConnectTestCluster.awaitCondition(() -> clients.answered(200) >= back + 20, Duration.ofSeconds(180),
                    () -> "20 more requests answered 200 after the broker came back");
            clients.finish();

            assertThat(duringOutage).isNotEmpty().allSatisfy(request ->
                    assertThat(request.status()).as("a request sent and answered while the broker was down")
                            .isNotEqualTo(200));
            assertThat(duringOutage).extracting(NumberedClients.Sent::status).as("503, or 0 for no answer")
                    .containsAnyOf(503, 0);
            List<String> acknowledged = clients.acknowledgedEvents();
            System.out.printf("outage: %d requests 200, %d 503, %d unanswered (%d sent and answered during the "
                    + "outage), %d events acknowledged%n", clients.answered(200), clients.answered(503),
                    clients.answered(0), duringOutage.size(), acknowledged.size());
            cluster.awaitValues("outage", acknowledged, Duration.ofSeconds(180));
            assertThat(health(uri)).as("health after the outage").isEqualTo(200);
        }
    }

    private static long sentAfter(NumberedClients clients, long nanos) {
        return clients.sent().stream().filter(request -> request.sentNanos() > nanos).count();
    }

    /** The health check's status, 0 when the port does not answer. */
    private static int health(URI uri) throws InterruptedException {
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri.resolve("/health")).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (java.io.IOException e) {
            return 0;
        }
    }

    /** A bounded load on loopback: two tasks share the port; every event of every 200 is in the topic. */
    @Test
    void concurrentClientsOnTwoTasksLoseNothingAcknowledged() throws Exception {
        URI uri = start("load", 2, "30000");
        long startNanos = System.nanoTime();
        try (NumberedClients clients = new NumberedClients(uri, 8, 20, 60)) {
            clients.awaitAll();
            double seconds = (System.nanoTime() - startNanos) / 1e9;
            List<String> acknowledged = clients.acknowledgedEvents();
            System.out.printf("load: %d requests, %d answered 200, %d events in %.1f s (%.0f events/s)%n",
                    clients.sent().size(), clients.answered(200), acknowledged.size(), seconds,
                    acknowledged.size() / seconds);
            assertThat(clients.answered(200)).as("requests answered 200").isEqualTo(8 * 60);
            cluster.awaitValues("load", acknowledged, Duration.ofSeconds(120));
        }
    }
}
