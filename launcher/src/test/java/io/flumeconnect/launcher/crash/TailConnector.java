package io.flumeconnect.launcher.crash;

import io.flumeconnect.launcher.process.LocalConnectWorker;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/** The tail source as the file-problem tests register it: one task, a fast scan, over {@code logs/*.log}. */
final class TailConnector {
    private TailConnector() {
    }

    /**
     * Registers connector {@code name} (writing to the topic of the same name) on {@code worker}, closing idle
     * handles after {@code fileCloseIdleMs}, and waits until it runs.
     */
    static void start(LocalConnectWorker worker, String name, Path logs, long fileCloseIdleMs, Duration timeout)
            throws IOException, InterruptedException {
        worker.rest().putConnector(name, Map.of(
                "connector.class", "io.flumeconnect.sources.tail.TailSourceConnector",
                "tasks.max", "1",
                "topic", name,
                "files", logs + "/*.log",
                "scan.interval.ms", "200",
                "file.close.idle.ms", Long.toString(fileCloseIdleMs)));
        worker.rest().awaitRunning(name, timeout);
    }
}
