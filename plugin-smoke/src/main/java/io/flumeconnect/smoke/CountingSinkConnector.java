package io.flumeconnect.smoke;

import io.flumeconnect.common.Version;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.connect.connector.Task;
import org.apache.kafka.connect.sink.SinkConnector;

/**
 * Consumes its topics and only counts the records: what no sink can beat on the same worker with the same
 * converters and consumer settings, the sink benchmarks' Connect ceiling.
 */
public final class CountingSinkConnector extends SinkConnector {
    private Map<String, String> props;

    @Override
    public void start(Map<String, String> props) {
        new CountingSinkConfig(props);
        this.props = props;
    }

    @Override
    public Class<? extends Task> taskClass() {
        return CountingSinkTask.class;
    }

    /** The same settings for every task, each with its id for its metrics' tags on old workers. */
    @Override
    public List<Map<String, String>> taskConfigs(int maxTasks) {
        return IntStream.range(0, maxTasks).mapToObj(id -> {
            Map<String, String> task = new HashMap<>(props);
            task.put(CountingSourceConnector.TASK_ID, Integer.toString(id));
            return task;
        }).toList();
    }

    @Override
    public void stop() {
    }

    @Override
    public ConfigDef config() {
        return CountingSinkConfig.CONFIG_DEF;
    }

    @Override
    public String version() {
        return Version.get();
    }
}
