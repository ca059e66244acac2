package io.flumeconnect.launcher.crash;

import io.flumeconnect.launcher.process.WorkerMetrics;
import java.io.IOException;

/** The metrics a plugin's task 0 registers, read over JMX from the worker's process ({@link WorkerMetrics}). */
final class TaskMetrics {
    private TaskMetrics() {
    }

    /** The tail source's {@code files-failed} count of {@code connector}'s task 0 in worker process {@code pid}. */
    static long filesFailed(long pid, String connector) throws IOException {
        try (WorkerMetrics metrics = WorkerMetrics.attach(pid)) {
            return metrics.pluginMetric(connector, 0, "files-failed-total");
        }
    }
}
