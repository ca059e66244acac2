package io.flumeconnect.sources.tail;

import io.flumeconnect.common.config.CharsetValidator;
import io.flumeconnect.common.config.EnumValues;
import io.flumeconnect.common.config.RegexValidator;
import java.nio.charset.Charset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.kafka.common.config.AbstractConfig;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Range;
import org.apache.kafka.common.config.ConfigDef.Type;
import org.apache.kafka.common.config.ConfigDef.Width;
import org.apache.kafka.common.config.ConfigException;

/** The whole configuration of {@link TailSourceConnector} and its tasks. */
public final class TailSourceConfig extends AbstractConfig {
    public static final String TOPIC_CONFIG = "topic";
    public static final String FILES_CONFIG = "files";
    public static final String FILEGROUPS_CONFIG = "filegroups";
    public static final String START_POSITION_CONFIG = "start.position";
    public static final String CHARSET_CONFIG = "charset";
    public static final String LINE_MAX_BYTES_CONFIG = "line.max.bytes";
    public static final String LINE_IDLE_FLUSH_MS_CONFIG = "line.idle.flush.ms";
    public static final String MULTILINE_PATTERN_CONFIG = "multiline.pattern";
    public static final String MULTILINE_NEGATE_CONFIG = "multiline.negate";
    public static final String MULTILINE_MATCH_CONFIG = "multiline.match";
    public static final String MULTILINE_MAX_LINES_CONFIG = "multiline.max.lines";
    public static final String MULTILINE_MAX_BYTES_CONFIG = "multiline.max.bytes";
    public static final String MULTILINE_FLUSH_MS_CONFIG = "multiline.flush.ms";
    public static final String KEY_MODE_CONFIG = "key.mode";
    public static final String VALUE_TYPE_CONFIG = "value.type";
    public static final String HOST_CONFIG = "host";
    public static final String RECORD_HEADERS_CONFIG = "record.headers";
    public static final String RECORD_HEADERS_TYPE_CONFIG = "record.headers.type";
    public static final String BATCH_MAX_RECORDS_CONFIG = "batch.max.records";
    public static final String BATCH_MAX_BYTES_CONFIG = "batch.max.bytes";
    public static final String READ_BUFFER_BYTES_CONFIG = "read.buffer.bytes";
    public static final String SCAN_INTERVAL_MS_CONFIG = "scan.interval.ms";
    public static final String FILE_CLOSE_IDLE_MS_CONFIG = "file.close.idle.ms";
    public static final String FINGERPRINT_BYTES_CONFIG = "fingerprint.bytes";
    public static final String FLUME_POSITION_FILE_CONFIG = "flume.position.file";
    public static final String IGNORE_PATTERN_CONFIG = "ignore.pattern";
    public static final String COMPLETED_ACTION_CONFIG = "completed.action";
    public static final String COMPLETED_SUFFIX_CONFIG = "completed.suffix";

    /** Prefix of the per-group keys {@code filegroups.<group>} and {@code filegroups.<group>.topic}. */
    public static final String FILEGROUP_PREFIX = "filegroups.";
    /** Prefix of the per-group static headers {@code headers.<group>.<name>} (Flume's spelling). */
    public static final String HEADERS_PREFIX = "headers.";
    /** The group name of the files listed in {@code files}. */
    public static final String DEFAULT_GROUP = "default";

    /** Set by the connector in each task's config: which share of the files the task reads. */
    static final String TASK_INDEX_CONFIG = "task.index";
    static final String TASK_COUNT_CONFIG = "task.count";

    public enum StartPosition { BEGINNING, END }

    public enum KeyMode { NONE, PATH, HOST }

    public enum ValueType { STRING, BYTES }

    public enum MultilineMatch { PREVIOUS, NEXT }

    /** What happens to a file read to its end once Kafka has all of it (Flume spooldir's fileSuffix/deletePolicy). */
    public enum CompletedAction { NONE, RENAME, DELETE }

    private static final String FILES_GROUP = "Files";
    private static final String LINES_GROUP = "Lines";
    private static final String MULTILINE_GROUP = "Multi-line events";
    private static final String RECORDS_GROUP = "Records";
    private static final String LIMITS_GROUP = "Limits and timing";
    private static final String SPOOL_GROUP = "Spooling directory";
    private static final String MIGRATION_GROUP = "Migration from Flume";

    public static final ConfigDef CONFIG_DEF = new ConfigDef()
            .define(TOPIC_CONFIG, Type.STRING, ConfigDef.NO_DEFAULT_VALUE, new ConfigDef.NonEmptyString(),
                    Importance.HIGH, "Topic the lines are written to, unless the file group sets its own with "
                            + "`filegroups.<group>.topic`.", FILES_GROUP, 1, Width.MEDIUM, "Topic")
            .define(FILES_CONFIG, Type.LIST, "", Importance.HIGH,
                    "Globs of the files to follow, comma-separated, as absolute paths: `*` and `?` within a name, "
                            + "`**` across directories (also none), `{a,b}` alternatives. Files matching them form "
                            + "the group `default`. Either this or `filegroups` must be set.",
                    FILES_GROUP, 2, Width.LONG, "Files")
            .define(FILEGROUPS_CONFIG, Type.LIST, "", Importance.HIGH,
                    "Names of file groups, space- or comma-separated (Flume's `filegroups`). Each group `g` sets "
                            + "`filegroups.g` (its globs, comma-separated), optionally `filegroups.g.topic` and "
                            + "static headers `headers.g.<name>=<value>`; its records carry the header "
                            + "`filegroup=g`.", FILES_GROUP, 3, Width.LONG, "File groups")
            .define(START_POSITION_CONFIG, Type.STRING, "beginning", EnumValues.validator(StartPosition.class),
                    Importance.MEDIUM, "Where a file without a stored offset starts (Flume's `skipToEnd`): "
                            + "`beginning` or `end`. `end` applies only to the files a task's first scan finds, and "
                            + "only when none of them has a stored offset (a new connector); files that appear "
                            + "later, or while the connector was stopped, are read from their beginning, so "
                            + "nothing written after a rotation is skipped.",
                    FILES_GROUP, 4, Width.SHORT, "Start position")
            .define(SCAN_INTERVAL_MS_CONFIG, Type.LONG, 1000L, Range.between(10L, 3_600_000L), Importance.LOW,
                    "How often the globs are evaluated to find new, renamed, deleted and truncated files. Where "
                            + "the OS has a file system watch service, a file created or deleted in a glob's base "
                            + "directory brings the next scan forward (at most one every 100 ms).",
                    FILES_GROUP, 5, Width.SHORT, "Scan interval (ms)")
            .define(FILE_CLOSE_IDLE_MS_CONFIG, Type.LONG, 10_000L, Range.between(0L, 86_400_000L), Importance.LOW,
                    "A file read to its end that has not grown for this long has its handle closed. A file that "
                            + "still matches is reopened when it grows; a deleted or renamed-away file is released "
                            + "for good, so this is also how long a rotated file is watched for late writes.",
                    FILES_GROUP, 6, Width.SHORT, "Close idle files after (ms)")
            .define(FINGERPRINT_BYTES_CONFIG, Type.INT, 1024, Range.between(16, 65536), Importance.LOW,
                    "How many of a file's first bytes form its fingerprint, stored with its offset: a file whose "
                            + "first bytes changed was replaced or truncated and is read again from its start. A file "
                            + "at least this long keeps its offsets under its content key (the SHA-256 of these bytes), "
                            + "which its renamed, gzip and copytruncate copies find after any restart. Part of every "
                            + "content key: changing it makes files longer than it read again. Files must differ "
                            + "within their first this many bytes.",
                    FILES_GROUP, 7, Width.SHORT, "Fingerprint bytes")
            .define(IGNORE_PATTERN_CONFIG, Type.STRING, "", new RegexValidator(), Importance.MEDIUM,
                    "Java regular expression for file names (the last part of the path) that are not read although "
                            + "a glob matches them (Flume spooldir's `ignorePattern`); the whole name must match. "
                            + "Empty: none.", FILES_GROUP, 8, Width.MEDIUM, "Ignore names")
            .define(COMPLETED_ACTION_CONFIG, Type.STRING, "none", EnumValues.validator(CompletedAction.class),
                    Importance.MEDIUM, "What happens to a file once it is read to its end, has not grown for "
                            + "`file.close.idle.ms` and Kafka has acknowledged every record of it (Flume's spooling "
                            + "directory): `none` (it stays), `rename` (to its name + `completed.suffix`, which is "
                            + "then never read) or `delete`. Acknowledged means committed: with exactly-once, in a "
                            + "committed transaction. Files must not change once they are in the directory: write "
                            + "them elsewhere and move them in. Needs `start.position=beginning`.",
                    SPOOL_GROUP, 1, Width.SHORT, "Completed files")
            .define(COMPLETED_SUFFIX_CONFIG, Type.STRING, ".COMPLETED", new FileNameSuffixValidator(),
                    Importance.MEDIUM, "Suffix `completed.action=rename` appends to a finished file's name (Flume's "
                            + "`fileSuffix`). With `rename`, files whose names end with it are never read. A file "
                            + "whose new name already exists is left as it is and reported.",
                    SPOOL_GROUP, 2, Width.SHORT, "Completed suffix")
            .define(CHARSET_CONFIG, Type.STRING, "UTF-8", new CharsetValidator(), Importance.MEDIUM,
                    "Character set of the files. Lines end with `\\n` or `\\r\\n`, found byte-wise, so only "
                            + "charsets that encode `\\n` as the single byte 0x0A are accepted.",
                    LINES_GROUP, 1, Width.SHORT, "Charset")
            .define(LINE_MAX_BYTES_CONFIG, Type.INT, 256 * 1024, Range.between(16, 64 * 1_048_576), Importance.MEDIUM,
                    "Longest line held in memory. A longer line is emitted in parts of at most this many bytes, "
                            + "each with the header `line.part` (1, 2, ...) and all but the last with "
                            + "`line.part.more=true`; nothing is dropped. Must fit the producer's "
                            + "`max.request.size` (1 MiB unless `producer.override.max.request.size` says otherwise): "
                            + "3 x this (1 x with `value.type=bytes`) + 16 KiB + the static headers' size at most, "
                            + "since a byte not valid in the charset is sent as 3 UTF-8 bytes.",
                    LINES_GROUP, 2, Width.SHORT, "Max line bytes")
            .define(LINE_IDLE_FLUSH_MS_CONFIG, Type.LONG, 5000L, Range.between(1L, 86_400_000L), Importance.LOW,
                    "A last line without a newline is emitted once its file has not grown for this long. Bytes "
                            + "appended to it later form a new line.", LINES_GROUP, 3, Width.SHORT,
                    "Flush unterminated line after (ms)")
            .define(MULTILINE_PATTERN_CONFIG, Type.STRING, "", new RegexValidator(), Importance.MEDIUM,
                    "Java regular expression that groups lines into one event (a stack trace). Empty: every line "
                            + "is an event. A line matches when the pattern is found in it, inverted by "
                            + "`multiline.negate`.", MULTILINE_GROUP, 1, Width.LONG, "Multi-line pattern")
            .define(MULTILINE_NEGATE_CONFIG, Type.BOOLEAN, false, Importance.MEDIUM,
                    "Invert the pattern: a line matches when the pattern is NOT found in it.",
                    MULTILINE_GROUP, 2, Width.SHORT, "Negate pattern")
            .define(MULTILINE_MATCH_CONFIG, Type.STRING, "previous", EnumValues.validator(MultilineMatch.class),
                    Importance.MEDIUM, "`previous`: a matching line is appended to the event before it (Logstash "
                            + "`what => previous`, Filebeat `match: after`). `next`: a matching line starts or "
                            + "continues an event that ends with the next non-matching line.",
                    MULTILINE_GROUP, 3, Width.SHORT, "Match")
            .define(MULTILINE_MAX_LINES_CONFIG, Type.INT, 500, Range.between(1, 1_000_000), Importance.LOW,
                    "Most lines in one event; the next line starts a new event (nothing is dropped).",
                    MULTILINE_GROUP, 4, Width.SHORT, "Max lines per event")
            .define(MULTILINE_MAX_BYTES_CONFIG, Type.INT, 256 * 1024, Range.between(16, 256 * 1_048_576),
                    Importance.LOW, "Most bytes in one event; a line that would exceed it starts a new event. Must "
                            + "fit the producer's `max.request.size` by the same rule as `line.max.bytes`.",
                    MULTILINE_GROUP, 5, Width.SHORT, "Max bytes per event")
            .define(MULTILINE_FLUSH_MS_CONFIG, Type.LONG, 5000L, Range.between(1L, 86_400_000L), Importance.LOW,
                    "An incomplete event is emitted when no line was added to it for this long.",
                    MULTILINE_GROUP, 6, Width.SHORT, "Flush event after (ms)")
            .define(KEY_MODE_CONFIG, Type.STRING, "none", EnumValues.validator(KeyMode.class), Importance.MEDIUM,
                    "Record key: `none` (null), `path` (the file's path) or `host`.", RECORDS_GROUP, 1,
                    Width.SHORT, "Key")
            .define(VALUE_TYPE_CONFIG, Type.STRING, "string", EnumValues.validator(ValueType.class), Importance.MEDIUM,
                    "Record value: `string` (decoded with `charset`, optional string schema) or `bytes` (the raw "
                            + "bytes, optional bytes schema).", RECORDS_GROUP, 2, Width.SHORT, "Value")
            .define(HOST_CONFIG, Type.STRING, "", Importance.LOW,
                    "Value of the `host` header (and key in `host` mode). Empty: this machine's host name.",
                    RECORDS_GROUP, 3, Width.MEDIUM, "Host")
            .define(RECORD_HEADERS_CONFIG, Type.LIST, String.join(",", RecordFactory.BUILT_IN_HEADERS),
                    ConfigDef.ValidList.in(RecordFactory.BUILT_IN_HEADERS.toArray(String[]::new)), Importance.LOW,
                    "Which of Flume's headers each record carries (Flume's `fileHeader` and `byteOffsetHeader` "
                            + "switches); empty for none. The file group's static headers and the `line.part` "
                            + "headers of overlong lines are always added.", RECORDS_GROUP, 4, Width.LONG,
                    "Record headers")
            .define(RECORD_HEADERS_TYPE_CONFIG, Type.STRING, "string", EnumValues.validator(HeaderType.class),
                    Importance.LOW, "Type of every header value: `string`, or `bytes` (the same UTF-8 bytes in Kafka, "
                            + "encoded once per file instead of by the worker for every record; needs "
                            + "`header.converter=org.apache.kafka.connect.converters.ByteArrayConverter` in the "
                            + "connector's config). See Tuning in the tail source's page.", RECORDS_GROUP, 5,
                    Width.SHORT, "Header value type")
            .define(BATCH_MAX_RECORDS_CONFIG, Type.INT, 2000, Range.between(1, 1_000_000), Importance.LOW,
                    "Most records one poll returns.", LIMITS_GROUP, 1, Width.SHORT, "Max records per poll")
            .define(BATCH_MAX_BYTES_CONFIG, Type.INT, 4 * 1_048_576, Range.between(1024, 512 * 1_048_576),
                    Importance.LOW, "Most value bytes one poll returns (a single larger event is still returned "
                            + "alone).", LIMITS_GROUP, 2, Width.SHORT, "Max bytes per poll")
            .define(READ_BUFFER_BYTES_CONFIG, Type.INT, 65536, Range.between(64, 16 * 1_048_576), Importance.LOW,
                    "Size of the task's read buffer.", LIMITS_GROUP, 3, Width.SHORT, "Read buffer bytes")
            .define(FLUME_POSITION_FILE_CONFIG, Type.STRING, "", Importance.LOW,
                    "Path of a Flume TAILDIR `taildir_position.json`. A file found by a task's first scan that "
                            + "has no stored offset and whose inode is listed there starts at Flume's position, so a "
                            + "cut-over from Flume neither re-reads nor skips. Files with stored offsets ignore it.", MIGRATION_GROUP, 1, Width.LONG,
                    "Flume position file");

    public final String topic;
    public final List<FileGroup> groups;
    public final StartPosition startPosition;
    public final Charset charset;
    public final int lineMaxBytes;
    public final long lineIdleFlushMs;
    public final Pattern multilinePattern;
    public final boolean multilineNegate;
    public final MultilineMatch multilineMatch;
    public final int multilineMaxLines;
    public final int multilineMaxBytes;
    public final long multilineFlushMs;
    public final KeyMode keyMode;
    public final ValueType valueType;
    /** The {@code host} setting; empty means this machine's name, looked up by the task. */
    public final String host;
    public final List<String> recordHeaders;
    public final HeaderType recordHeadersType;
    public final int batchMaxRecords;
    public final int batchMaxBytes;
    public final int readBufferBytes;
    public final long scanIntervalMs;
    public final long fileCloseIdleMs;
    public final int fingerprintBytes;
    public final String flumePositionFile;
    public final Spooling spooling;

    public TailSourceConfig(Map<String, String> props) {
        super(CONFIG_DEF, props);
        topic = getString(TOPIC_CONFIG);
        groups = FileGroup.parse(getList(FILES_CONFIG), getList(FILEGROUPS_CONFIG), originalsStrings(), topic);
        startPosition = StartPosition.valueOf(upper(START_POSITION_CONFIG));
        charset = Charset.forName(getString(CHARSET_CONFIG));
        lineMaxBytes = getInt(LINE_MAX_BYTES_CONFIG);
        lineIdleFlushMs = getLong(LINE_IDLE_FLUSH_MS_CONFIG);
        String pattern = getString(MULTILINE_PATTERN_CONFIG);
        multilinePattern = pattern.isEmpty() ? null : Pattern.compile(pattern);
        multilineNegate = getBoolean(MULTILINE_NEGATE_CONFIG);
        multilineMatch = MultilineMatch.valueOf(upper(MULTILINE_MATCH_CONFIG));
        multilineMaxLines = getInt(MULTILINE_MAX_LINES_CONFIG);
        multilineMaxBytes = getInt(MULTILINE_MAX_BYTES_CONFIG);
        multilineFlushMs = getLong(MULTILINE_FLUSH_MS_CONFIG);
        keyMode = KeyMode.valueOf(upper(KEY_MODE_CONFIG));
        valueType = ValueType.valueOf(upper(VALUE_TYPE_CONFIG));
        host = getString(HOST_CONFIG);
        recordHeaders = getList(RECORD_HEADERS_CONFIG);
        recordHeadersType = HeaderType.valueOf(upper(RECORD_HEADERS_TYPE_CONFIG));
        batchMaxRecords = getInt(BATCH_MAX_RECORDS_CONFIG);
        batchMaxBytes = getInt(BATCH_MAX_BYTES_CONFIG);
        readBufferBytes = getInt(READ_BUFFER_BYTES_CONFIG);
        scanIntervalMs = getLong(SCAN_INTERVAL_MS_CONFIG);
        fileCloseIdleMs = getLong(FILE_CLOSE_IDLE_MS_CONFIG);
        fingerprintBytes = getInt(FINGERPRINT_BYTES_CONFIG);
        flumePositionFile = getString(FLUME_POSITION_FILE_CONFIG);
        String ignore = getString(IGNORE_PATTERN_CONFIG);
        spooling = new Spooling(CompletedAction.valueOf(upper(COMPLETED_ACTION_CONFIG)),
                getString(COMPLETED_SUFFIX_CONFIG), ignore.isEmpty() ? null : Pattern.compile(ignore));
    }

    /**
     * Fails with the first rule a stored configuration breaks that {@code validate()} checks across keys: a task
     * checks again, as its configuration may predate the rule.
     */
    public void requireCrossKeyRules() {
        List<RecordSizeLimit.Problem> problems = RecordSizeLimit.check(this, originalsStrings());
        if (!problems.isEmpty()) {
            RecordSizeLimit.Problem first = problems.get(0);
            throw new ConfigException(first.key() + ": " + first.message());
        }
        String spoolProblem = Spooling.problem(spooling.action(), startPosition);
        if (spoolProblem != null) {
            throw new ConfigException(COMPLETED_ACTION_CONFIG + ": " + spoolProblem);
        }
    }

    /** Checks again at task start that {@code record.headers.type=bytes} has the header converter it needs. */
    public void requireHeaderConverter() {
        String problem = recordHeadersType.problem(originalsStrings());
        if (problem != null) {
            throw new ConfigException(RECORD_HEADERS_TYPE_CONFIG + ": " + problem);
        }
    }

    private String upper(String key) {
        return getString(key).toUpperCase(Locale.ROOT);
    }

    /** The keys a task needs besides the connector's: its index among {@code count} tasks. */
    static Map<String, String> taskProps(Map<String, String> connectorProps, int index, int count) {
        Map<String, String> props = new LinkedHashMap<>(connectorProps);
        props.put(TASK_INDEX_CONFIG, Integer.toString(index));
        props.put(TASK_COUNT_CONFIG, Integer.toString(count));
        return props;
    }
}
