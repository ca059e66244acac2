package io.flumeconnect.launcher.quickstart;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SinkWatcherTest {
    @TempDir
    Path dir;

    @Test
    void countsEventsInFinishedFilesOnly() throws Exception {
        Path day = Files.createDirectories(dir.resolve("logs/2026-11-25"));
        Files.writeString(day.resolve("logs+0+00000000000000000000+00000000000000000001.txt"), "a\nb\n");
        Files.writeString(day.resolve(".logs+0+00000000000000000002+open0000abcd.txt.tmp"), "c\n");

        assertThat(new SinkWatcher(dir).events()).isEqualTo(2);
        assertThat(new SinkWatcher(dir.resolve("missing")).events()).isZero();
    }
}
