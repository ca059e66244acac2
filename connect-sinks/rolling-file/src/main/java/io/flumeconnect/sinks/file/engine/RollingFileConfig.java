package io.flumeconnect.sinks.file.engine;

import io.flumeconnect.common.config.EnumValues;
import io.flumeconnect.common.config.ZoneIdValidator;
import io.flumeconnect.sinks.file.template.EventTime;
import io.flumeconnect.sinks.file.template.TimeRounding;
import io.flumeconnect.sinks.file.format.JsonEncoder;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Type;
import org.apache.kafka.common.config.ConfigDef.Width;

/**
 * The settings of the rolling-file engine, shared by the file and HDFS sinks: paths, format, rolling,
 * event time and storage retries. Each sink adds its own keys for where the files go.
 */
public final class RollingFileConfig {
    public static final String PATH_TEMPLATE = "path.template";
    public static final String FILE_PREFIX = "file.prefix";
    public static final String FILE_SUFFIX = "file.suffix";
    public static final String FORMAT = "format";
    public static final String TEXT_SEPARATOR = "text.separator";
    public static final String JSON_INCLUDE = "json.include";
    public static final String COMPRESSION = "compression";
    public static final String ROLL_SIZE = "roll.size.bytes";
    public static final String ROLL_RECORDS = "roll.records";
    public static final String ROLL_INTERVAL = "roll.interval.ms";
    public static final String ROLL_IDLE = "roll.idle.ms";
    public static final String FILES_OPEN_MAX = "files.open.max";
    public static final String TIME_SOURCE = "time.source";
    public static final String TIME_HEADER = "time.header";
    public static final String TIME_FIELD = "time.field";
    public static final String TIME_ZONE = "time.zone";
    public static final String ROUND = "path.round";
    public static final String ROUND_VALUE = "path.round.value";
    public static final String ROUND_UNIT = "path.round.unit";
    public static final String RETRIES = "storage.retries";
    public static final String RETRY_BACKOFF = "storage.retry.backoff.ms";
    public static final String RETRY_BACKOFF_MAX = "storage.retry.backoff.max.ms";

    public static final String GROUP_PATHS = "Paths";
    public static final String GROUP_FORMAT = "Format";
    public static final String GROUP_ROLLING = "Rolling";
    public static final String GROUP_TIME = "Event time";
    public static final String GROUP_ERRORS = "Errors";

    private RollingFileConfig() {
    }

    /** Adds the engine's keys to {@code def}; the sink's own keys come first in the Paths group. */
    public static ConfigDef define(ConfigDef def) {
        int order = 10;
        def.define(PATH_TEMPLATE, Type.STRING, "", TemplateValidator.directories(), Importance.HIGH,
                        "Directory of each file below the sink's root, with Flume's escapes: time %Y %m %d %H %M %S %s ..., "
                                + "%{header}, %[topic], %[partition], %[field:name], %[localhost]. Values taken from records, and "
                                + "rendered times, never leave the root, hide a file or share a name: '/', '\\', ':', '%' and "
                                + "control characters in them, and a leading '.' or '_', become %XX (so %D gives 03%2F05%2F24; "
                                + "use %m/%d/%y for directories); a value over 100 bytes is cut and ends with ~ and its CRC-32. "
                                + "A record whose names exceed the storage's limits (255 bytes a name) goes to the dead-letter "
                                + "queue. Empty: files go directly into the root.",
                        GROUP_PATHS, ++order, Width.LONG, "Path template")
                .define(FILE_PREFIX, Type.STRING, "", TemplateValidator.fileName(), Importance.MEDIUM,
                        "File name prefix with the same escapes (Flume's filePrefix). A committed file is named "
                                + "[prefix+]topic+partition+firstOffset+lastOffset[suffix].",
                        GROUP_PATHS, ++order, Width.MEDIUM, "File prefix")
                .define(FILE_SUFFIX, Type.STRING, "", new SuffixValidator(), Importance.LOW,
                        "File name suffix (Flume's fileSuffix). Empty: the format's extension and the compression's, "
                                + "e.g. .txt.gz, .jsonl, .avro.",
                        GROUP_PATHS, ++order, Width.SHORT, "File suffix");
        order = 0;
        def.define(FORMAT, Type.STRING, "text", ConfigDef.CaseInsensitiveValidString.in(FileFormats.NAMES), Importance.HIGH,
                        "How records are written: 'text' one value per line (strings, bytes, numbers), 'json' one JSON "
                                + "document per line, 'avro' Avro container files with the schema taken from the records, "
                                + "'avro_event' Flume's avro_event files (Avro records of headers and body), 'sequencefile' "
                                + "Flume's SequenceFiles (a LongWritable timestamp key and the body; HDFS sink only).",
                        GROUP_FORMAT, ++order, Width.SHORT, "Format")
                .define(TEXT_SEPARATOR, Type.STRING, "\\n", Importance.LOW,
                        "What follows each record in text and JSON lines; \\n, \\r, \\t, \\0 and \\\\ are unescaped.",
                        GROUP_FORMAT, ++order, Width.SHORT, "Line separator")
                .define(JSON_INCLUDE, Type.LIST, "", ConfigDef.ValidList.in(EnumValues.of(JsonEncoder.Extra.class)),
                        Importance.LOW,
                        "For format=json: record metadata to write next to the value. Empty: each line is the value alone; "
                                + "otherwise an object with 'value' and the listed fields.",
                        GROUP_FORMAT, ++order, Width.MEDIUM, "JSON metadata")
                .define(COMPRESSION, Type.STRING, "none",
                        ConfigDef.CaseInsensitiveValidString.in(FileFormats.COMPRESSIONS), Importance.MEDIUM,
                        "Compression of text and JSON files (Flume's codeC): none, gzip (.gz), snappy (framed, .sz; on "
                                + "HDFS Hadoop's SnappyCodec, .snappy), zstd (.zst), on the local disk only lz4_frame (the "
                                + "LZ4 frame format that lz4 -d reads, .lz4), and on HDFS only Hadoop's bzip2 (.bz2) and "
                                + "lz4 (Hadoop's Lz4Codec blocks, .lz4, which the lz4 tool cannot read). For Avro files it "
                                + "selects the Avro codec (deflate for gzip, snappy, zstandard); for SequenceFiles Hadoop's "
                                + "codec inside the file.",
                        GROUP_FORMAT, ++order, Width.SHORT, "Compression");
        order = 0;
        def.define(ROLL_SIZE, Type.LONG, 128L * 1024 * 1024, ConfigDef.Range.atLeast(0), Importance.MEDIUM,
                        "Commit a file when it holds this many bytes (compressed, as stored); 0: no size limit. Flume's rollSize.",
                        GROUP_ROLLING, ++order, Width.SHORT, "Roll size")
                .define(ROLL_RECORDS, Type.LONG, 0L, ConfigDef.Range.atLeast(0), Importance.MEDIUM,
                        "Commit a file when it holds this many records; 0: no count limit. Flume's rollCount.",
                        GROUP_ROLLING, ++order, Width.SHORT, "Roll records")
                .define(ROLL_INTERVAL, Type.LONG, 600_000L, ConfigDef.Range.atLeast(0), Importance.MEDIUM,
                        "Commit a file this long after it was opened; 0: never by age. Flume's rollInterval (in seconds "
                                + "there). Checked on every put and offset commit (offset.flush.interval.ms).",
                        GROUP_ROLLING, ++order, Width.SHORT, "Roll interval")
                .define(ROLL_IDLE, Type.LONG, 60_000L, ConfigDef.Range.atLeast(0), Importance.MEDIUM,
                        "Commit a file when nothing was written to it for this long; 0: never. Flume's idleTimeout.",
                        GROUP_ROLLING, ++order, Width.SHORT, "Idle timeout")
                .define(FILES_OPEN_MAX, Type.INT, 64, ConfigDef.Range.atLeast(1), Importance.LOW,
                        "Most files one partition keeps open (one per rendered directory and prefix). When a record needs "
                                + "one more, the partition's open files are committed first.",
                        GROUP_ROLLING, ++order, Width.SHORT, "Open files per partition");
        order = 0;
        def.define(TIME_SOURCE, Type.STRING, "record", ConfigDef.CaseInsensitiveValidString.in("record", "header", "field", "wallclock"),
                        Importance.MEDIUM,
                        "Where the time for the path escapes comes from: the Kafka record timestamp, a header (Flume's "
                                + "'timestamp' header), a field of the value, or the wall clock (Flume's useLocalTimeStamp). "
                                + "A record without a usable time goes to the dead-letter queue.",
                        GROUP_TIME, ++order, Width.SHORT, "Time source")
                .define(TIME_HEADER, Type.STRING, "timestamp", new ConfigDef.NonEmptyString(), Importance.LOW,
                        "The header holding epoch milliseconds when time.source=header.", GROUP_TIME, ++order, Width.SHORT, "Time header")
                .define(TIME_FIELD, Type.STRING, "", Importance.LOW,
                        "The value field (dotted path) holding epoch milliseconds when time.source=field.",
                        GROUP_TIME, ++order, Width.SHORT, "Time field")
                .define(TIME_ZONE, Type.STRING, "UTC", new ZoneIdValidator(), Importance.MEDIUM,
                        "Time zone of the time escapes and of rounding (Flume's timeZone; Flume defaults to the JVM's).",
                        GROUP_TIME, ++order, Width.SHORT, "Time zone")
                .define(ROUND, Type.BOOLEAN, false, Importance.LOW,
                        "Round the time down before rendering (Flume's round).", GROUP_TIME, ++order, Width.SHORT, "Round")
                .define(ROUND_VALUE, Type.INT, 1, ConfigDef.Range.between(1, 60), Importance.LOW,
                        "Round down to a multiple of this many units (Flume's roundValue).", GROUP_TIME, ++order, Width.SHORT, "Round value")
                .define(ROUND_UNIT, Type.STRING, "second",
                        EnumValues.validator(TimeRounding.Unit.class), Importance.LOW,
                        "The unit of rounding (Flume's roundUnit).", GROUP_TIME, ++order, Width.SHORT, "Round unit");
        order = 0;
        def.define(RETRIES, Type.INT, 10, ConfigDef.Range.atLeast(0), Importance.MEDIUM,
                        "How many storage errors (create, write, sync, rename) one partition may have without committing a "
                                + "file before the task fails. On each error the open files are given up and their records read "
                                + "again from Kafka. A path that can never be written is the record's fault and goes to the "
                                + "dead-letter queue instead.",
                        GROUP_ERRORS, ++order, Width.SHORT, "Storage retries")
                .define(RETRY_BACKOFF, Type.LONG, 1_000L, ConfigDef.Range.atLeast(0), Importance.LOW,
                        "Wait before the first retry; doubled on each further error.", GROUP_ERRORS, ++order, Width.SHORT, "Retry backoff")
                .define(RETRY_BACKOFF_MAX, Type.LONG, 60_000L, ConfigDef.Range.atLeast(0), Importance.LOW,
                        "Longest wait between retries.", GROUP_ERRORS, ++order, Width.SHORT, "Longest retry backoff");
        return def;
    }
}
