package io.flumeconnect.sinks.file.engine;

import io.flumeconnect.common.metrics.Counter;
import io.flumeconnect.common.metrics.PluginCounters;

/** The counters of one rolling-file sink task. */
public final class SinkCounters {
    final Counter written;
    final Counter duplicates;
    final Counter nullValues;
    final Counter failed;
    final Counter filesCommitted;
    final Counter storageErrors;
    final Counter tempDeleted;
    final Counter tempCompleted;

    public SinkCounters(PluginCounters counters) {
        written = counters.counter("records-written", "Records written to files.");
        duplicates = counters.counter("records-skipped-duplicate",
                "Records skipped because files already hold them (redelivered after a rewind or restart).");
        nullValues = counters.counter("records-skipped-null", "Records with a null value (tombstones), not written.");
        failed = counters.counter("records-failed", "Records that cannot be written (no time, a value the format cannot hold, a path the storage cannot hold), sent to the dead-letter queue.");
        filesCommitted = counters.counter("files-committed", "Files renamed to their committed name.");
        storageErrors = counters.counter("storage-errors", "Storage errors; each is retried with backoff until a partition has had storage.retries of them without a commit.");
        tempDeleted = counters.counter("temp-files-deleted", "Temporary files of uncommitted writes deleted by recovery.");
        tempCompleted = counters.counter("temp-files-completed", "Temporary files renamed by recovery to complete an interrupted commit.");
    }
}
