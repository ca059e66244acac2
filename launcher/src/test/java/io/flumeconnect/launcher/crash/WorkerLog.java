package io.flumeconnect.launcher.crash;

import io.flumeconnect.launcher.process.LocalConnectWorker;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/** A worker process's log file ({@code connect.log} beside its console output), searched line by line. */
final class WorkerLog {
    private final Path file;

    WorkerLog(LocalConnectWorker worker) {
        file = worker.process().log().resolveSibling("connect.log");
    }

    /** The lines that contain every one of {@code parts}. */
    List<String> lines(String... parts) throws IOException {
        return Files.readAllLines(file).stream()
                .filter(line -> Arrays.stream(parts).allMatch(line::contains)).toList();
    }

    boolean has(String... parts) throws IOException {
        return !lines(parts).isEmpty();
    }

    /** Waits for a line that contains every one of {@code parts}. */
    void await(Duration timeout, String... parts) throws IOException, InterruptedException {
        Await.until(() -> has(parts), timeout, () -> "no line with " + Arrays.toString(parts) + " in " + file);
    }

    /** Waits for the WARN with which the tail source skips {@code path} for now. */
    void awaitSkipped(Path path, Duration timeout) throws IOException, InterruptedException {
        await(timeout, "WARN", "Skipping " + path + " for now");
    }

    @Override
    public String toString() {
        return file.toString();
    }
}
