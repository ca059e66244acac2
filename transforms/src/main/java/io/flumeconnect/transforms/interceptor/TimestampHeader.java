package io.flumeconnect.transforms.interceptor;

import io.flumeconnect.common.metrics.Counter;
import io.flumeconnect.transforms.support.CountedTransformation;
import io.flumeconnect.transforms.support.RecordHeaders;
import java.time.DateTimeException;
import java.util.Map;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.connect.connector.ConnectRecord;
import org.apache.kafka.connect.data.Schema;

/** Flume's {@code timestamp} interceptor, which can also take the time from a field or header of the record. */
public final class TimestampHeader<R extends ConnectRecord<R>> extends CountedTransformation<R> {
    public static final String OVERVIEW_DOC = "Sets the header `header` (default `timestamp`, Flume's name, which the "
            + "HDFS and file sinks' path escapes read) to a time in epoch milliseconds (an INT64 header): the "
            + "current time (`source=now`, Flume's `timestamp` interceptor), the record's timestamp, or a time "
            + "parsed from a field or header with `format`. With `set.record.timestamp=true` the record's timestamp "
            + "is set too. Tombstones pass through.";

    private TimestampHeaderConfig config;
    private TimeParser parser;
    private Counter invalid;

    @Override
    public void configure(Map<String, ?> props) {
        TimestampHeaderConfig parsed = new TimestampHeaderConfig(props);
        super.configure(props);
        config = parsed;
        parser = new TimeParser(parsed.format, parsed.zone);
        invalid = counters().counter("invalid-timestamps", "Records whose time was missing or unparseable");
    }

    @Override
    protected R transform(R record) {
        if (config.preserveExisting && record.headers().lastWithName(config.header) != null) {
            return record;
        }
        Long millis = config.source == null ? clockTime(record) : parsedTime(record);
        if (millis == null) {
            return record;
        }
        R stamped = RecordHeaders.put(record, config.header, Schema.INT64_SCHEMA, millis, false);
        return config.setRecordTimestamp ? stamped.newRecord(stamped.topic(), stamped.kafkaPartition(),
                stamped.keySchema(), stamped.key(), stamped.valueSchema(), stamped.value(), millis, stamped.headers())
                : stamped;
    }

    private Long clockTime(R record) {
        return config.fromRecord && record.timestamp() != null ? record.timestamp() : System.currentTimeMillis();
    }

    private Long parsedTime(R record) {
        Object raw = config.source.readObject(record, requirements());
        try {
            return parser.millis(raw);
        } catch (DateTimeException e) {
            invalid.increment();
            return switch (config.onInvalid) {
                case NOW -> System.currentTimeMillis();
                case SKIP -> null;
                case FAIL -> throw requirements().fail(record, "no time at " + TimestampHeaderConfig.SOURCE_CONFIG + "="
                        + config.source + " with " + TimestampHeaderConfig.FORMAT_CONFIG + "='"
                        + config.formatPattern + "'", e);
            };
        }
    }

    @Override
    public ConfigDef config() {
        return TimestampHeaderConfig.CONFIG_DEF;
    }
}
