package io.flumeconnect.sources.tail;

import static org.assertj.core.api.Assertions.assertThat;

import io.flumeconnect.common.metrics.PluginCounters;
import io.flumeconnect.testkit.StubSourceTaskContext;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileTrackerTest {
    private static final long IDLE_MS = 300;

    @TempDir
    Path dir;

    private boolean listingFails;
    private long now;

    @Test
    void aFollowedFileIsNotTakenForDeletedWhileItsDirectoryCannotBeListed() throws Exception {
        Path log = dir.resolve("app.log");
        append(log, "one", "two");
        Map<String, String> props = Map.of("topic", "logs", "files", dir + "/*.log",
                "file.close.idle.ms", Long.toString(IDLE_MS), "line.idle.flush.ms", "100");
        StubSourceTaskContext context = new StubSourceTaskContext(props);
        TailMetrics metrics = TailMetrics.of(PluginCounters.of(context, Map.of("task", "0")));
        FileTracker tracker = new FileTracker(new TailSourceConfig(props), 0, 1,
                new StoredOffsets(context.offsetStorageReader()), Map.of(), metrics, file -> { },
                (glob, skipped) -> {
                    if (listingFails) {
                        // what a worker with no descriptor free meets first: opendir fails
                        skipped.accept(dir, new FileSystemException(dir.toString(), null, "Too many open files"));
                        return List.of();
                    }
                    return glob.list(skipped);
                });
        try {
            assertThat(scanAndRead(tracker)).containsExactly("one", "two");

            listingFails = true;
            append(log, "three");
            assertThat(scanAndRead(tracker)).as("read through the open handle").containsExactly("three");
            now += IDLE_MS * 2;
            assertThat(scanAndRead(tracker)).isEmpty(); // idle: the handle is closed
            append(log, "four");
            assertThat(scanAndRead(tracker)).as("the file is reopened, not taken for deleted").containsExactly("four");
            assertThat(metrics.releases().get()).as("files released as deleted").isZero();
            assertThat(metrics.failures().get()).as("files-failed: the directory").isEqualTo(1);

            listingFails = false;
            append(log, "five");
            assertThat(scanAndRead(tracker)).containsExactly("five");
        } finally {
            tracker.close();
        }
    }

    /** A scan, then reads until nothing more comes; the clock moves on by 50 ms. */
    private List<String> scanAndRead(FileTracker tracker) {
        now += 50;
        tracker.scan(now);
        List<String> lines = new ArrayList<>();
        int before;
        do {
            before = lines.size();
            tracker.read(new byte[4096], now, (file, line) -> lines.add(line.text(StandardCharsets.UTF_8)),
                    () -> false);
        } while (lines.size() > before);
        return lines;
    }

    private static void append(Path file, String... lines) throws IOException {
        Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8,
                StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }
}
