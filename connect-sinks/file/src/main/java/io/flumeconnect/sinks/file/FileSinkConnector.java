package io.flumeconnect.sinks.file;

import io.flumeconnect.common.Version;
import io.flumeconnect.sinks.file.engine.RollingFileValidation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.config.Config;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.connect.connector.Task;
import org.apache.kafka.connect.sink.SinkConnector;

/**
 * Flume's {@code file_roll} sink, and more: rolling text, JSON-lines or Avro files on the local disk,
 * under directories rendered from Flume's path escapes, each record written exactly once.
 */
public final class FileSinkConnector extends SinkConnector {
    public static final String OVERVIEW = "Writes records to rolling files on the worker's local disk (Flume's file_roll sink), "
            + "exactly once: each file is written under a hidden temporary name, synced, and renamed to a name that carries "
            + "its topic, partition and first and last offset, e.g. logs+0+00000000000000000000+00000000000000000999.txt. "
            + "On start and after a rebalance each partition continues after the last committed file, even when the "
            + "consumer group's offsets are lost; leftover temporary files are removed. See docs/file-sinks.md.";

    private Map<String, String> props;

    @Override
    public void start(Map<String, String> props) {
        new FileSinkConfig(props);
        this.props = Map.copyOf(props);
    }

    @Override
    public Class<? extends Task> taskClass() {
        return FileSinkTask.class;
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
        return RollingFileValidation.validate(super.validate(connectorConfigs));
    }

    @Override
    public void stop() {
    }

    @Override
    public ConfigDef config() {
        return FileSinkConfig.CONFIG_DEF;
    }

    @Override
    public String version() {
        return Version.get();
    }
}
