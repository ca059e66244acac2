package io.flumeconnect.sources.tail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DirectoryWatchTest {
    @TempDir
    Path dir;

    @Test
    void aCreatedFileAsksForAScanAndAWriteOnlyWakes() throws Exception {
        try (DirectoryWatch watch = DirectoryWatch.start()) {
            assumeTrue(watch.available(), "no watch service on this machine");
            List<FileGroup> groups = FileGroup.parse(List.of(dir + "/*.log"), List.of(), Map.of(), "t");
            watch.watch(groups);

            Files.writeString(dir.resolve("new.log"), "x\n");
            assertThat(awaitBeyondWrites(watch)).isEqualTo(DirectoryWatch.Change.CREATED_OR_DELETED);

            Files.writeString(dir.resolve("new.log"), "y\n", StandardOpenOption.APPEND);
            assertThat(watch.await(30_000)).isEqualTo(DirectoryWatch.Change.WRITTEN);

            Files.delete(dir.resolve("new.log"));
            assertThat(awaitBeyondWrites(watch)).isEqualTo(DirectoryWatch.Change.CREATED_OR_DELETED);
        }
    }

    /**
     * The next change other than a write: the modify events of earlier writes may be delivered in a later batch than
     * the ones before them (the kernel's queue is read as it fills), and a write only wakes.
     */
    private static DirectoryWatch.Change awaitBeyondWrites(DirectoryWatch watch) throws InterruptedException {
        long deadline = System.nanoTime() + 30_000_000_000L;
        DirectoryWatch.Change change;
        do {
            change = watch.await(Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
        } while (change == DirectoryWatch.Change.WRITTEN && System.nanoTime() < deadline);
        return change;
    }
}
