package io.flumeconnect.sinks.hdfs.bench;

import java.util.Map;
import java.util.Set;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.metrics.PluginMetrics;
import org.apache.kafka.connect.errors.ConnectException;
import org.apache.kafka.connect.sink.ErrantRecordReporter;
import org.apache.kafka.connect.sink.SinkTaskContext;

/** The worker's side of the task, as far as the benchmark needs it: no metrics registry, no dead-letter queue. */
final class BenchTaskContext implements SinkTaskContext {
    @Override
    public ErrantRecordReporter errantRecordReporter() {
        return null;
    }

    @Override
    public PluginMetrics pluginMetrics() {
        // the counters fall back to their standalone registry, as on a worker older than Kafka 4.1
        throw new NoSuchMethodError("no plugin metrics in the benchmark");
    }

    @Override
    public Map<String, String> configs() {
        return Map.of();
    }

    @Override
    public void offset(Map<TopicPartition, Long> offsets) {
        offsets.forEach(this::offset);
    }

    @Override
    public void offset(TopicPartition tp, long offset) {
        if (offset != 0) {
            throw new ConnectException("The benchmark starts from an empty directory, yet the sink asks to seek " + tp + " to " + offset);
        }
    }

    @Override
    public void timeout(long timeoutMs) {
        throw new ConnectException("The sink asked for a retry after a storage error; see the log");
    }

    @Override
    public Set<TopicPartition> assignment() {
        return Set.of();
    }

    @Override
    public void pause(TopicPartition... partitions) {
    }

    @Override
    public void resume(TopicPartition... partitions) {
    }

    @Override
    public void requestCommit() {
    }
}
