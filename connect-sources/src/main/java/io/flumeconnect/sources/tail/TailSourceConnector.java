package io.flumeconnect.sources.tail;

import io.flumeconnect.common.Version;
import io.flumeconnect.common.config.ConfigValidation;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
            never again from its start; a truncated (copytruncate) file is read again from its start; renamed, \
            gzip-compressed and copytruncate copies continue where their original stopped, also after a restart. \
            Positions are Connect offsets: the source partition of a file at least `fingerprint.bytes` long is its \
            content key `{"head": "<n>:<sha256 of its first n bytes>"}` (so that any copy finds it), of a \
            shorter one `{"file.id": "<device>:<inode>"}`; the offset is `{"position", "fingerprint", \
            "fingerprint.length", "path"}`. Exactly-once delivery is supported. See `docs/tail-source.md`.

            File groups, as in Flume: `filegroups=a b`, `filegroups.a=/var/log/a/*.log`, optional \
            `filegroups.a.topic=...` and static headers `headers.a.<name>=<value>`.""";

    private Map<String, String> props;

    @Override
    public String version() {
        return Version.get();
    }

    @Override
    public void start(Map<String, String> props) {
        new TailSourceConfig(props).requireCrossKeyRules();
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

    /**
     * Every error at once, each on the key the user set: the ConfigDef's own checks, the file settings (a glob of
     * {@code filegroups.<g>} is reported on {@code filegroups}), the record size rule, the completed-file action
     * against the start position and the Flume position file.
     */
    @Override
    public Config validate(Map<String, String> connectorConfigs) {
        Config result = super.validate(connectorConfigs);
        List<String> files = listValue(result, TailSourceConfig.FILES_CONFIG);
        List<String> groups = listValue(result, TailSourceConfig.FILEGROUPS_CONFIG);
        if (files != null && groups != null) {
            for (FileGroup.Problem problem : FileGroup.problems(files, groups, connectorConfigs)) {
                ConfigValidation.addError(result, problem.error().getMessage(), problem.key());
            }
        }
        checkRecordSize(result, connectorConfigs);
        checkSpooling(result);
        Object headersType = validValue(result, TailSourceConfig.RECORD_HEADERS_TYPE_CONFIG);
        String headerProblem = headersType == null ? null
                : HeaderType.valueOf(headersType.toString().toUpperCase(Locale.ROOT)).problem(connectorConfigs);
        if (headerProblem != null) {
            ConfigValidation.addError(result, headerProblem, TailSourceConfig.RECORD_HEADERS_TYPE_CONFIG);
        }
        try {
            FlumePositions.read(connectorConfigs.getOrDefault(TailSourceConfig.FLUME_POSITION_FILE_CONFIG, ""));
        } catch (ConfigException e) {
            ConfigValidation.addError(result, e.getMessage(), TailSourceConfig.FLUME_POSITION_FILE_CONFIG);
        }
        return result;
    }

    private static void checkRecordSize(Config result, Map<String, String> props) {
        Object valueType = validValue(result, TailSourceConfig.VALUE_TYPE_CONFIG);
        Object lineMax = validValue(result, TailSourceConfig.LINE_MAX_BYTES_CONFIG);
        Object multilineMax = validValue(result, TailSourceConfig.MULTILINE_MAX_BYTES_CONFIG);
        Object pattern = validValue(result, TailSourceConfig.MULTILINE_PATTERN_CONFIG);
        if (valueType == null || lineMax == null || multilineMax == null || pattern == null) {
            return;
        }
        TailSourceConfig.ValueType type = TailSourceConfig.ValueType.valueOf(valueType.toString().toUpperCase(Locale.ROOT));
        for (RecordSizeLimit.Problem problem : RecordSizeLimit.check(type, (Integer) lineMax,
                !pattern.toString().isEmpty(), (Integer) multilineMax, props)) {
            ConfigValidation.addError(result, problem.message(), problem.key());
        }
    }

    private static void checkSpooling(Config result) {
        Object action = validValue(result, TailSourceConfig.COMPLETED_ACTION_CONFIG);
        Object start = validValue(result, TailSourceConfig.START_POSITION_CONFIG);
        if (action == null || start == null) {
            return;
        }
        String problem = Spooling.problem(
                TailSourceConfig.CompletedAction.valueOf(action.toString().toUpperCase(Locale.ROOT)),
                TailSourceConfig.StartPosition.valueOf(start.toString().toUpperCase(Locale.ROOT)));
        if (problem != null) {
            ConfigValidation.addError(result, problem, TailSourceConfig.COMPLETED_ACTION_CONFIG,
                    TailSourceConfig.START_POSITION_CONFIG);
        }
    }

    @SuppressWarnings("unchecked")
    private static List<String> listValue(Config result, String key) {
        return (List<String>) validValue(result, key);
    }

    /** The parsed value of {@code key}, or null when it has errors of its own. */
    private static Object validValue(Config result, String key) {
        return ConfigValidation.find(result, key).filter(value -> value.errorMessages().isEmpty())
                .map(value -> value.value()).orElse(null);
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
