package io.flumeconnect.sinks.file;

import io.flumeconnect.sinks.file.engine.FileFormats;
import io.flumeconnect.sinks.file.engine.RollingFileConfig;
import io.flumeconnect.sinks.file.engine.RollingFileSinkConnector;
import java.util.Map;
import org.apache.kafka.common.config.Config;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.connect.connector.Task;

/**
 * Flume's {@code file_roll} sink, and more: rolling text, JSON-lines or Avro files on the local disk, under
 * directories rendered from Flume's path escapes, each record written exactly once.
 */
public final class FileSinkConnector extends RollingFileSinkConnector {
    public static final String OVERVIEW = "Writes records to rolling files on the worker's local disk (Flume's file_roll sink), "
            + "exactly once: each file is written under a hidden temporary name, synced, and renamed to a name that carries "
            + "its topic, partition and first and last offset, e.g. logs+0+00000000000000000000+00000000000000000999.txt. "
            + "On start and after a rebalance each partition continues after the last committed file, even when the "
            + "consumer group's offsets are lost; leftover temporary files are removed. See docs/file-sinks.md.";

    @Override
    protected void parse(Map<String, String> props) {
        new FileSinkConfig(props);
    }

    @Override
    public Class<? extends Task> taskClass() {
        return FileSinkTask.class;
    }

    /** SequenceFiles and Hadoop's codecs need Hadoop, which only the HDFS sink ships. */
    @Override
    protected void validateSink(Config result, Map<String, String> configs) {
        FileFormats.validate(result, configs.getOrDefault(RollingFileConfig.FORMAT, "text"),
                configs.getOrDefault(RollingFileConfig.COMPRESSION, "none"), false);
    }

    @Override
    public ConfigDef config() {
        return FileSinkConfig.CONFIG_DEF;
    }
}
