package io.flumeconnect.sinks.hdfs.format;

import static io.flumeconnect.sinks.file.engine.RollingFileConfig.COMPRESSION;
import static io.flumeconnect.sinks.file.engine.RollingFileConfig.FORMAT;

import io.flumeconnect.common.config.ConfigValidation;
import io.flumeconnect.sinks.file.engine.FileFormats;
import io.flumeconnect.sinks.file.engine.FormatFactory;
import io.flumeconnect.sinks.file.format.FileFormat;
import io.flumeconnect.sinks.hdfs.HdfsSinkConfig;
import java.util.Locale;
import java.util.Set;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.io.SequenceFile.CompressionType;
import org.apache.kafka.common.config.AbstractConfig;
import org.apache.kafka.common.config.Config;

/**
 * The HDFS sink's formats: the engine's, plus SequenceFiles and text or JSON lines compressed by Hadoop's
 * snappy, bzip2 and lz4 codecs (gzip and zstd stay the engine's, whose bytes Hadoop's codecs read).
 */
public final class HadoopFormats implements FormatFactory {
    private static final String SEQUENCEFILE = "sequencefile";
    /** Text and JSON codecs that are Hadoop's; gzip and zstd stay the engine's, standard formats Hadoop's codecs read. */
    private static final Set<String> LINE_CODECS = Set.of("snappy", "bzip2", "lz4");

    private final Configuration conf;

    /** {@code conf} configures the codecs (the sink's Hadoop configuration). */
    public HadoopFormats(Configuration conf) {
        this.conf = conf;
    }

    @Override
    public FileFormat of(AbstractConfig config) {
        String format = config.getString(FORMAT).toLowerCase(Locale.ROOT);
        String compression = config.getString(COMPRESSION).toLowerCase(Locale.ROOT);
        if (format.equals(SEQUENCEFILE)) {
            return new SequenceFileFormat(SequenceFileFormat.Value.of(config.getString(HdfsSinkConfig.SEQUENCEFILE_VALUE)),
                    CompressionType.valueOf(config.getString(HdfsSinkConfig.SEQUENCEFILE_COMPRESSION_TYPE).toUpperCase(Locale.ROOT)),
                    HadoopCodecs.of(compression, conf), conf);
        }
        FileFormat engine = FileFormats.of(config);
        boolean lines = format.equals("text") || format.equals("json");
        if (lines && LINE_CODECS.contains(compression)) {
            return new HadoopCodecFormat(engine, HadoopCodecs.of(compression, conf));
        }
        return engine;
    }

    /** The pairs of format and compression the HDFS sink refuses, the error on both keys. */
    public static void validate(Config result, String format, String compression) {
        if (FileFormats.validate(result, format, compression, true)) {
            return;
        }
        if (format.equalsIgnoreCase(SEQUENCEFILE) && !compression.equalsIgnoreCase("none") && !HadoopCodecs.offers(compression)) {
            ConfigValidation.addError(result, "SequenceFiles are compressed with Hadoop's gzip, snappy, bzip2 or lz4 "
                    + "codec; Hadoop's " + compression + " codec needs its native library", FORMAT, COMPRESSION);
        }
    }
}
