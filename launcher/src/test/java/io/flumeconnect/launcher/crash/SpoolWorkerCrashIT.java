package io.flumeconnect.launcher.crash;

import static org.assertj.core.api.Assertions.assertThat;

import io.flumeconnect.launcher.process.LocalConnectWorker;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The tail source as Flume's spooling directory ({@code completed.action=rename}) on two worker processes with
 * exactly-once source support: files of numbered lines are dropped into the directory while the worker running the
 * task is SIGKILLed mid-way. In the end every line is once in the topic ({@code read_committed}) and every file is
 * renamed; each file seen renamed already has all its lines in the topic (checked the moment the rename is seen).
 */
class SpoolWorkerCrashIT {
    private static final Duration TIMEOUT = Duration.ofSeconds(120);
    private static final int FILES = 40;
    private static final int LINES_PER_FILE = 1_000;

    @Test
    void everyLineOnceAndEveryFileRenamedOnlyAfterItsLinesWhenTheWorkerIsKilled() throws Exception {
        String name = "spool-eos";
        try (CrashCluster cluster = CrashCluster.start("spool-crash")) {
            Path spool = Files.createDirectories(cluster.dir().resolve("spool"));
            SpoolFeeder feeder = new SpoolFeeder(cluster.dir().resolve("staging"), spool, LINES_PER_FILE);
            cluster.broker().createTopics(1, name);
            try (CrashCluster.Workers workers = cluster.startWorkers(name, 2,
                    Map.of("exactly.once.source.support", "enabled"));
                 TopicValues topic = new TopicValues(cluster.broker().bootstrapServers(), name, SpoolFeeder.PREFIX)) {
                workers.anyLiveRest().putConnector(name, Map.of(
                        "connector.class", "io.flumeconnect.sources.tail.TailSourceConnector",
                        "tasks.max", "1",
                        "topic", name,
                        "files", spool + "/*.log",
                        "scan.interval.ms", "200",
                        "file.close.idle.ms", "1000",
                        "completed.action", "rename",
                        "exactly.once.support", "required"));
                workers.anyLiveRest().awaitRunning(name, TIMEOUT);
                RenameCheck renames = new RenameCheck(spool, feeder, topic);
                while (feeder.files() < FILES / 2) {
                    feeder.next();
                }
                Await.until(() -> renames.check() >= 5, TIMEOUT, () -> "fewer than 5 files renamed");

                LocalConnectWorker victim = workers.killWorkerRunningTask(name);
                while (feeder.files() < FILES) {
                    feeder.next();
                }
                workers.awaitTasksMovedFrom(name, victim, TIMEOUT);
                Await.until(() -> renames.check() == FILES, TIMEOUT,
                        () -> "renamed " + renames.renamed + " of " + FILES + " files");

                topic.awaitAll(feeder.lines(), TIMEOUT);
                Tally lines = topic.tally();
                System.out.printf("SpoolWorkerCrashIT: %d lines in %d files, %d distinct in the topic, %d copies, "
                        + "%d files renamed before the kill%n", feeder.lines(), FILES, lines.distinct(),
                        lines.duplicates(), renames.beforeKill);
                assertThat(lines.missing(feeder.lines())).isEmpty();
                assertThat(lines.unexpected(feeder.lines())).isEmpty();
                assertThat(lines.duplicates()).as("lines delivered twice").isZero();
                assertThat(spool).isDirectoryNotContaining("glob:**/*.log");
            }
        }
    }

    /** Finds newly renamed files and checks, at once, that the topic already holds every line of each. */
    private static final class RenameCheck {
        private final Path spool;
        private final SpoolFeeder feeder;
        private final TopicValues topic;
        private final Set<Integer> renamed = new HashSet<>();
        private int beforeKill = -1;

        RenameCheck(Path spool, SpoolFeeder feeder, TopicValues topic) {
            this.spool = spool;
            this.feeder = feeder;
            this.topic = topic;
        }

        /** The number of files renamed so far, after checking the new ones. */
        int check() throws IOException, InterruptedException {
            List<Integer> found = IntStream.rangeClosed(1, feeder.files()).filter(k -> !renamed.contains(k))
                    .filter(k -> Files.exists(spool.resolve(SpoolFeeder.name(k) + ".COMPLETED"))).boxed().toList();
            if (!found.isEmpty()) {
                topic.catchUp(TIMEOUT);
                for (int k : found) {
                    Tally seen = topic.tally();
                    assertThat(feeder.numbersOf(k).filter(n -> seen.count(Tally.value(SpoolFeeder.PREFIX, n)) == 0))
                            .as("lines of %s missing from the topic when it was seen renamed", SpoolFeeder.name(k))
                            .isEmpty();
                    renamed.add(k);
                }
            }
            if (beforeKill < 0 && renamed.size() >= 5) {
                beforeKill = renamed.size();
            }
            return renamed.size();
        }
    }
}
