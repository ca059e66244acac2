package io.flumeconnect.sinks.hdfs.bench;

import io.flumeconnect.testkit.StubSinkTaskContext;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.connect.errors.ConnectException;

/** The worker's side of the task, as far as the benchmark needs it: a seek or a retry means the run is invalid. */
final class BenchTaskContext extends StubSinkTaskContext {
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
}
