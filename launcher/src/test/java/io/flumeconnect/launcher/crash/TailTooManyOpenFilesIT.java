package io.flumeconnect.launcher.crash;

import static io.flumeconnect.launcher.crash.NumberedLines.append;
import static io.flumeconnect.launcher.crash.NumberedLines.numbers;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.flumeconnect.launcher.process.LocalConnectWorker;
import io.flumeconnect.launcher.process.OpenFileLimit;
import io.flumeconnect.launcher.process.OpenFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * EMFILE for real: the soft {@code RLIMIT_NOFILE} of a worker process running the tail source is lowered with
 * {@code prlimit} to the lowest descriptor number it has free, so that it can open nothing new while the file it
 * holds open and its sockets keep working. busy.log, held open (a line appender keeps it from going idle), keeps
 * flowing. What needs a new descriptor is skipped without failing the task: listing the directory (so files created
 * meanwhile are not even seen; WARN naming the directory) and reopening quiet.log, whose handle was closed when idle,
 * once it grows (WARN naming it). Once the limit is raised again both recoveries are logged at INFO, quiet.log is
 * read on from where it stopped, the new files from their start: every line once, none lost, no file released as
 * deleted, the task RUNNING. (A margin of free descriptors would not make it kinder to the tail source: the first
 * file it opens takes a free slot, and the directory listing fails as soon as none is left.)
 */
class TailTooManyOpenFilesIT {
    private static final Duration TIMEOUT = Duration.ofSeconds(90);
    private static final String NAME = "tail-emfile";
    private static final String PREFIX = "line";
    private static final String EMFILE = "Too many open files";
    private static final int NEW_FILES = 5;
    private static final int NEW_FILE_LINES = 500;

    @Test
    void whatCannotBeOpenedIsSkippedUntilTheLimitRisesWhileTheOpenFileFlows() throws Exception {
        assumeTrue(OpenFileLimit.prlimitAvailable(), "prlimit (util-linux) is not installed: it is what lowers "
                + "a worker's open files limit, so \"too many open files\" cannot be provoked");
        try (CrashCluster cluster = CrashCluster.start(NAME)) {
            Path logs = Files.createDirectories(cluster.dir().resolve("logs"));
            Path busy = logs.resolve("busy.log");
            Path quiet = logs.resolve("quiet.log");
            List<Path> created = IntStream.rangeClosed(1, NEW_FILES).mapToObj(k -> logs.resolve("new-" + k + ".log"))
                    .toList();
            append(busy, PREFIX, 1, 2_000);
            append(quiet, PREFIX, 2_001, 3_000);
            long quietLater = 3_001 + (long) NEW_FILES * NEW_FILE_LINES;
            long fixedLines = quietLater + 499;
            cluster.broker().createTopics(1, NAME);
            try (CrashCluster.Workers workers = cluster.startWorkers(NAME, 1, Map.of());
                 TopicValues topic = new TopicValues(cluster.broker().bootstrapServers(), NAME, PREFIX);
                 LineAppender busyGrows = new LineAppender(busy, PREFIX, fixedLines + 1)) {
                LocalConnectWorker worker = workers.newest();
                long pid = worker.process().pid();
                WorkerLog log = new WorkerLog(worker);
                TailConnector.start(worker, NAME, logs, 3_000, TIMEOUT);
                topic.awaitDistinct(3_000, TIMEOUT);
                busyGrows.start();
                Await.until(() -> !OpenFiles.holds(pid, quiet) && OpenFiles.holds(pid, busy), TIMEOUT,
                        () -> "the worker does not hold " + busy + " open and " + quiet + " closed");

                OpenFileLimit limit = OpenFileLimit.of(pid);
                long limitedAt = System.nanoTime();
                try {
                    int lowered = limit.leaveNoneFree();
                    System.out.printf("TailTooManyOpenFilesIT: %s lowered to %d (%d descriptors open)%n",
                            limit, lowered, OpenFiles.count(pid));
                    for (int k = 0; k < NEW_FILES; k++) {
                        long first = 3_001 + (long) k * NEW_FILE_LINES;
                        append(created.get(k), PREFIX, first, first + NEW_FILE_LINES - 1);
                    }
                    append(quiet, PREFIX, quietLater, fixedLines);
                    log.await(TIMEOUT, "WARN", "Skipping " + logs + " for now: cannot be listed: " + EMFILE);
                    log.await(TIMEOUT, "WARN", "Skipping " + quiet + " for now: " + EMFILE);
                    busyGrows.awaitMore(300, TIMEOUT); // some seconds: many scans, an offset flush
                    long busyLast = busyGrows.last();
                    topic.awaitDistinct(3_000 + busyLast - fixedLines, TIMEOUT);
                    Tally whileLimited = topic.tally();
                    assertThat(numbers(fixedLines + 1, busyLast)
                            .filter(n -> whileLimited.count(Tally.value(PREFIX, n)) == 0))
                            .as("lines appended to the open busy.log while nothing new can be opened").isEmpty();
                    assertThat(numbers(3_001, fixedLines).filter(n -> whileLimited.count(Tally.value(PREFIX, n)) > 0))
                            .as("lines of files that could not be opened read anyway").isEmpty();
                } finally {
                    limit.restore();
                }
                System.out.printf("TailTooManyOpenFilesIT: limit lowered for %d ms%n",
                        Duration.ofNanos(System.nanoTime() - limitedAt).toMillis());

                busyGrows.stop();
                long total = busyGrows.last();
                topic.awaitAll(total, TIMEOUT);
                Tally lines = topic.tally();
                long failed = TaskMetrics.filesFailed(pid, NAME);
                System.out.printf("TailTooManyOpenFilesIT: %d distinct lines, %d copies, files-failed %d%n",
                        lines.distinct(), lines.duplicates(), failed);
                Stream.concat(log.lines(EMFILE).stream(), log.lines("ERROR").stream()).limit(40)
                        .forEach(line -> System.out.println("TailTooManyOpenFilesIT: worker log: " + line));
                assertThat(lines.missing(total)).as("lines lost").isEmpty();
                assertThat(lines.unexpected(total)).as("lines never written").isEmpty();
                assertThat(lines.duplicates()).as("lines delivered twice").isZero();
                assertThat(failed).as("files-failed: the directory and quiet.log").isGreaterThanOrEqualTo(2);
                log.await(TIMEOUT, "INFO", logs + " can be read again (it was skipped: cannot be listed: " + EMFILE);
                log.await(TIMEOUT, "INFO", quiet + " can be read again (it was skipped: " + EMFILE);
                assertThat(log.lines("Released")).as("files released as deleted or renamed away").isEmpty();
                assertThat(worker.rest().status(NAME).get("tasks").get(0).get("state").asText())
                        .as("the task's state").isEqualTo("RUNNING");
            }
        }
    }
}
