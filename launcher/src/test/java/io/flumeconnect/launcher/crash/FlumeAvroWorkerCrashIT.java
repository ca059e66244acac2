package io.flumeconnect.launcher.crash;

import static org.assertj.core.api.Assertions.assertThat;

import io.flumeconnect.launcher.process.LocalConnectWorker;
import io.flumeconnect.testkit.FlumeAgent;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Process-level failure of the Flume Avro RPC source: a Kafka broker process, two Connect worker processes, and a
 * real Flume 1.11 agent whose exec source numbers {@value #EVENTS} events into a file channel and whose avro sink
 * sends them to the source. Mid-stream the worker running the task is SIGKILLed: the batches it had not answered
 * stay in the agent's channel, its sink retries (connection refused) until the task runs on the other worker, on the
 * same port, and then every event is in the topic. Duplicates are allowed only as Flume's own retries make them
 * (batches Kafka had taken but the dead worker never answered); they are counted and printed. The work directory
 * {@code <target>/flume-connect/flume-avro-crash} keeps every process's log, the agent's included.
 */
class FlumeAvroWorkerCrashIT {
    private static final Duration TIMEOUT = Duration.ofSeconds(180);
    private static final Duration MOVE_TIMEOUT = Duration.ofSeconds(90);
    private static final int EVENTS = 60_000;
    private static final String PREFIX = "avro";
    private static final String TOPIC = "flume-avro-crash";

    private static CrashCluster cluster;

    @BeforeAll
    static void startBroker() throws Exception {
        cluster = CrashCluster.start(TOPIC);
    }

    @AfterAll
    static void stopBroker() {
        if (cluster != null) {
            cluster.close();
        }
    }

    @Test
    void everyEventOfAFlumeAgentArrivesWhenTheWorkerRunningTheSourceIsKilled() throws Exception {
        int port = freePort();
        cluster.broker().createTopics(1, TOPIC);
        try (CrashCluster.Workers workers = cluster.startWorkers(TOPIC, 2, Map.of());
             TopicValues topic = new TopicValues(cluster.broker().bootstrapServers(), TOPIC, PREFIX)) {
            workers.anyLiveRest().putConnector(TOPIC, Map.of(
                    "connector.class", "io.flumeconnect.sources.flumeavro.FlumeAvroSourceConnector",
                    "tasks.max", "1",
                    "topic", TOPIC,
                    "bind.address", "127.0.0.1",
                    "ports", Integer.toString(port),
                    "value.type", "string",
                    "value.converter", "org.apache.kafka.connect.storage.StringConverter"));
            workers.anyLiveRest().awaitRunning(TOPIC, TIMEOUT);

            try (FlumeAgent agent = FlumeAgent.start(System.getProperty("flume.version"), cluster.dir().resolve("agent"),
                    "a", agentConfig(cluster.dir().resolve("agent"), port))) {
                topic.awaitDistinct(5_000, TIMEOUT);
                LocalConnectWorker victim = workers.killWorkerRunningTask(TOPIC);
                workers.awaitTasksMovedFrom(TOPIC, victim, MOVE_TIMEOUT);
                topic.awaitAll(EVENTS, TIMEOUT);

                Tally events = topic.tally();
                System.out.printf("FlumeAvroWorkerCrashIT: %d events sent by the agent, %d distinct in the topic, "
                        + "%d duplicates (runs %s)%n", EVENTS, events.distinct(), events.duplicates(),
                        events.duplicateRuns(EVENTS));
                assertThat(events.unexpected(EVENTS)).as("values the agent did not send").isEmpty();
                assertThat(events.hasAll(EVENTS)).isTrue();
            }
        }
    }

    /** Exec source numbering avro-0000001..; file channel; avro sink in batches of 100, as a tiered agent. */
    private static String agentConfig(Path dir, int port) {
        return FlumeAgent.fileChannelToAvroSink(dir, EVENTS * 2, port) + """
                a.sources.s.type = exec
                a.sources.s.command = seq -f %s-%%07g 1 %d
                a.sources.s.batchSize = 100
                a.sinks.k.request-timeout = 20000
                """.formatted(PREFIX, EVENTS);
    }

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
