package io.flumeconnect.transforms.aggregate;

import io.flumeconnect.common.config.EnumValues;
import io.flumeconnect.transforms.support.FieldPath;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.config.AbstractConfig;
import org.apache.kafka.common.config.ConfigDef;

/** The configuration of {@link WindowAggregate}. */
public final class WindowAggregateConfig extends AbstractConfig {
    public static final String WINDOW_SIZE_MS_CONFIG = "window.size.ms";
    public static final String GRACE_MS_CONFIG = "grace.ms";
    public static final String TIMESTAMP_FIELD_CONFIG = "timestamp.field";
    public static final String GROUP_BY_FIELDS_CONFIG = "group.by.fields";
    public static final String GROUP_BY_HEADERS_CONFIG = "group.by.headers";
    public static final String AGGREGATE_FIELDS_CONFIG = "aggregate.fields";
    public static final String LATE_RECORDS_CONFIG = "late.records";
    public static final String MAX_OPEN_WINDOWS_CONFIG = "max.open.windows";
    public static final String OUTPUT_TOPIC_CONFIG = "output.topic";
    public static final String AGGREGATE_TIMESTAMP_CONFIG = "aggregate.timestamp";
    public static final String MAX_AHEAD_MS_CONFIG = "max.event.time.ahead.ms";
    public static final String MAX_GROUP_KEY_CHARS_CONFIG = "max.group.key.chars";

    private static final String WINDOWS = "Windows";
    private static final String GROUPS = "Groups and aggregates";
    private static final String LIMITS = "Late records and limits";

    /** What happens to a record whose window has already been closed. */
    public enum LateRecords { PASS, DROP }

    /** The timestamp of an aggregate record: its window's start, or the time it was emitted. */
    public enum AggregateTimestamp { WINDOW_START, EMIT }

    public static final ConfigDef CONFIG_DEF = new ConfigDef()
            .define(WINDOW_SIZE_MS_CONFIG, ConfigDef.Type.LONG, 60_000L, ConfigDef.Range.atLeast(1),
                    ConfigDef.Importance.HIGH,
                    "The length of each tumbling window in milliseconds of event time; windows start at "
                            + "multiples of it since the epoch (UTC).",
                    WINDOWS, 1, ConfigDef.Width.SHORT, "Window size (ms)")
            .define(GRACE_MS_CONFIG, ConfigDef.Type.LONG, 5_000L, ConfigDef.Range.atLeast(0),
                    ConfigDef.Importance.MEDIUM,
                    "How far event time may go backwards: a window closes once a record at least this much "
                            + "past the window's end has been seen. Records of a closed window are late.",
                    WINDOWS, 2, ConfigDef.Width.SHORT, "Grace (ms)")
            .define(TIMESTAMP_FIELD_CONFIG, ConfigDef.Type.STRING, "", ConfigDef.Importance.MEDIUM,
                    "The value field (dotted path) that holds the event time: epoch milliseconds, a Connect "
                            + "Timestamp, or ISO-8601 text. Empty uses the record's timestamp, which for a source "
                            + "is the time the record was read: for a time in another format, such as the "
                            + "10/Oct/2000:13:55:36 -0700 of access logs, set the record timestamp with "
                            + "TimestampHeader (format, set.record.timestamp=true) before this transform.",
                    WINDOWS, 3, ConfigDef.Width.MEDIUM, "Timestamp field")
            .define(GROUP_BY_FIELDS_CONFIG, ConfigDef.Type.LIST, List.of(), ConfigDef.Importance.HIGH,
                    "Value fields (dotted paths) whose values form the group key; each becomes a string field of "
                            + "the aggregate's key and value (dots in the path become underscores).",
                    GROUPS, 1, ConfigDef.Width.LONG, "Group by fields")
            .define(GROUP_BY_HEADERS_CONFIG, ConfigDef.Type.LIST, List.of(), ConfigDef.Importance.HIGH,
                    "Headers whose values also form the group key, e.g. host; each becomes a string field of "
                            + "the aggregate's key and value.",
                    GROUPS, 2, ConfigDef.Width.LONG, "Group by headers")
            .define(AGGREGATE_FIELDS_CONFIG, ConfigDef.Type.LIST, List.of(), ConfigDef.Importance.HIGH,
                    "Numeric value fields (dotted paths) to aggregate: each gives FIELD_sum, FIELD_min, "
                            + "FIELD_max and FIELD_avg (dots in the path become underscores). The record count "
                            + "is always computed. A value that is not a number fails the record.",
                    GROUPS, 3, ConfigDef.Width.LONG, "Aggregate fields")
            .define(LATE_RECORDS_CONFIG, ConfigDef.Type.STRING, "pass",
                    EnumValues.validator(LateRecords.class), ConfigDef.Importance.MEDIUM,
                    "A late record (its window already closed): 'pass' it on unchanged, or 'drop' it; either way "
                            + "it is counted in late-records and not aggregated. Records refused by "
                            + MAX_AHEAD_MS_CONFIG + " or " + MAX_GROUP_KEY_CHARS_CONFIG + " are passed on or dropped "
                            + "the same way.",
                    LIMITS, 1, ConfigDef.Width.SHORT, "Late records")
            .define(MAX_OPEN_WINDOWS_CONFIG, ConfigDef.Type.INT, 10_000, ConfigDef.Range.atLeast(1),
                    ConfigDef.Importance.MEDIUM,
                    "The most (group, window) pairs held in memory, open or closed and waiting to be emitted. When "
                            + "a record needs one more open window, the open window that ends first is closed early and emitted with partial=true (counted in "
                            + "windows-evicted); a later record of that group and window starts a new partial "
                            + "aggregate.",
                    LIMITS, 2, ConfigDef.Width.SHORT, "Max open windows")
            .define(OUTPUT_TOPIC_CONFIG, ConfigDef.Type.STRING, "", ConfigDef.Importance.MEDIUM,
                    "The topic of aggregate records; empty keeps the topic of the record they are emitted in "
                            + "place of.",
                    LIMITS, 3, ConfigDef.Width.MEDIUM, "Output topic")
            .define(AGGREGATE_TIMESTAMP_CONFIG, ConfigDef.Type.STRING, "window_start",
                    EnumValues.validator(AggregateTimestamp.class), ConfigDef.Importance.MEDIUM,
                    "The timestamp of aggregate records: 'window_start' (the start of the window, in event time) "
                            + "or 'emit' (the worker's clock when the aggregate is emitted). When backfilling old "
                            + "logs, window_start timestamps are older than the topic's retention.ms, so the broker "
                            + "deletes the aggregates right after they are written: use 'emit' then.",
                    LIMITS, 4, ConfigDef.Width.SHORT, "Aggregate timestamp")
            .define(MAX_AHEAD_MS_CONFIG, ConfigDef.Type.LONG, 3_600_000L, ConfigDef.Range.atLeast(0),
                    ConfigDef.Importance.MEDIUM,
                    "How far a record's event time may be ahead of the worker's clock, in milliseconds. A record "
                            + "further ahead (a wrong clock, a mistyped year) is not aggregated and does not move the "
                            + "watermark, which would otherwise close every window and make every later record late "
                            + "until a restart: it is passed on or dropped as late.records says, and counted in "
                            + "future-records.",
                    LIMITS, 5, ConfigDef.Width.SHORT, "Max event time ahead (ms)")
            .define(MAX_GROUP_KEY_CHARS_CONFIG, ConfigDef.Type.INT, 1_024, ConfigDef.Range.atLeast(1),
                    ConfigDef.Importance.LOW,
                    "The longest group key, in characters over all group values, so that max.open.windows bounds "
                            + "memory. A record with a longer key is not aggregated: it is passed on or dropped as "
                            + "late.records says, and counted in oversized-group-keys.",
                    LIMITS, 6, ConfigDef.Width.SHORT, "Max group key characters");

    public final long windowSizeMs;
    public final long graceMs;
    /** {@code null} to use the record timestamp. */
    public final FieldPath timestampField;
    public final List<String> groupByFields;
    public final List<String> groupByHeaders;
    public final List<String> aggregateFields;
    public final LateRecords lateRecords;
    public final int maxOpenWindows;
    public final String outputTopic;
    public final AggregateTimestamp aggregateTimestamp;
    public final long maxAheadMs;
    public final int maxGroupKeyChars;

    public WindowAggregateConfig(Map<?, ?> props) {
        super(CONFIG_DEF, props);
        windowSizeMs = getLong(WINDOW_SIZE_MS_CONFIG);
        graceMs = getLong(GRACE_MS_CONFIG);
        String timestamp = getString(TIMESTAMP_FIELD_CONFIG);
        timestampField = timestamp.isEmpty() ? null : FieldPaths.parse(TIMESTAMP_FIELD_CONFIG, timestamp);
        groupByFields = getList(GROUP_BY_FIELDS_CONFIG);
        groupByFields.forEach(field -> FieldPaths.parse(GROUP_BY_FIELDS_CONFIG, field));
        groupByHeaders = getList(GROUP_BY_HEADERS_CONFIG);
        aggregateFields = getList(AGGREGATE_FIELDS_CONFIG);
        aggregateFields.forEach(field -> FieldPaths.parse(AGGREGATE_FIELDS_CONFIG, field));
        lateRecords = EnumValues.parse(LateRecords.class, getString(LATE_RECORDS_CONFIG));
        maxOpenWindows = getInt(MAX_OPEN_WINDOWS_CONFIG);
        outputTopic = getString(OUTPUT_TOPIC_CONFIG);
        aggregateTimestamp = EnumValues.parse(AggregateTimestamp.class, getString(AGGREGATE_TIMESTAMP_CONFIG));
        maxAheadMs = getLong(MAX_AHEAD_MS_CONFIG);
        maxGroupKeyChars = getInt(MAX_GROUP_KEY_CHARS_CONFIG);
        OutputSchema.checkNames(this);
    }
}
