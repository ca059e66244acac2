package io.flumeconnect.smoke;

import io.flumeconnect.common.Version;
import io.flumeconnect.common.metrics.Counter;
import io.flumeconnect.common.metrics.PluginCounters;
import java.util.Collection;
import java.util.Map;
import org.apache.kafka.connect.sink.SinkRecord;
import org.apache.kafka.connect.sink.SinkTask;

/**
 * Counts the records it is given and writes nothing; the worker commits their offsets as for any sink whose
 * writes are done once {@code put} returns.
 */
public final class CountingSinkTask extends SinkTask {
    private CountingSinkConfig config;
    private PluginCounters counters;
    private Counter consumed;
    private long counted;
    private long nextCommitAt;

    @Override
    public void start(Map<String, String> props) {
        config = new CountingSinkConfig(props);
        counters = PluginCounters.of(context, Map.of("connector", props.getOrDefault("name", "counting-sink"),
                "task", props.getOrDefault(CountingSourceConnector.TASK_ID, "0")));
        consumed = counters.counter("records-consumed", "Records the worker handed to put()");
        nextCommitAt = config.commitEveryRecords;
    }

    @Override
    public void put(Collection<SinkRecord> records) {
        counted += records.size();
        consumed.add(records.size());
        if (config.commitEveryRecords > 0 && counted >= nextCommitAt) {
            context.requestCommit();
            nextCommitAt = counted + config.commitEveryRecords;
        }
    }

    @Override
    public void stop() {
        if (counters != null) {
            counters.close();
        }
    }

    @Override
    public String version() {
        return Version.get();
    }
}
