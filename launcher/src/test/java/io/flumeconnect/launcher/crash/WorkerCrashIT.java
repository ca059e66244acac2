package io.flumeconnect.launcher.crash;

import static org.assertj.core.api.Assertions.assertThat;

import io.flumeconnect.launcher.process.LocalConnectWorker;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Process-level failure: one Kafka broker process and, per scenario, two Connect worker processes of one
 * distributed cluster, with the packaged plugins on {@code plugin.path}. While data flows, the worker running
 * the task is killed with SIGKILL (no shutdown hook, no offset flush, no task stop, no file close: as when a
 * machine dies); the task moves to the survivor after the group's session timeout and the scheduled rebalance
 * delay, and the test checks what reached the other end:
 * <ul>
 *   <li>tail source with exactly-once source support on three workers, killed mid-file and then its next worker
 *   just after a rotation: every line once in the topic ({@code read_committed});</li>
 *   <li>tail source without it: every line at least once (the copies are counted and printed);</li>
 *   <li>file sink on a 3-partition topic, two tasks: after the kill, and after a worker is started again and takes
 *   a task back, every record is once in the committed files and no temporary file is left.</li>
 * </ul>
 * Unlike the in-process {@code EmbeddedConnectCluster}, whose {@code removeWorker} stops a worker gracefully.
 * The work directory {@code <target>/flume-connect/worker-crash} keeps every process's log.
 */
class WorkerCrashIT {
    private static final Duration TIMEOUT = Duration.ofSeconds(120);
    private static final Duration MOVE_TIMEOUT = Duration.ofSeconds(90);
    private static final int LINES_PER_FILE = 5_000;

    private static CrashCluster cluster;

    @BeforeAll
    static void startBroker() throws Exception {
        cluster = CrashCluster.start("worker-crash");
    }

    @AfterAll
    static void stopBroker() {
        if (cluster != null) {
            cluster.close();
        }
    }

    @Test
    void tailSourceWithExactlyOnceLosesAndDuplicatesNothingWhenItsWorkerIsKilledTwice() throws Exception {
        Tally lines = tailThroughWorkerCrash("tail-eos", Map.of("exactly.once.source.support", "enabled"),
                Map.of("exactly.once.support", "required"), 2);
        assertThat(lines.duplicates()).as("lines delivered twice").isZero();
    }

    @Test
    void tailSourceWithoutExactlyOnceLosesNothingWhenItsWorkerIsKilled() throws Exception {
        Tally lines = tailThroughWorkerCrash("tail-alo", Map.of(), Map.of(), 1);
        System.out.printf("WorkerCrashIT: at-least-once tail source delivered %d duplicate lines after the kill%n",
                lines.duplicates());
    }

    @Test
    void fileSinkCommitsEveryRecordOnceWhenAWorkerIsKilledAndRestarted() throws Exception {
        String name = "sink-crash";
        Path files = Files.createDirectories(cluster.dir().resolve(name + "-files"));
        cluster.broker().createTopics(3, name);
        // The killed task's consumer keeps its partitions until its session expires (45 s by default).
        Map<String, String> workerConfig = Map.of("consumer.session.timeout.ms", "10000",
                "consumer.heartbeat.interval.ms", "2000");
        try (CrashCluster.Workers workers = cluster.startWorkers(name, 2, workerConfig);
             NumberedProducer producer = new NumberedProducer(cluster.broker().bootstrapServers(), name, 3)) {
            workers.anyLiveRest().putConnector(name, Map.of(
                    "connector.class", "io.flumeconnect.sinks.file.FileSinkConnector",
                    "tasks.max", "2",
                    "topics", name,
                    "file.dir", files.toString(),
                    "format", "text",
                    "roll.records", "2000",
                    "roll.interval.ms", "3000",
                    "roll.idle.ms", "2000"));
            workers.anyLiveRest().awaitRunning(name, TIMEOUT);
            producer.start();
            SinkFiles sink = new SinkFiles(files);
            Await.until(() -> sink.committed(NumberedProducer.PREFIX).distinct() >= 3000, TIMEOUT,
                    () -> "the sink committed no files");

            LocalConnectWorker victim = workers.killWorkerRunningTask(name);
            workers.awaitTasksMovedFrom(name, victim, MOVE_TIMEOUT);
            producer.awaitMore(3000, TIMEOUT);
            workers.start(1);
            workers.awaitSomeTaskOn(name, workers.newest(), MOVE_TIMEOUT);
            producer.awaitMore(3000, TIMEOUT);
            producer.stop();
            long total = producer.fed();

            Await.until(() -> sink.temporaryFiles().isEmpty() && sink.committed(NumberedProducer.PREFIX).hasAll(total),
                    TIMEOUT, () -> "records still uncommitted: " + describe(sink, total));
            Tally committed = sink.committed(NumberedProducer.PREFIX);
            System.out.printf("WorkerCrashIT: file sink committed %d records (%d produced) after killing %s%n",
                    committed.distinct(), total, victim.process());
            assertThat(committed.unexpected(total)).isEmpty();
            assertThat(committed.duplicates()).as("records written twice").isZero();
            assertThat(sink.temporaryFiles()).isEmpty();
        }
    }

    /**
     * Follows a rotating log with a tail source on a fresh cluster {@code name} of {@code kills + 1} workers, kills
     * the worker running its task mid-file (once the task committed offsets), then {@code kills - 1} more times the
     * task's next worker just after a rotation (when the renamed file's last lines may not be read yet), keeps writing
     * after the task moved, and returns what the topic holds once every line arrived (asserted: nothing lost, nothing
     * that was not written, no restart from the beginning).
     */
    private static Tally tailThroughWorkerCrash(String name, Map<String, String> workerConfig,
                                                Map<String, String> connectorConfig, int kills) throws Exception {
        Path logs = Files.createDirectories(cluster.dir().resolve(name + "-logs"));
        cluster.broker().createTopics(1, name);
        try (CrashCluster.Workers workers = cluster.startWorkers(name, kills + 1, workerConfig);
             RotatingLogWriter writer = new RotatingLogWriter(logs, LINES_PER_FILE);
             TopicValues topic = new TopicValues(cluster.broker().bootstrapServers(), name, RotatingLogWriter.PREFIX)) {
            Map<String, String> config = new HashMap<>(Map.of(
                    "connector.class", "io.flumeconnect.sources.tail.TailSourceConnector",
                    "tasks.max", "1",
                    "topic", name,
                    "files", logs + "/app.log*",
                    "scan.interval.ms", "200",
                    "file.close.idle.ms", "5000",
                    "line.idle.flush.ms", "60000"));
            config.putAll(connectorConfig);
            writer.start();
            workers.anyLiveRest().putConnector(name, config);
            workers.anyLiveRest().awaitRunning(name, TIMEOUT);
            topic.awaitDistinct(10_000, TIMEOUT);
            awaitOffsetCommits(name, 2);

            for (int kill = 1; kill <= kills; kill++) {
                if (kill > 1) {
                    writer.awaitMore(5_000, TIMEOUT);
                    writer.awaitRotation(TIMEOUT);
                }
                LocalConnectWorker victim = workers.killWorkerRunningTask(name);
                workers.awaitTasksMovedFrom(name, victim, MOVE_TIMEOUT);
            }
            writer.awaitMore(10_000, TIMEOUT);
            writer.stop();
            long total = writer.fed();

            topic.awaitAll(total, TIMEOUT);
            Tally lines = topic.tally();
            System.out.printf("WorkerCrashIT %s: %d lines written in %d files of %d lines, %d distinct in the topic, "
                    + "%d copies of lines %s%n", name, total, writer.rotations() + 1, LINES_PER_FILE, lines.distinct(),
                    lines.duplicates(), lines.duplicateRuns(total));
            assertThat(lines.unexpected(total)).isEmpty();
            assertThat(lines.missing(total)).isEmpty();
            assertThat(lines.count(Tally.value(RotatingLogWriter.PREFIX, 1)))
                    .as("line 1 delivered once: the task resumed from the offsets committed before the kill").isEqualTo(1);
            return lines;
        }
    }

    /**
     * Waits until the cluster {@code group}'s offsets topic holds {@code commits} different offsets: the kill then
     * comes after the task committed positions, so the test shows it resumes from them, not from the start.
     */
    private static void awaitOffsetCommits(String group, int commits) throws Exception {
        try (TopicValues offsets = new TopicValues(cluster.broker().bootstrapServers(), group + "-offsets", "offset")) {
            offsets.awaitDistinct(commits, TIMEOUT);
        }
    }

    private static String describe(SinkFiles sink, long total) {
        try {
            Tally committed = sink.committed(NumberedProducer.PREFIX);
            return committed.distinct() + " of " + total + " committed, missing e.g. " + committed.missing(total)
                    + ", temporary files " + sink.temporaryFiles();
        } catch (java.io.IOException e) {
            return e.toString();
        }
    }
}
