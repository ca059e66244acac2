package io.flumeconnect.smoke;

import java.util.Map;
import org.apache.kafka.common.config.AbstractConfig;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Range;
import org.apache.kafka.common.config.ConfigDef.Type;
import org.apache.kafka.common.config.ConfigDef.Width;

/** The counting sink's settings (besides the worker's own {@code topics}). */
public final class CountingSinkConfig extends AbstractConfig {
    public static final String COMMIT_EVERY_RECORDS_CONFIG = "commit.every.records";

    private static final String GROUP = "Counting";

    public static final ConfigDef CONFIG_DEF = new ConfigDef()
            .define(COMMIT_EVERY_RECORDS_CONFIG, Type.LONG, 0L, Range.atLeast(0), Importance.LOW,
                    "0: offsets are committed when the worker's offset.flush.interval.ms says. More: the task also "
                    + "asks the worker to commit each time this many more records have been counted, so a "
                    + "benchmark reading the consumer group's offsets sees progress as soon as it happens.",
                    GROUP, 1, Width.SHORT, "Commit every records");

    public final long commitEveryRecords;

    public CountingSinkConfig(Map<String, String> props) {
        super(CONFIG_DEF, props);
        commitEveryRecords = getLong(COMMIT_EVERY_RECORDS_CONFIG);
    }
}
