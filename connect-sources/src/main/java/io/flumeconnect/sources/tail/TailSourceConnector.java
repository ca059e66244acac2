package io.flumeconnect.sources.tail;

import io.flumeconnect.common.Version;
import io.flumeconnect.common.config.ConfigValidation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.config.Config;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.connect.connector.Task;
import org.apache.kafka.connect.source.ExactlyOnceSupport;
import org.apache.kafka.connect.source.SourceConnector;

/**
 * Follows log files as Flume's TAILDIR source does, safely across rotations: files are known by device and
 * inode, positions are Connect offsets, and with {@code tasks.max > 1} each file is read by one task, chosen by
 * its identity.
 */
public class TailSourceConnector extends SourceConnector {
    public static final String OVERVIEW = """
            Follows the files matching one or more globs and writes each line (or multi-line event) as a record, \
            with Flume's headers `file`, `byteoffset`, `host` and `filegroup` plus the file group's static \
            headers. Files are known by device and inode, so a file renamed by rotation is read to its end and \
            never again from its start; a truncated (copytruncate) file is read again from its start; \
            gzip-compressed rotated files continue where their original stopped. Positions are Connect offsets \
            (source partition `{"file.id": "<device>:<inode>"}`, offset `{"position", "fingerprint", \
            "fingerprint.length", "path"}`) and exactly-once delivery is supported. See `docs/tail-source.md`.

            File groups, as in Flume: `filegroups=a b`, `filegroups.a=/var/log/a/*.log`, optional \
            `filegroups.a.topic=...` and static headers `headers.a.<name>=<value>`.""";

    private Map<String, String> props;

    @Override
    public String version() {
        return Version.get();
    }

    @Override
    public void start(Map<String, String> props) {
        new TailSourceConfig(props);
        this.props = Map.copyOf(props);
    }

    @Override
    public Class<? extends Task> taskClass() {
        return TailSourceTask.class;
    }

    /** Every task gets the whole configuration and its index; a task reads the files whose identity it owns. */
    @Override
    public List<Map<String, String>> taskConfigs(int maxTasks) {
        List<Map<String, String>> configs = new ArrayList<>();
        for (int i = 0; i < maxTasks; i++) {
            configs.add(TailSourceConfig.taskProps(props, i, maxTasks));
        }
        return configs;
    }

    @Override
    public void stop() {
    }

    @Override
    public ConfigDef config() {
        return TailSourceConfig.CONFIG_DEF;
    }

    @Override
    public Config validate(Map<String, String> connectorConfigs) {
        Config result = super.validate(connectorConfigs);
        if (!ConfigValidation.isValid(result)) {
            return result;
        }
        try {
            new TailSourceConfig(connectorConfigs);
        } catch (ConfigException e) {
            // The file groups' dynamic keys are not in the ConfigDef: report on the keys that list them.
            ConfigValidation.addError(result, e.getMessage(), TailSourceConfig.FILES_CONFIG,
                    TailSourceConfig.FILEGROUPS_CONFIG);
        }
        try {
            FlumePositions.read(connectorConfigs.getOrDefault(TailSourceConfig.FLUME_POSITION_FILE_CONFIG, ""));
        } catch (ConfigException e) {
            ConfigValidation.addError(result, e.getMessage(), TailSourceConfig.FLUME_POSITION_FILE_CONFIG);
        }
        return result;
    }

    /** Offsets carry the file's position and fingerprint with them: a crash never re-sends committed lines. */
    @Override
    public ExactlyOnceSupport exactlyOnceSupport(Map<String, String> connectorConfig) {
        return ExactlyOnceSupport.SUPPORTED;
    }

    /**
     * Accepts offsets of the form this connector writes; a position without a fingerprint is allowed (the
     * file's first bytes are then not checked). A null offset resets the file.
     */
    @Override
    public boolean alterOffsets(Map<String, String> connectorConfig, Map<Map<String, ?>, Map<String, ?>> offsets) {
        for (Map.Entry<Map<String, ?>, Map<String, ?>> entry : offsets.entrySet()) {
            FileOffset.validatePartition(entry.getKey());
            if (entry.getValue() != null) {
                FileOffset.parse(entry.getValue());
            }
        }
        return true;
    }
}
