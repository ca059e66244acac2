package io.flumeconnect.smoke;

import io.flumeconnect.common.Version;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.connect.connector.Task;
import org.apache.kafka.connect.source.SourceConnector;

/**
 * Produces {@code records} numbered records to one topic, resuming from its committed offset after a
 * restart or a failover; a test counts them to prove nothing was lost.
 */
public final class CountingSourceConnector extends SourceConnector {
    /** The task's id, which a task is not told otherwise; it tags the task's metrics on old workers. */
    static final String TASK_ID = "task.id";

    private Map<String, String> props;

    @Override
    public void start(Map<String, String> props) {
        new CountingSourceConfig(props);
        this.props = props;
    }

    @Override
    public Class<? extends Task> taskClass() {
        return CountingSourceTask.class;
    }

    /** One task: the records form one numbered sequence. */
    @Override
    public List<Map<String, String>> taskConfigs(int maxTasks) {
        Map<String, String> task = new HashMap<>(props);
        task.put(TASK_ID, "0");
        return List.of(task);
    }

    @Override
    public void stop() {
    }

    @Override
    public ConfigDef config() {
        return CountingSourceConfig.CONFIG_DEF;
    }

    @Override
    public String version() {
        return Version.get();
    }
}
