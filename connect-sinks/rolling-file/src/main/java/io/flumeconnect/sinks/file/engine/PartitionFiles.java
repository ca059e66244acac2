package io.flumeconnect.sinks.file.engine;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.connect.errors.ConnectException;
import org.apache.kafka.connect.sink.SinkRecord;

/**
 * The open files of one Kafka partition, committed together.
 *
 * <p>Records of a partition may go to several files at once (one per rendered directory and prefix).
 * Those files form one commit: all of them are finished and synced first, then renamed one by one to
 * names that carry the commit's first and last offset. Once the first rename has happened the commit is
 * decided: a rename that fails is retried, and after a crash recovery completes the renames of the
 * temporary files that belong to a commit already visible under a final name.
 */
public final class PartitionFiles {
    private final TopicPartition tp;
    private final WriterFactory files;
    private final Map<String, RollingFileWriter> open = new LinkedHashMap<>();
    private long next;
    private long committed;
    private long first = -1;
    private long last = -1;
    private String token;
    private boolean sealed;
    private int failures;
    private final List<Future<?>> reports = new ArrayList<>();
    // the file the previous record went to: consecutive records mostly go to the same one
    private RollingFileWriter lastWriter;
    private String lastDir;
    private String lastPrefix;

    /** {@code committed} is the offset after the last committed file, or -1 when none is known. */
    public PartitionFiles(TopicPartition tp, WriterFactory files, long committed) {
        this.tp = tp;
        this.files = files;
        this.committed = committed;
        this.next = committed;
    }

    /** True for a record at an offset already committed or already in an open file. */
    public boolean isDuplicate(long offset) {
        return next >= 0 && offset < next;
    }

    /** True when {@code record} belongs to this partition (by its original topic and partition). */
    public boolean holds(SinkRecord record) {
        return record.originalKafkaPartition() == tp.partition() && record.originalTopic().equals(tp.topic());
    }

    /** The open file for {@code dir} and {@code prefix}, opened when there is none. */
    public RollingFileWriter writerFor(String dir, String prefix, SinkRecord record, long now) throws IOException {
        if (lastWriter != null && dir.equals(lastDir) && prefix.equals(lastPrefix)) {
            return lastWriter;
        }
        String key = dir + '\0' + prefix;
        RollingFileWriter writer = open.get(key);
        if (writer == null) {
            // the commit starts with the first file that could be opened: a record refused before is not its start
            long start = first < 0 ? record.originalKafkaOffset() : first;
            String startToken = first < 0 ? String.format("%08x", ThreadLocalRandom.current().nextInt()) : token;
            writer = files.open(dir, prefix, tp, start, startToken, record, now);
            first = start;
            token = startToken;
            open.put(key, writer);
        }
        lastWriter = writer;
        lastDir = dir;
        lastPrefix = prefix;
        return writer;
    }

    /** Keeps the dead-letter report of a record of this partition until the commit that covers it. */
    public void reported(Future<?> report) {
        if (report != null) {
            reports.add(report);
        }
    }

    /** Counts a storage error of this partition. */
    public void failed() {
        failures++;
    }

    /** The storage errors of this partition since it last committed a file. */
    public int failures() {
        return failures;
    }

    /** Records that {@code offset} is handled: written, or skipped for a reason that will not change. */
    public void handled(long offset) {
        next = offset + 1;
        if (first >= 0) {
            last = offset;
        }
    }

    public boolean hasOpenFiles() {
        return !open.isEmpty();
    }

    public int openFiles() {
        return open.size();
    }

    /** The first reason why one of the open files must be committed now, or null. */
    public String due(RollPolicy policy, long now) {
        for (RollingFileWriter writer : open.values()) {
            String reason = policy.due(writer, now);
            if (reason != null) {
                return reason;
            }
        }
        return null;
    }

    /** True when a commit has started renaming and must be completed before anything else is written. */
    public boolean isSealed() {
        return sealed;
    }

    /**
     * Finishes and syncs every open file, waits until the dead-letter queue has every record reported so far,
     * then renames each file to its committed name: once renamed, the offsets they cover are never read again.
     * After a failure it can be called again: it continues with the files not renamed yet.
     *
     * @return the committed paths renamed by this call
     */
    public List<String> commit() throws IOException {
        if (open.isEmpty()) {
            return List.of();
        }
        if (!sealed) {
            for (RollingFileWriter writer : open.values()) {
                writer.finish();
            }
            awaitReports();
            sealed = true;
        }
        lastWriter = null;
        List<String> renamed = new ArrayList<>();
        for (Iterator<RollingFileWriter> it = open.values().iterator(); it.hasNext(); ) {
            renamed.add(it.next().commit(last));
            it.remove();
        }
        committed = last + 1;
        first = -1;
        last = -1;
        sealed = false;
        failures = 0;
        return renamed;
    }

    private void awaitReports() throws IOException {
        try {
            for (Future<?> report : reports) {
                report.get();
            }
            reports.clear();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while waiting for the dead-letter queue");
        } catch (ExecutionException e) {
            throw new ConnectException("The dead-letter queue did not take a record of " + tp + ": " + e.getCause(), e.getCause());
        }
    }

    /**
     * Gives up the open files of a commit that has not started renaming (deletion is best effort: recovery
     * deletes what is left). Returns the offset the partition must be read from again, or -1 when nothing
     * was open.
     */
    public long discard() {
        long rewind = first;
        for (RollingFileWriter writer : open.values()) {
            try {
                writer.discard();
            } catch (IOException e) {
                // left for recovery, which deletes temporary files of uncommitted writes
            }
        }
        open.clear();
        lastWriter = null;
        if (rewind >= 0) {
            next = rewind;
        }
        first = -1;
        last = -1;
        return rewind;
    }

    /** The offset after the last committed file, or -1 when no file of this partition is known. */
    public long committed() {
        return committed;
    }

    public TopicPartition partition() {
        return tp;
    }
}
