package io.flumeconnect.sources.tail;

import io.flumeconnect.common.metrics.Counter;
import io.flumeconnect.common.metrics.PluginCounters;

/** A tail task's counters. */
record TailMetrics(Counter truncations, Counter rotations, Counter releases, Counter lineParts, Counter records,
                   Counter failures, Counter copiesResumed, Counter copiesFromStart) {

    static TailMetrics of(PluginCounters counters) {
        return new TailMetrics(
                counters.counter("files-truncated", "Files that shrank or were rewritten in place (copytruncate) and were read again from their start"),
                counters.counter("files-renamed", "Followed files found under a new name (rotation by rename)"),
                counters.counter("files-released", "Deleted or renamed-away files read to their end and released"),
                counters.counter("line-parts", "Parts of lines longer than line.max.bytes, emitted separately"),
                counters.counter("records", "Records produced"),
                counters.counter("files-failed", "Times a file could not be read (permission, corrupt or incomplete gzip, I/O error) and was skipped"),
                counters.counter("copies-resumed", "Copies of content read before (renamed, compressed, copytruncate) that went on where it stopped"),
                counters.counter("copies-from-start", "Files that look like rotated copies but had no committed offset, read from their start"));
    }
}
