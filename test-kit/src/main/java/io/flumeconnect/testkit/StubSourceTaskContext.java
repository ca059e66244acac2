package io.flumeconnect.testkit;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.common.metrics.PluginMetrics;
import org.apache.kafka.connect.source.SourceTaskContext;
import org.apache.kafka.connect.storage.OffsetStorageReader;

/**
 * The worker's side of a source task for tests that drive the task directly: the task's config, and an offset
 * store the test fills and reads ({@link #committed}). There are no plugin metrics, so a task's counters fall
 * back to the standalone registry, as on a worker older than Kafka 4.1.
 */
public class StubSourceTaskContext implements SourceTaskContext {
    /** Source partition to committed offset: what {@link #offsetStorageReader()} answers. */
    public final Map<Map<String, Object>, Map<String, Object>> committed = new HashMap<>();
    /** How many times a task asked for a batch of offsets ({@code offsets(...)}): a worker reads its offsets topic each time. */
    public int offsetReads;
    private final Map<String, String> configs;

    public StubSourceTaskContext(Map<String, String> configs) {
        this.configs = configs;
    }

    @Override
    public Map<String, String> configs() {
        return configs;
    }

    @Override
    public OffsetStorageReader offsetStorageReader() {
        return new OffsetStorageReader() {
            @Override
            public <T> Map<String, Object> offset(Map<String, T> partition) {
                return committed.get(partition);
            }

            @Override
            public <T> Map<Map<String, T>, Map<String, Object>> offsets(Collection<Map<String, T>> partitions) {
                offsetReads++;
                Map<Map<String, T>, Map<String, Object>> result = new HashMap<>();
                partitions.forEach(p -> result.put(p, committed.get(p)));
                return result;
            }
        };
    }

    @Override
    public PluginMetrics pluginMetrics() {
        throw new NoSuchMethodError("no plugin metrics outside a worker");
    }
}
