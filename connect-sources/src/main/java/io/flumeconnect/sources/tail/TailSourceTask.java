package io.flumeconnect.sources.tail;

import io.flumeconnect.common.Version;
import io.flumeconnect.common.metrics.PluginCounters;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.connect.source.SourceRecord;
import org.apache.kafka.connect.source.SourceTask;

/**
 * Follows this task's share of the files. Everything happens on the thread that calls {@link #poll()}: a scan
 * every {@code scan.interval.ms}, then reads until a batch is full. Each record carries its file's offset, so
 * Connect stores a position only once the record is acknowledged (or, with exactly-once, in the same
 * transaction).
 */
public class TailSourceTask extends SourceTask {
    /** The most records a batch makes room for up front; a larger {@code batch.max.records} grows the list. */
    private static final int MAX_PRESIZED_BATCH = 10_000;
    /** Longest wait in one poll when there is nothing to read, so that stop() is honoured promptly. */
    private static final long IDLE_WAIT_MS = 100;

    private final Clock clock;
    private TailSourceConfig config;
    private PluginCounters counters;
    private TailMetrics metrics;
    private FileTracker tracker;
    /** Null unless {@code completed.action} renames or deletes finished files. */
    private CompletedFiles completed;
    private RecordFactory records;
    private byte[] buffer;
    private DirectoryWatch watch;
    private long nextScan;
    private long lastScan;
    private boolean stopping;

    public TailSourceTask() {
        this(Clock.systemUTC());
    }

    /** With the clock that timestamps records and times scans, idle flushes and releases. */
    TailSourceTask(Clock clock) {
        this.clock = clock;
    }

    @Override
    public String version() {
        return Version.get();
    }

    @Override
    public void start(Map<String, String> props) {
        config = new TailSourceConfig(props);
        config.requireCrossKeyRules();
        config.requireHeaderConverter();
        int index = Integer.parseInt(props.getOrDefault(TailSourceConfig.TASK_INDEX_CONFIG, "0"));
        int count = Integer.parseInt(props.getOrDefault(TailSourceConfig.TASK_COUNT_CONFIG, "1"));
        counters = PluginCounters.of(context,
                Map.of("connector", props.getOrDefault("name", "tail"), "task", Integer.toString(index)));
        metrics = TailMetrics.of(counters);
        completed = config.spooling.action() == TailSourceConfig.CompletedAction.NONE ? null
                : new CompletedFiles(config.spooling,
                        counters.counter("files-completed", "Files renamed or deleted once Kafka had all of them"),
                        counters.counter("files-not-completed",
                                "Files Kafka had all of that could not be renamed or deleted"));
        tracker = new FileTracker(config, index, count, new StoredOffsets(context.offsetStorageReader()),
                FlumePositions.read(config.flumePositionFile), metrics,
                completed == null ? file -> { } : completed::readToEnd);
        records = new RecordFactory(config);
        buffer = new byte[config.readBufferBytes];
        watch = DirectoryWatch.start();
        nextScan = 0;
    }

    @Override
    public synchronized List<SourceRecord> poll() throws InterruptedException {
        if (stopping) {
            return null;
        }
        long now = clock.millis();
        // Sized for a full batch: growing it copies the array about ten times per poll at the default 2,000.
        List<SourceRecord> batch = new ArrayList<>(Math.min(config.batchMaxRecords, MAX_PRESIZED_BATCH));
        long[] bytes = {0};
        if (now >= nextScan) {
            tracker.scan(now);
            watch.watch(config.groups);
            lastScan = now;
            nextScan = now + config.scanIntervalMs;
        }
        // One boxed timestamp for the whole batch: the worker holds every record until it is acknowledged.
        Long timestamp = now;
        tracker.read(buffer, now, (file, line) -> {
            batch.add(records.record(file, line, timestamp));
            if (completed != null) {
                completed.polled(file.identity());
            }
            bytes[0] += line.length();
            if (line.part() > 0) {
                metrics.lineParts().increment();
            }
        }, () -> batch.size() >= config.batchMaxRecords || bytes[0] >= config.batchMaxBytes);
        if (batch.isEmpty()) {
            awaitChange(Math.max(1, Math.min(IDLE_WAIT_MS, nextScan - now)));
            return null;
        }
        metrics.records().add(batch.size());
        return batch;
    }

    /** Idles until a watched directory changes or {@code timeoutMs} passed; a created or deleted file means scan now. */
    private void awaitChange(long timeoutMs) throws InterruptedException {
        if (!watch.available()) {
            wait(timeoutMs);
        } else if (watch.await(timeoutMs) == DirectoryWatch.Change.CREATED_OR_DELETED) {
            // Soon, but not more often than every IDLE_WAIT_MS in a directory where files come and go all the time.
            nextScan = Math.min(nextScan, lastScan + IDLE_WAIT_MS);
        }
    }

    /** Kafka has the record (with exactly-once: its transaction committed); a finished file may be acted on. */
    @Override
    public void commitRecord(SourceRecord record, RecordMetadata metadata) {
        if (completed != null && record.sourceOffset() instanceof RecordOffset offset) {
            completed.acknowledged(offset.file());
        }
    }

    @Override
    public synchronized void stop() {
        stopping = true;
        notifyAll();
        if (tracker != null) {
            tracker.close();
        }
        if (watch != null) {
            watch.close();
        }
        if (counters != null) {
            counters.close();
        }
    }
}
