package io.flumeconnect.sources.tail;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.connect.errors.ConnectException;
import org.apache.kafka.connect.storage.OffsetStorageReader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The committed offsets of the partitions a task asked about, each read once: a worker's offset reader reads the
 * offsets topic to its end on every call, so the task asks only when a file is first seen (and once more when it
 * grows a content key), all partitions of a scan in one call, and remembers the answers while the file waits.
 */
final class StoredOffsets {
    private static final Logger log = LoggerFactory.getLogger(StoredOffsets.class);

    private final OffsetStorageReader reader;
    private final Map<Map<String, Object>, FileOffset> known = new HashMap<>();
    private int reads;

    StoredOffsets(OffsetStorageReader reader) {
        this.reader = reader;
    }

    /** Reads, in one call, those of {@code partitions} not read before. */
    void fetch(Collection<Map<String, Object>> partitions) {
        List<Map<String, Object>> unread = new ArrayList<>();
        for (Map<String, Object> partition : partitions) {
            if (!known.containsKey(partition) && !unread.contains(partition)) {
                unread.add(partition);
            }
        }
        if (unread.isEmpty()) {
            return;
        }
        reads++;
        Map<Map<String, Object>, Map<String, Object>> stored = reader.offsets(unread);
        for (Map<String, Object> partition : unread) {
            Map<String, Object> offset = stored == null ? null : stored.get(partition);
            known.put(partition, offset == null ? null : parse(partition, offset));
        }
    }

    /** The committed offset of {@code partition} as fetched, or null (none, or not fetched). */
    FileOffset get(Map<String, Object> partition) {
        return partition == null ? null : known.get(partition);
    }

    /** Forgets every partition but {@code keep}: their files are followed now, or gone. */
    void retain(Set<Map<String, Object>> keep) {
        known.keySet().retainAll(keep);
    }

    /** How many times the offsets were read: once per scan that found files not seen before. */
    int reads() {
        return reads;
    }

    private static FileOffset parse(Map<String, Object> partition, Map<String, Object> offset) {
        try {
            return FileOffset.parse(offset);
        } catch (ConnectException e) {
            log.warn("Ignoring the stored offset {} of {}: {}", offset, partition, e.getMessage());
            return null;
        }
    }
}
