package io.flumeconnect.transforms.interceptor;

import io.flumeconnect.common.FlumeHeaders;
import io.flumeconnect.transforms.support.DateTimeFormatValidator;
import io.flumeconnect.transforms.support.Location;
import io.flumeconnect.transforms.support.LocationValidator;
import io.flumeconnect.common.config.ZoneIdValidator;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import org.apache.kafka.common.config.AbstractConfig;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigException;

/** The configuration of {@link TimestampHeader}. */
public final class TimestampHeaderConfig extends AbstractConfig {
    public static final String HEADER_CONFIG = HeaderKeys.HEADER_CONFIG;
    public static final String PRESERVE_EXISTING_CONFIG = HeaderKeys.PRESERVE_EXISTING_CONFIG;
    public static final String SOURCE_CONFIG = "source";
    public static final String FORMAT_CONFIG = "format";
    public static final String TIMEZONE_CONFIG = "timezone";
    public static final String ON_INVALID_CONFIG = "on.invalid";
    public static final String RECORD_TIMESTAMP_CONFIG = "set.record.timestamp";

    public static final String NOW = "now";
    public static final String RECORD = "record";

    /** What happens to a record whose time is missing or cannot be parsed. */
    public enum OnInvalid { FAIL, NOW, SKIP }

    private static final String GROUP = "Timestamp";

    public static final ConfigDef CONFIG_DEF = HeaderKeys.define(new ConfigDef(), GROUP, FlumeHeaders.TIMESTAMP, false)
            .define(SOURCE_CONFIG, ConfigDef.Type.STRING, NOW, new TimeSourceValidator(), ConfigDef.Importance.HIGH,
                    "Where the time comes from: `now` (the worker's clock, as Flume), `record` (the record's "
                            + "timestamp, or now when it has none), or a field or header holding the time.",
                    GROUP, 3, ConfigDef.Width.MEDIUM, "Source")
            .define(FORMAT_CONFIG, ConfigDef.Type.STRING, "", new DateTimeFormatValidator(), ConfigDef.Importance.MEDIUM,
                    "How a text time at `source` is written. Empty: epoch milliseconds or ISO-8601 "
                            + "(2024-05-01T12:00:00Z). A number or a Connect Timestamp/Date is always understood.",
                    GROUP, 4, ConfigDef.Width.MEDIUM, "Format")
            .define(TIMEZONE_CONFIG, ConfigDef.Type.STRING, "UTC", new ZoneIdValidator(), ConfigDef.Importance.LOW,
                    "Time zone of a parsed time that names none.", GROUP, 5, ConfigDef.Width.SHORT, "Time zone")
            .define(ON_INVALID_CONFIG, ConfigDef.Type.STRING, "fail",
                    ConfigDef.CaseInsensitiveValidString.in("fail", "now", "skip"), ConfigDef.Importance.MEDIUM,
                    "When the time at `source` is missing or unparseable: `fail` the record (Connect's "
                            + "errors.tolerance decides), use `now`, or `skip` (pass the record on without the "
                            + "header). Counted in the metric invalid-timestamps.",
                    GROUP, 6, ConfigDef.Width.SHORT, "On invalid time")
            .define(RECORD_TIMESTAMP_CONFIG, ConfigDef.Type.BOOLEAN, false, ConfigDef.Importance.LOW,
                    "Also set the record's own timestamp, so that Kafka's TimestampRouter and time-based sinks use it.",
                    GROUP, 7, ConfigDef.Width.SHORT, "Set record timestamp");

    public final String header;
    public final boolean preserveExisting;
    /** {@code null} for {@code now} and {@code record}. */
    public final Location source;
    public final boolean fromRecord;
    public final String formatPattern;
    /** {@code null} when the format is empty (epoch milliseconds or ISO-8601). */
    public final DateTimeFormatter format;
    public final ZoneId zone;
    public final OnInvalid onInvalid;
    public final boolean setRecordTimestamp;

    public TimestampHeaderConfig(Map<?, ?> props) {
        super(CONFIG_DEF, props);
        header = getString(HEADER_CONFIG);
        preserveExisting = getBoolean(PRESERVE_EXISTING_CONFIG);
        String sourceText = getString(SOURCE_CONFIG);
        fromRecord = sourceText.equals(RECORD);
        source = sourceText.equals(NOW) || fromRecord ? null : LocationValidator.parse(SOURCE_CONFIG, sourceText);
        formatPattern = getString(FORMAT_CONFIG);
        zone = ZoneIdValidator.parse(TIMEZONE_CONFIG, getString(TIMEZONE_CONFIG));
        format = formatPattern.isEmpty() ? null
                : DateTimeFormatValidator.compile(FORMAT_CONFIG, formatPattern).withZone(zone);
        onInvalid = OnInvalid.valueOf(getString(ON_INVALID_CONFIG).toUpperCase(Locale.ROOT));
        setRecordTimestamp = getBoolean(RECORD_TIMESTAMP_CONFIG);
    }

    /** {@code now}, {@code record}, or a {@link Location}. */
    static final class TimeSourceValidator implements ConfigDef.Validator {
        @Override
        public void ensureValid(String name, Object value) {
            if (value != null && !value.equals(NOW) && !value.equals(RECORD)) {
                try {
                    Location.parse(value.toString());
                } catch (IllegalArgumentException e) {
                    throw new ConfigException(name, value, "not now, record, nor " + e.getMessage());
                }
            }
        }

        @Override
        public String toString() {
            return "now, record, " + Location.SYNTAX;
        }
    }
}
