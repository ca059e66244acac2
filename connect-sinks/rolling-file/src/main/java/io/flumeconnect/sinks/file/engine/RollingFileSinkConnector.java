package io.flumeconnect.sinks.file.engine;

import io.flumeconnect.common.Version;
import io.flumeconnect.common.config.ConfigValidation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.config.Config;
import org.apache.kafka.connect.sink.SinkConnector;

/** What the file and HDFS connectors share: every task gets the same config; the engine's cross-field checks. */
public abstract class RollingFileSinkConnector extends SinkConnector {
    private Map<String, String> props;

    /** Parses {@code props} into the connector's config class, so that a bad config fails the connector at once. */
    protected abstract void parse(Map<String, String> props);

    /** Checks of the sink's own keys, run when every key is valid on its own. */
    protected void validateSink(Config result, Map<String, String> configs) {
    }

    @Override
    public void start(Map<String, String> props) {
        parse(props);
        this.props = Map.copyOf(props);
    }

    @Override
    public List<Map<String, String>> taskConfigs(int maxTasks) {
        List<Map<String, String>> configs = new ArrayList<>();
        for (int i = 0; i < maxTasks; i++) {
            configs.add(props);
        }
        return configs;
    }

    @Override
    public Config validate(Map<String, String> connectorConfigs) {
        Config result = RollingFileValidation.validate(super.validate(connectorConfigs));
        if (ConfigValidation.isValid(result)) {
            validateSink(result, connectorConfigs);
        }
        return result;
    }

    @Override
    public void stop() {
    }

    @Override
    public String version() {
        return Version.get();
    }
}
