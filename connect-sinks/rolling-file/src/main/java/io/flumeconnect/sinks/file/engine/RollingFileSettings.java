package io.flumeconnect.sinks.file.engine;

import static io.flumeconnect.sinks.file.engine.RollingFileConfig.*;

import io.flumeconnect.sinks.file.format.Compression;
import io.flumeconnect.sinks.file.format.FileFormat;
import io.flumeconnect.sinks.file.template.EventTime;
import io.flumeconnect.sinks.file.template.PathTemplate;
import io.flumeconnect.sinks.file.template.TimeRounding;
import java.time.Clock;
import java.time.ZoneId;
import org.apache.kafka.common.config.AbstractConfig;

/** The engine's settings, typed, read from a sink's config (see {@link RollingFileConfig}). */
public final class RollingFileSettings {
    public final PathTemplate directory;
    public final PathTemplate prefix;
    public final String suffix;
    public final FileFormat format;
    public final Compression compression;
    public final RollPolicy rollPolicy;
    public final int maxOpenFiles;
    public final EventTime eventTime;
    public final int retries;
    public final long retryBackoffMs;
    public final long retryBackoffMaxMs;

    public RollingFileSettings(AbstractConfig config, Clock clock) {
        this(config, clock, FileFormats::of);
    }

    /** {@code formats} builds the format from the format keys (the HDFS sink's adds Hadoop's). */
    public RollingFileSettings(AbstractConfig config, Clock clock, FormatFactory formats) {
        ZoneId zone = ZoneId.of(config.getString(TIME_ZONE));
        TimeRounding rounding = config.getBoolean(ROUND)
                ? TimeRounding.down(config.getInt(ROUND_VALUE), TimeRounding.Unit.of(config.getString(ROUND_UNIT)))
                : TimeRounding.NONE;
        this.directory = PathTemplate.parse(config.getString(PATH_TEMPLATE), zone, rounding);
        this.prefix = PathTemplate.parse(config.getString(FILE_PREFIX), zone, rounding);
        this.suffix = config.getString(FILE_SUFFIX);
        this.format = formats.of(config);
        this.compression = format.compressesItself() ? Compression.NONE : Compression.of(config.getString(COMPRESSION));
        this.rollPolicy = new RollPolicy(config.getLong(ROLL_SIZE), config.getLong(ROLL_RECORDS),
                config.getLong(ROLL_INTERVAL), config.getLong(ROLL_IDLE));
        this.maxOpenFiles = config.getInt(FILES_OPEN_MAX);
        EventTime.Source source = EventTime.source(config.getString(TIME_SOURCE));
        String timeName = source == EventTime.Source.FIELD ? config.getString(TIME_FIELD) : config.getString(TIME_HEADER);
        this.eventTime = new EventTime(source, timeName, clock);
        this.retries = config.getInt(RETRIES);
        this.retryBackoffMs = config.getLong(RETRY_BACKOFF);
        this.retryBackoffMaxMs = config.getLong(RETRY_BACKOFF_MAX);
    }
}
