package io.flumeconnect.transforms.it;

import java.util.List;
import java.util.Map;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.connect.connector.Task;
import org.apache.kafka.connect.source.SourceConnector;

/**
 * A source for integration tests: emits the configured lines once, in order, as String values. Each line is
 * {@code <epoch ms>|<text>}: the record's timestamp and value. It lives on the test class path (listed in
 * the test resources' META-INF/services), so the transforms under test still load from the packaged plugin.
 */
public class LinesSourceConnector extends SourceConnector {
    static final String TOPIC_CONFIG = "topic";
    static final String LINES_CONFIG = "lines";
    static final ConfigDef CONFIG_DEF = new ConfigDef()
            .define(TOPIC_CONFIG, ConfigDef.Type.STRING, ConfigDef.Importance.HIGH, "Topic to write to")
            .define(LINES_CONFIG, ConfigDef.Type.STRING, ConfigDef.Importance.HIGH,
                    "Lines separated by newlines, each <epoch ms>|<text>");

    private Map<String, String> props;

    @Override
    public void start(Map<String, String> props) {
        this.props = Map.copyOf(props);
    }

    @Override
    public Class<? extends Task> taskClass() {
        return LinesSourceTask.class;
    }

    @Override
    public List<Map<String, String>> taskConfigs(int maxTasks) {
        return List.of(props);
    }

    @Override
    public void stop() {
    }

    @Override
    public ConfigDef config() {
        return CONFIG_DEF;
    }

    @Override
    public String version() {
        return "test";
    }
}
