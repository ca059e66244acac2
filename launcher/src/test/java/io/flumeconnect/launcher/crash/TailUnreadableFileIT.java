package io.flumeconnect.launcher.crash;

import static io.flumeconnect.launcher.crash.NumberedLines.append;
import static io.flumeconnect.launcher.crash.NumberedLines.numbers;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.flumeconnect.launcher.process.LocalConnectWorker;
import io.flumeconnect.launcher.process.OpenFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * EACCES for real: the tail source in a worker process for which a mode-000 file cannot be read (as root, the
 * worker runs without {@code CAP_DAC_OVERRIDE} and {@code CAP_DAC_READ_SEARCH}, see {@link WithoutReadOverride}).
 * A file unreadable from the start and a file made unreadable after its handle was closed are each reported (WARN
 * naming it in the worker's log, the task's {@code files-failed} metric) while the good files keep flowing; once
 * they are readable again they are read from where they stopped: every line once, none lost.
 */
class TailUnreadableFileIT {
    private static final Duration TIMEOUT = Duration.ofSeconds(90);
    private static final String NAME = "tail-unreadable";
    private static final String PREFIX = "line";

    @Test
    void unreadableFilesAreReportedAndReadOnceReadableWhileTheGoodOnesFlow() throws Exception {
        try (CrashCluster cluster = CrashCluster.start(NAME)) {
            Optional<List<String>> wrapper = WithoutReadOverride.wrapper(cluster.dir());
            assumeTrue(wrapper.isPresent(), "running as root, and setpriv (util-linux) cannot drop CAP_DAC_OVERRIDE "
                    + "and CAP_DAC_READ_SEARCH here: a worker would read a mode-000 file, so EACCES cannot be tested");
            Path logs = Files.createDirectories(cluster.dir().resolve("logs"));
            Path goodA = logs.resolve("good-a.log");
            Path goodB = logs.resolve("good-b.log");
            Path locked = logs.resolve("locked.log");
            Path later = logs.resolve("later.log");
            append(goodA, PREFIX, 1, 2_000);
            append(goodB, PREFIX, 2_001, 4_000);
            append(locked, PREFIX, 4_001, 4_500);
            unreadable(locked);
            append(later, PREFIX, 4_501, 5_000);
            cluster.broker().createTopics(1, NAME);
            try (CrashCluster.Workers workers = cluster.startWorkers(NAME, 1, Map.of(), wrapper.get());
                 TopicValues topic = new TopicValues(cluster.broker().bootstrapServers(), NAME, PREFIX)) {
                LocalConnectWorker worker = workers.newest();
                long pid = worker.process().pid();
                assertThat(WithoutReadOverride.lacksReadOverride(pid))
                        .as("worker %d runs without CAP_DAC_OVERRIDE and CAP_DAC_READ_SEARCH", pid).isTrue();
                WorkerLog log = new WorkerLog(worker);
                TailConnector.start(worker, NAME, logs, 1_000, TIMEOUT);

                topic.awaitDistinct(2_500, TIMEOUT);
                log.awaitSkipped(locked, TIMEOUT);
                Await.until(() -> TaskMetrics.filesFailed(pid, NAME) >= 1, TIMEOUT,
                        () -> "files-failed is not 1 after " + locked);

                Await.until(() -> !OpenFiles.holds(pid, later), TIMEOUT,
                        () -> "the worker still holds " + later + " open");
                unreadable(later);
                append(later, PREFIX, 5_001, 5_500);
                log.awaitSkipped(later, TIMEOUT);
                Await.until(() -> TaskMetrics.filesFailed(pid, NAME) >= 2, TIMEOUT,
                        () -> "files-failed is not 2 after " + later);
                append(goodA, PREFIX, 5_501, 6_000);
                topic.awaitDistinct(5_000, TIMEOUT);
                Tally whileLocked = topic.tally();
                assertThat(Stream.concat(numbers(1, 4_000), numbers(5_501, 6_000))
                        .filter(n -> whileLocked.count(Tally.value(PREFIX, n)) == 0))
                        .as("lines of the good files, also those appended while two files are unreadable").isEmpty();
                assertThat(numbers(4_001, 4_500).filter(n -> whileLocked.count(Tally.value(PREFIX, n)) > 0))
                        .as("lines of the mode-000 file read anyway").isEmpty();
                assertThat(numbers(5_001, 5_500).filter(n -> whileLocked.count(Tally.value(PREFIX, n)) > 0))
                        .as("lines appended to later.log after chmod 000 read anyway").isEmpty();

                readable(locked);
                readable(later);
                topic.awaitAll(6_000, TIMEOUT);
                Tally lines = topic.tally();
                System.out.printf("TailUnreadableFileIT: worker %s, %d distinct lines, %d copies, files-failed %d%n",
                        wrapper.get().isEmpty() ? "unprivileged" : "under " + String.join(" ", wrapper.get()),
                        lines.distinct(), lines.duplicates(), TaskMetrics.filesFailed(pid, NAME));
                assertThat(lines.missing(6_000)).as("lines lost").isEmpty();
                assertThat(lines.unexpected(6_000)).as("lines never written").isEmpty();
                assertThat(lines.duplicates()).as("lines delivered twice").isZero();
                Await.until(() -> log.has(locked + " can be read again")
                        && log.has(later + " can be read again"), TIMEOUT,
                        () -> "no INFO line saying the two files can be read again");
            }
        }
    }

    private static void unreadable(Path file) throws IOException {
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
    }

    private static void readable(Path file) throws IOException {
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
    }
}
