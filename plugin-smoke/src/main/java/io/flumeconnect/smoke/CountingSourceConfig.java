package io.flumeconnect.smoke;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.kafka.common.config.AbstractConfig;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Range;
import org.apache.kafka.common.config.ConfigDef.Type;
import org.apache.kafka.common.config.ConfigDef.Width;
import org.apache.kafka.common.config.ConfigException;

/** The counting source's settings. */
public final class CountingSourceConfig extends AbstractConfig {
    public static final String TOPIC_CONFIG = "topic";
    public static final String RECORDS_CONFIG = "records";
    public static final String BATCH_SIZE_CONFIG = "batch.size";
    public static final String POLL_INTERVAL_MS_CONFIG = "poll.interval.ms";
    public static final String VALUE_BYTES_CONFIG = "value.bytes";
    public static final String VALUE_TYPE_CONFIG = "value.type";
    public static final String HEADERS_CONFIG = "headers";
    public static final String SOURCE_OFFSETS_CONFIG = "source.offsets";

    /** What a record's value is when {@code value.bytes} is set. */
    public enum ValueType { BYTES, STRING, SYSLOG_STRUCT }

    private static final String GROUP = "Counting";

    public static final ConfigDef CONFIG_DEF = new ConfigDef()
            .define(TOPIC_CONFIG, Type.STRING, ConfigDef.NO_DEFAULT_VALUE, new ConfigDef.NonEmptyString(),
                    Importance.HIGH, "Topic the records go to.", GROUP, 1, Width.MEDIUM, "Topic")
            .define(RECORDS_CONFIG, Type.LONG, 1000L, Range.atLeast(0), Importance.HIGH,
                    "How many records to produce in all; values are record-0 .. record-(N-1).",
                    GROUP, 2, Width.SHORT, "Records")
            .define(BATCH_SIZE_CONFIG, Type.INT, 100, Range.atLeast(1), Importance.LOW,
                    "Records returned by one poll().", GROUP, 3, Width.SHORT, "Batch size")
            .define(POLL_INTERVAL_MS_CONFIG, Type.LONG, 10L, Range.atLeast(0), Importance.LOW,
                    "Pause after each batch, so a test can act while records are still flowing.",
                    GROUP, 4, Width.SHORT, "Poll interval (ms)")
            .define(VALUE_BYTES_CONFIG, Type.INT, 0, Range.between(0, 1_048_576), Importance.LOW,
                    "0: string values record-N. More: byte-array values of exactly this size, N in decimal then "
                    + "printable padding, a fresh array per record as a source that reads them would make. The "
                    + "tail benchmark uses this as the ceiling of a source connector on the same worker.",
                    GROUP, 5, Width.SHORT, "Value bytes")
            .define(VALUE_TYPE_CONFIG, Type.STRING, "bytes",
                    ConfigDef.CaseInsensitiveValidString.in("bytes", "string", "syslog_struct"), Importance.LOW,
                    "With value.bytes set: `bytes` (a byte array), `string` (a String of as many ASCII characters) or "
                    + "`syslog_struct` (a Struct of the syslog source's shape, see SyslogShapedValue, whose message "
                    + "field is value.bytes long). The syslog benchmark's ceiling uses the latter two.",
                    GROUP, 6, Width.SHORT, "Value type")
            .define(HEADERS_CONFIG, Type.LIST, "", CountingSourceConfig::checkHeaders, Importance.LOW,
                    "Headers of every record, `name=value` (string values), comma-separated.",
                    GROUP, 7, Width.LONG, "Headers")
            .define(SOURCE_OFFSETS_CONFIG, Type.BOOLEAN, true, Importance.LOW,
                    "false: records carry no source partition or offset, as a listener source's do, and a restart "
                    + "starts the count again.", GROUP, 8, Width.SHORT, "Source offsets");

    public final String topic;
    public final long records;
    public final int batchSize;
    public final long pollIntervalMs;
    public final int valueBytes;
    public final ValueType valueType;
    public final Map<String, String> headers;
    public final boolean sourceOffsets;

    public CountingSourceConfig(Map<String, String> props) {
        super(CONFIG_DEF, props);
        topic = getString(TOPIC_CONFIG);
        records = getLong(RECORDS_CONFIG);
        batchSize = getInt(BATCH_SIZE_CONFIG);
        pollIntervalMs = getLong(POLL_INTERVAL_MS_CONFIG);
        valueBytes = getInt(VALUE_BYTES_CONFIG);
        valueType = ValueType.valueOf(getString(VALUE_TYPE_CONFIG).toUpperCase(Locale.ROOT));
        headers = headers(getList(HEADERS_CONFIG));
        sourceOffsets = getBoolean(SOURCE_OFFSETS_CONFIG);
    }

    private static void checkHeaders(String name, Object value) {
        for (Object pair : (List<?>) value) {
            if (pair.toString().indexOf('=') < 1) {
                throw new ConfigException(name, value, "each header is name=value");
            }
        }
    }

    private static Map<String, String> headers(List<String> pairs) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (String pair : pairs) {
            int equals = pair.indexOf('=');
            headers.put(pair.substring(0, equals).trim(), pair.substring(equals + 1).trim());
        }
        return headers;
    }
}
