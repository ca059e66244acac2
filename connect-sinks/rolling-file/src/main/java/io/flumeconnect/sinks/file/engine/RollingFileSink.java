package io.flumeconnect.sinks.file.engine;

import io.flumeconnect.sinks.file.storage.Storage;
import io.flumeconnect.sinks.file.storage.UnusablePathException;
import io.flumeconnect.sinks.file.template.PathSegments;
import io.flumeconnect.sinks.file.template.RecordTemplateValues;
import io.flumeconnect.sinks.file.template.TemplateValues;
import java.io.IOException;
import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Future;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.connect.errors.DataException;
import org.apache.kafka.connect.sink.SinkRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The rolling-file engine of one task, independent of Connect's task life cycle: the open files of each
 * assigned partition, rolled by the policy, committed exactly once, recovered from the storage.
 */
public final class RollingFileSink {
    private static final Logger log = LoggerFactory.getLogger(RollingFileSink.class);

    /**
     * Receives the records that cannot be written (the dead-letter queue). The returned future (null when
     * there is nothing to wait for) is awaited before a commit covers the record's offset.
     */
    @FunctionalInterface
    public interface ErrantRecords {
        Future<?> report(SinkRecord record, Exception error);
    }

    private final RollingFileSettings settings;
    private final WriterFactory files;
    private final FileRecovery recovery;
    private final SinkCounters counters;
    private final Clock clock;
    private final Map<TopicPartition, PartitionFiles> partitions = new HashMap<>();
    private final Set<TopicPartition> dirty = new HashSet<>();
    // literal templates render to their text without reading a record: no values object a record then
    private final boolean literalPaths;
    // the last rendered directory and its normalised form: consecutive records mostly share one
    private String lastRendered;
    private String lastDir;

    public RollingFileSink(RollingFileSettings settings, WriterFactory files, SinkCounters counters, Clock clock) {
        this.settings = settings;
        this.files = files;
        this.recovery = new FileRecovery(files.storage());
        this.counters = counters;
        this.clock = clock;
        this.literalPaths = settings.directory.isLiteral() && settings.prefix.isLiteral();
    }

    /**
     * Takes over {@code assigned}: recovers each from the storage and returns where Kafka must be read
     * from for those that have committed files.
     */
    public Map<TopicPartition, Long> open(Collection<TopicPartition> assigned) throws IOException {
        FileRecovery.Result result = recovery.recover(assigned);
        counters.tempDeleted.add(result.deleted());
        counters.tempCompleted.add(result.completed());
        Map<TopicPartition, Long> seeks = new LinkedHashMap<>();
        for (TopicPartition tp : assigned) {
            long position = result.position(tp);
            partitions.put(tp, new PartitionFiles(tp, files, position));
            dirty.remove(tp);
            if (position >= 0) {
                seeks.put(tp, position);
            }
        }
        return seeks;
    }

    /**
     * Completes what an earlier storage error left: commits that had started renaming, and temporary files
     * that could not be deleted then.
     */
    public void resume() throws IOException {
        for (PartitionFiles partition : partitions.values()) {
            if (partition.isSealed()) {
                charged(partition, () -> commit(partition, "completing an interrupted commit"));
            }
        }
        if (!dirty.isEmpty()) {
            FileRecovery.Result result;
            try {
                result = recovery.recover(dirty);
            } catch (IOException e) {
                dirty.stream().map(partitions::get).filter(Objects::nonNull).forEach(PartitionFiles::failed);
                throw e;
            }
            counters.tempDeleted.add(result.deleted());
            counters.tempCompleted.add(result.completed());
            dirty.clear();
        }
    }

    /** Writes {@code records}, skipping those of partitions in {@code skip}, then commits what is due. */
    public void write(Collection<SinkRecord> records, Set<TopicPartition> skip, ErrantRecords errant) throws IOException {
        long now = clock.millis();
        PartitionFiles partition = null;
        for (SinkRecord record : records) {
            if (partition == null || !partition.holds(record)) {
                TopicPartition tp = new TopicPartition(record.originalTopic(), record.originalKafkaPartition());
                partition = skip.contains(tp) ? null : partitions.get(tp);
                if (partition == null) {
                    continue;
                }
            }
            try {
                write(partition, record, now, errant);
            } catch (IOException e) {
                // charged() inline: its lambda would be an allocation a record, the sink's only one in the profile
                partition.failed();
                throw e;
            }
        }
        rollDue(now);
    }

    /** Runs a storage step of {@code partition}, counting its failure against that partition. */
    private static void charged(PartitionFiles partition, StorageStep step) throws IOException {
        try {
            step.run();
        } catch (IOException e) {
            partition.failed();
            throw e;
        }
    }

    @FunctionalInterface
    private interface StorageStep {
        void run() throws IOException;
    }

    /**
     * The most storage errors one partition has had since it last committed a file: what bounds the retries,
     * so that a partition that keeps failing ends the task even while others make progress.
     */
    public int failures() {
        return partitions.values().stream().mapToInt(PartitionFiles::failures).max().orElse(0);
    }

    private void write(PartitionFiles partition, SinkRecord record, long now, ErrantRecords errant) throws IOException {
        long offset = record.originalKafkaOffset();
        if (partition.isDuplicate(offset)) {
            counters.duplicates.increment();
            return;
        }
        if (record.value() == null) {
            counters.nullValues.increment();
            partition.handled(offset);
            return;
        }
        try {
            TemplateValues values = literalPaths ? null : new RecordTemplateValues(record, settings.eventTime);
            String dir = directory(settings.directory.render(values));
            String prefix = settings.prefix.render(values);
            RollingFileWriter writer = writerFor(partition, dir, prefix, record, now);
            writer.write(record, now);
            counters.written.increment();
            String reason = settings.rollPolicy.due(writer, now);
            partition.handled(offset);
            if (reason != null) {
                commit(partition, reason);
            }
        } catch (DataException | IllegalArgumentException | UnusablePathException e) {
            // no usable time, a path that would leave the root or that the storage can never hold, a value the
            // format cannot hold: the record's fault, whatever is retried
            counters.failed.increment();
            partition.reported(errant.report(record, e));
            partition.handled(offset);
        }
    }

    private String directory(String rendered) {
        if (!rendered.equals(lastRendered)) {
            lastDir = PathSegments.normalize(rendered);
            lastRendered = rendered;
        }
        return lastDir;
    }

    private RollingFileWriter writerFor(PartitionFiles partition, String dir, String prefix, SinkRecord record, long now)
            throws IOException {
        RollingFileWriter writer = partition.writerFor(dir, prefix, record, now);
        if (writer.accepts(record)) {
            return writer;
        }
        commit(partition, "the record needs a new file (schema changed)");
        return partition.writerFor(dir, prefix, record, now);
    }

    /** Commits the partitions whose files the roll policy says are due. */
    public void rollDue(long now) throws IOException {
        for (PartitionFiles partition : partitions.values()) {
            String reason = partition.hasOpenFiles() ? partition.due(settings.rollPolicy, now) : null;
            if (reason == null && partition.openFiles() > settings.maxOpenFiles) {
                reason = partition.openFiles() + " open files";
            }
            if (reason != null) {
                String why = reason;
                charged(partition, () -> commit(partition, why));
            }
        }
    }

    private void commit(PartitionFiles partition, String reason) throws IOException {
        List<String> committed = partition.commit();
        counters.filesCommitted.add(committed.size());
        log.debug("Committed {} file(s) of {} up to offset {} ({}): {}", committed.size(), partition.partition(),
                partition.committed() - 1, reason, committed);
    }

    /** For each partition, the offset after its last committed file: what may be committed to Kafka. */
    public Map<TopicPartition, Long> committedPositions() {
        Map<TopicPartition, Long> positions = new HashMap<>();
        partitions.forEach((tp, partition) -> {
            if (partition.committed() >= 0) {
                positions.put(tp, partition.committed());
            }
        });
        return positions;
    }

    /**
     * Commits and forgets {@code revoked} (rebalance, task stop). A partition whose files cannot be committed
     * is left to the next owner's recovery: a commit that was decided (its files finished and synced) keeps its
     * temporary files, which recovery renames once one of them is visible under its committed name; the files
     * of an undecided one are deleted and read again.
     */
    public void close(Collection<TopicPartition> revoked) {
        for (TopicPartition tp : revoked) {
            PartitionFiles partition = partitions.remove(tp);
            dirty.remove(tp);
            if (partition == null) {
                continue;
            }
            try {
                commit(partition, "partition closed");
            } catch (IOException e) {
                counters.storageErrors.increment();
                log.error("Could not commit the open files of {} on close; its next owner recovers from {}: {}",
                        tp, files.storage().describe(""), e.toString());
                if (!partition.isSealed()) {
                    partition.discard();
                }
            }
        }
    }

    /**
     * Gives up every open file after a storage error. Returns, per partition, the offset Kafka must be read
     * from again. Commits that have started renaming are kept and completed by {@link #resume()}.
     */
    public Map<TopicPartition, Long> abort() {
        Map<TopicPartition, Long> rewinds = new HashMap<>();
        for (PartitionFiles partition : partitions.values()) {
            if (partition.isSealed() || !partition.hasOpenFiles()) {
                continue;
            }
            long rewind = partition.discard();
            dirty.add(partition.partition());
            if (rewind >= 0) {
                rewinds.put(partition.partition(), rewind);
            }
        }
        return rewinds;
    }

    public Storage storage() {
        return files.storage();
    }

    public Set<TopicPartition> partitions() {
        return Set.copyOf(partitions.keySet());
    }
}
