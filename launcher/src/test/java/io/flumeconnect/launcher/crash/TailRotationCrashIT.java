package io.flumeconnect.launcher.crash;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.flumeconnect.launcher.process.LocalConnectWorker;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The tail source with exactly-once delivery on real worker processes while logs rotate into gzip files, one
 * connector per rotation scheme (create + compress + delaycompress, rename + gzip, copytruncate + compress): two
 * restarts of every connector and its task in a row, then a SIGKILL of a worker running tasks, all while lines are
 * written and rotated. Content a task delivered must never be delivered again, whatever it was renamed or
 * compressed into, because a copy finds the committed position from its first bytes ({@code read_committed}: 0
 * lines lost, 0 duplicated). Then a million lines through every scheme in turn while workers are killed again and
 * again.
 */
class TailRotationCrashIT {
    private static final Duration TIMEOUT = Duration.ofSeconds(120);
    private static final int LINES_PER_FILE = 3_000;
    private static final long TORTURE_LINES = 1_000_000;

    private static CrashCluster cluster;

    @BeforeAll
    static void startBroker() throws Exception {
        cluster = CrashCluster.start("tail-rotation-crash");
    }

    @AfterAll
    static void stopBroker() {
        if (cluster != null) {
            cluster.close();
        }
    }

    @Test
    void gzipRotationsLoseAndDuplicateNothingAcrossTwoRestartsAndAWorkerKill() throws Exception {
        List<Follower> followers = new ArrayList<>();
        try (CrashCluster.Workers workers = cluster.startWorkers("tail-rotations", 2,
                Map.of("exactly.once.source.support", "enabled"))) {
            for (RotatingLogWriter.Scheme scheme : RotatingLogWriter.Scheme.values()) {
                if (scheme != RotatingLogWriter.Scheme.CREATE) {
                    followers.add(Follower.start(workers, scheme));
                }
            }
            for (Follower follower : followers) {
                follower.topic.awaitDistinct(5_000, TIMEOUT);
            }
            for (int restart = 1; restart <= 2; restart++) {
                for (Follower follower : followers) {
                    workers.anyLiveRest().restartWithTasks(follower.name);
                }
                for (Follower follower : followers) {
                    workers.anyLiveRest().awaitRunning(follower.name, TIMEOUT);
                    follower.writer.awaitRotation(TIMEOUT);
                }
            }
            LocalConnectWorker victim = workers.killWorkerRunningTask(followers.get(0).name);
            for (Follower follower : followers) {
                workers.awaitTasksMovedFrom(follower.name, victim, TIMEOUT);
                follower.writer.awaitRotation(TIMEOUT);
            }
            for (Follower follower : followers) {
                follower.writer.stop();
            }
            for (Follower follower : followers) {
                String offsets = workers.anyLiveRest().offsets(follower.name).toString();
                System.out.printf("TailRotationCrashIT %s: GET offsets %s%n", follower.name,
                        offsets.substring(0, Math.min(600, offsets.length())));
            }
            for (Follower follower : followers) {
                long total = follower.writer.fed();
                follower.topic.awaitAll(total, TIMEOUT);
                Tally lines = follower.topic.tally();
                System.out.printf("TailRotationCrashIT %s: %d lines in %d files, %d distinct in the topic, %d copies "
                        + "of lines %s%n", follower.name, total, follower.writer.rotations() + 1, lines.distinct(),
                        lines.duplicates(), lines.duplicateRuns(total));
                assertThat(lines.missing(total)).as(follower.name + ": lines lost").isEmpty();
                assertThat(lines.unexpected(total)).as(follower.name + ": lines never written").isEmpty();
                assertThat(lines.duplicates()).as(follower.name + ": lines delivered twice").isZero();
                JsonNode offsets = workers.anyLiveRest().offsets(follower.name).get("offsets");
                assertThat(offsets.findValues("offset")).as("offsets of " + follower.name).isNotEmpty()
                        .allMatch(offset -> offset.path("path").asText().contains("app.log"));
                assertThat(offsets.toString()).contains("\"head\":\"1024:");
            }
        } finally {
            followers.forEach(Follower::close);
        }
    }

    /**
     * The torture: a million lines, rotated every 20,000 by each of logrotate's schemes in turn (create, create +
     * delaycompress, rename + gzip, copytruncate + gzip), while the worker running the task is SIGKILLed four times
     * and a fresh worker joins after each kill.
     */
    @Test
    void aMillionLinesThroughEveryRotationSchemeWhileWorkersAreKilledRepeatedly() throws Exception {
        String name = "tail-torture";
        Path logs = Files.createDirectories(cluster.dir().resolve(name + "-logs"));
        cluster.broker().createTopics(1, name);
        try (CrashCluster.Workers workers = cluster.startWorkers(name, 2, Map.of("exactly.once.source.support", "enabled"));
             RotatingLogWriter writer = new RotatingLogWriter(logs, 20_000, List.of(RotatingLogWriter.Scheme.values()),
                     200, TORTURE_LINES);
             TopicValues topic = new TopicValues(cluster.broker().bootstrapServers(), name, RotatingLogWriter.PREFIX)) {
            writer.start();
            workers.anyLiveRest().putConnector(name, connectorConfig(name, logs));
            workers.anyLiveRest().awaitRunning(name, TIMEOUT);
            for (int kill = 1; kill <= 4; kill++) {
                writer.awaitFed(Math.min(TORTURE_LINES, kill * 200_000L), TIMEOUT);
                topic.awaitDistinct(1, TIMEOUT);
                LocalConnectWorker victim = workers.killWorkerRunningTask(name);
                workers.awaitTasksMovedFrom(name, victim, TIMEOUT);
                workers.start(1);
            }
            writer.awaitFed(TORTURE_LINES, TIMEOUT);
            writer.stop();
            topic.awaitAll(TORTURE_LINES, TIMEOUT);
            Tally lines = topic.tally();
            System.out.printf("TailRotationCrashIT %s: %d lines in %d files, 4 kills, %d distinct in the topic, %d copies "
                    + "of lines %s%n", name, TORTURE_LINES, writer.rotations() + 1, lines.distinct(), lines.duplicates(),
                    lines.duplicateRuns(TORTURE_LINES));
            assertThat(lines.missing(TORTURE_LINES)).as("lines lost").isEmpty();
            assertThat(lines.unexpected(TORTURE_LINES)).as("lines never written").isEmpty();
            assertThat(lines.duplicates()).as("lines delivered twice").isZero();
        }
    }

    private static Map<String, String> connectorConfig(String name, Path logs) {
        return Map.of(
                "connector.class", "io.flumeconnect.sources.tail.TailSourceConnector",
                "tasks.max", "1",
                "topic", name,
                "files", logs + "/app.log*",
                "exactly.once.support", "required",
                "scan.interval.ms", "200",
                "file.close.idle.ms", "2000",
                "line.idle.flush.ms", "60000");
    }

    /** One connector following one rotating log into its own topic. */
    private record Follower(String name, RotatingLogWriter writer, TopicValues topic) implements AutoCloseable {
        static Follower start(CrashCluster.Workers workers, RotatingLogWriter.Scheme scheme) throws Exception {
            String name = "tail-" + scheme.name().toLowerCase().replace('_', '-');
            Path logs = Files.createDirectories(cluster.dir().resolve(name + "-logs"));
            cluster.broker().createTopics(1, name);
            RotatingLogWriter writer = new RotatingLogWriter(logs, LINES_PER_FILE, scheme);
            writer.start();
            workers.anyLiveRest().putConnector(name, connectorConfig(name, logs));
            workers.anyLiveRest().awaitRunning(name, TIMEOUT);
            return new Follower(name, writer, new TopicValues(cluster.broker().bootstrapServers(), name,
                    RotatingLogWriter.PREFIX));
        }

        @Override
        public void close() {
            writer.close();
            topic.close();
        }
    }
}
