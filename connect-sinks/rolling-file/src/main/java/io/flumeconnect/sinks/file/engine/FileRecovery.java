package io.flumeconnect.sinks.file.engine;

import io.flumeconnect.sinks.file.storage.Storage;
import java.io.IOException;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Recovers partitions from the files in the storage, so that a restarted or reassigned task continues
 * exactly after the last committed file whatever the consumer group remembers.
 *
 * <p>For each partition: the position is one past the highest last offset among its committed files;
 * a temporary file whose commit is already visible under a committed name (a crash between the renames of
 * one commit) is renamed to complete that commit; every other temporary file is deleted, as its records
 * will be written again.
 */
public final class FileRecovery {
    private static final Logger log = LoggerFactory.getLogger(FileRecovery.class);

    private final Storage storage;

    public FileRecovery(Storage storage) {
        this.storage = storage;
    }

    /** What recovery found and did for the partitions asked about. */
    public record Result(Map<TopicPartition, Long> positions, int completed, int deleted) {
        /** One past the last committed offset of {@code tp}, or -1 when it has no committed file. */
        public long position(TopicPartition tp) {
            return positions.getOrDefault(tp, -1L);
        }
    }

    public Result recover(Collection<TopicPartition> partitions) throws IOException {
        Set<TopicPartition> wanted = new HashSet<>(partitions);
        Map<TopicPartition, Long> positions = new HashMap<>();
        Map<TopicPartition, Map<Long, Long>> commits = new HashMap<>();
        Map<String, FileNames.Temporary> temporaries = new HashMap<>();
        for (String path : storage.list()) {
            String name = path.substring(path.lastIndexOf('/') + 1);
            Optional<FileNames.Committed> committed = FileNames.parseCommitted(name);
            if (committed.isPresent() && wanted.contains(committed.get().partition())) {
                FileNames.Committed c = committed.get();
                positions.merge(c.partition(), c.last() + 1, Math::max);
                commits.computeIfAbsent(c.partition(), k -> new HashMap<>()).put(c.first(), c.last());
                continue;
            }
            FileNames.parseTemporary(name).filter(t -> wanted.contains(t.partition()))
                    .ifPresent(t -> temporaries.put(path, t));
        }
        storage.release(temporaries.keySet());
        int completed = 0;
        for (Map.Entry<String, FileNames.Temporary> entry : temporaries.entrySet()) {
            FileNames.Temporary temp = entry.getValue();
            Long last = commits.getOrDefault(temp.partition(), Map.of()).get(temp.first());
            if (last != null) {
                complete(entry.getKey(), temp, last);
                completed++;
            } else {
                storage.delete(entry.getKey());
            }
        }
        log.info("Recovered {} partition(s) from {}: positions {}; completed {} interrupted commit file(s), "
                        + "deleted {} temporary file(s)", wanted.size(), storage.describe(""), positions, completed,
                temporaries.size() - completed);
        return new Result(positions, completed, temporaries.size() - completed);
    }

    private void complete(String path, FileNames.Temporary temp, long last) throws IOException {
        int slash = path.lastIndexOf('/');
        String dir = slash < 0 ? "" : path.substring(0, slash + 1);
        storage.rename(path, dir + temp.committedName(last));
    }
}
