package io.flumeconnect.smoke;

import io.flumeconnect.common.Version;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.connect.connector.Task;
import org.apache.kafka.connect.source.SourceConnector;

/**
 * Produces {@code records} numbered records to one topic, shared between its tasks, resuming from its committed
 * offset after a restart or a failover; a test counts them to prove nothing was lost.
 */
public final class CountingSourceConnector extends SourceConnector {
    /** The task's id, which a task is not told otherwise; it tags the task's metrics on old workers. */
    static final String TASK_ID = "task.id";
    /** How many tasks share the count. */
    static final String TASKS = "task.count";

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

    /** {@code maxTasks} tasks, each counting its share of the one numbered sequence. */
    @Override
    public List<Map<String, String>> taskConfigs(int maxTasks) {
        List<Map<String, String>> tasks = new ArrayList<>();
        for (int i = 0; i < maxTasks; i++) {
            Map<String, String> task = new HashMap<>(props);
            task.put(TASK_ID, Integer.toString(i));
            task.put(TASKS, Integer.toString(maxTasks));
            tasks.add(task);
        }
        return tasks;
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
