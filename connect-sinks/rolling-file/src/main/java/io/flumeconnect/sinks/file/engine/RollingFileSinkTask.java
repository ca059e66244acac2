package io.flumeconnect.sinks.file.engine;

import io.flumeconnect.common.Version;
import io.flumeconnect.common.metrics.PluginCounters;
import java.io.IOException;
import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Future;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.connect.errors.ConnectException;
import org.apache.kafka.connect.errors.RetriableException;
import org.apache.kafka.connect.sink.ErrantRecordReporter;
import org.apache.kafka.connect.sink.SinkRecord;
import org.apache.kafka.connect.sink.SinkTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Connect side of the rolling-file engine, shared by the file and HDFS sinks: recovery on
 * assignment, writes, offset commits limited to committed files, storage retries and the dead-letter queue.
 *
 * <p>A storage error gives up the open files, rewinds their partitions to the first record those files
 * held, and throws {@link RetriableException} after {@code context.timeout(backoff)}; Connect then redelivers
 * the same batch, whose records of rewound partitions are skipped because they come again from the rewind.
 * When one partition has had more than {@code storage.retries} errors since it last committed a file, the task
 * fails with the last error. A record whose path can never be written is the record's fault, not the
 * storage's: it goes to the dead-letter queue.
 */
public abstract class RollingFileSinkTask extends SinkTask {
    private static final Logger log = LoggerFactory.getLogger(RollingFileSinkTask.class);
    private static final String ERRORS_TOLERANCE = "errors.tolerance";

    private RollingFileSink sink;
    private RollingFileSettings settings;
    private PluginCounters metrics;
    private SinkCounters counters;
    private Set<TopicPartition> skipRedelivery = new HashSet<>();
    private boolean tolerateAll;
    private String where;

    /** The sink's settings and storage, from the task's configuration. */
    public record Setup(RollingFileSettings settings, WriterFactory files) {
    }

    protected abstract Setup setup(Map<String, String> props) throws IOException;

    @Override
    public String version() {
        return Version.get();
    }

    @Override
    public void start(Map<String, String> props) {
        Setup setup;
        try {
            setup = setup(props);
        } catch (IOException e) {
            throw new ConnectException("Cannot open the sink's storage: " + e, e);
        }
        settings = setup.settings();
        tolerateAll = "all".equalsIgnoreCase(props.getOrDefault(ERRORS_TOLERANCE, "none").trim());
        where = setup.files().storage().describe("");
        metrics = PluginCounters.of(context, Map.of("connector", props.getOrDefault("name", "file-sink"), "task", Integer.toHexString(hashCode())));
        counters = new SinkCounters(metrics);
        sink = new RollingFileSink(settings, setup.files(), counters, Clock.systemUTC());
    }

    @Override
    public void open(Collection<TopicPartition> partitions) {
        try {
            Map<TopicPartition, Long> seeks = sink.open(partitions);
            seeks.forEach((tp, offset) -> context.offset(tp, offset));
            skipRedelivery.removeAll(partitions);
        } catch (IOException e) {
            throw new ConnectException("Cannot recover partitions " + partitions + " from the files in " + where + ": " + e, e);
        }
    }

    @Override
    public void put(Collection<SinkRecord> records) {
        Set<TopicPartition> skip = skipRedelivery;
        skipRedelivery = new HashSet<>();
        try {
            sink.resume();
            sink.write(records, skip, this::report);
        } catch (IOException e) {
            throw storageFailure(e);
        }
    }

    /**
     * Sends a record that cannot be written to the worker's error reporter (which fails the task itself when
     * errors.tolerance=none). A worker without one (no dead-letter queue, no error log) skips the record with a
     * WARN under errors.tolerance=all, and fails the task otherwise.
     */
    private Future<?> report(SinkRecord record, Exception error) {
        ErrantRecordReporter reporter = context.errantRecordReporter();
        String what = "Record " + record.topic() + "-" + record.kafkaPartition() + "@" + record.kafkaOffset() + " cannot be written";
        if (reporter != null) {
            return reporter.report(record, error);
        }
        if (!tolerateAll) {
            throw new ConnectException(what + ", there is no dead-letter queue and errors.tolerance=none (set "
                    + "errors.tolerance=all and errors.deadletterqueue.topic.name to keep such records): " + error.getMessage(), error);
        }
        log.warn("{}, skipped (errors.tolerance=all, no dead-letter queue): {}", what, error.getMessage());
        return null;
    }

    private RuntimeException storageFailure(IOException error) {
        counters.storageErrors.increment();
        int failures = Math.max(1, sink.failures());
        Map<TopicPartition, Long> rewinds = sink.abort();
        rewinds.forEach((tp, offset) -> context.offset(tp, offset));
        skipRedelivery = new HashSet<>(rewinds.keySet());
        if (failures > settings.retries) {
            return new ConnectException("Writing files to " + where + " failed " + failures + " times without a commit "
                    + "(storage.retries=" + settings.retries + "); last error: " + error, error);
        }
        long backoff = Math.min(settings.retryBackoffMaxMs, settings.retryBackoffMs << Math.min(failures - 1, 20));
        log.warn("Storage error writing to {} (attempt {} of {}), retrying in {} ms from offsets {}: {}",
                where, failures, settings.retries + 1, backoff, rewinds, error.toString());
        context.timeout(backoff);
        return new RetriableException("storage error, will retry: " + error, error);
    }

    @Override
    public Map<TopicPartition, OffsetAndMetadata> preCommit(Map<TopicPartition, OffsetAndMetadata> currentOffsets) {
        try {
            sink.rollDue(Clock.systemUTC().millis());
        } catch (IOException e) {
            // left as it is: the next put() completes or gives up this commit
            counters.storageErrors.increment();
            log.warn("Storage error committing files in {}; the next write retries: {}", where, e.toString());
        }
        Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>();
        sink.committedPositions().forEach((tp, offset) -> offsets.put(tp, new OffsetAndMetadata(offset)));
        return offsets;
    }

    @Override
    public void close(Collection<TopicPartition> partitions) {
        sink.close(partitions);
        skipRedelivery.removeAll(partitions);
    }

    @Override
    public void stop() {
        if (sink != null) {
            sink.close(sink.partitions());
            closeStorage();
        }
        if (metrics != null) {
            metrics.close();
        }
    }

    private void closeStorage() {
        try {
            sink.storage().close();
        } catch (IOException e) {
            log.warn("Could not close the storage {}: {}", where, e.toString());
        }
    }
}
