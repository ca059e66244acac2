package io.flumeconnect.sinks.file.engine;

import static io.flumeconnect.sinks.file.engine.RollingFileConfig.COMPRESSION;
import static io.flumeconnect.sinks.file.engine.RollingFileConfig.FORMAT;
import static io.flumeconnect.sinks.file.engine.RollingFileConfig.JSON_INCLUDE;
import static io.flumeconnect.sinks.file.engine.RollingFileConfig.TEXT_SEPARATOR;

import io.flumeconnect.common.config.ConfigValidation;
import io.flumeconnect.sinks.file.format.AvroFormat;
import io.flumeconnect.sinks.file.format.Compression;
import io.flumeconnect.sinks.file.format.FileFormat;
import io.flumeconnect.sinks.file.format.FlumeEventAvroFormat;
import io.flumeconnect.sinks.file.format.JsonEncoder;
import io.flumeconnect.sinks.file.format.LineFormat;
import io.flumeconnect.sinks.file.format.TextEncoder;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.apache.kafka.common.config.AbstractConfig;
import org.apache.kafka.common.config.Config;
import org.apache.kafka.common.config.ConfigException;

/**
 * The formats and compressions a sink can be configured with, by name. The engine writes all but the
 * Hadoop ones (SequenceFiles, Hadoop's bzip2 and lz4 codecs), which only the HDFS sink adds.
 */
public final class FileFormats {
    static final String[] NAMES = {"text", "json", "avro", "avro_event", "sequencefile"};
    static final String[] COMPRESSIONS = {"none", "gzip", "snappy", "zstd", "lz4_frame", "bzip2", "lz4"};
    /** What needs Hadoop's libraries: the HDFS sink writes these, the file sink refuses them. */
    public static final Set<String> HADOOP_FORMATS = Set.of("sequencefile");
    public static final Set<String> HADOOP_COMPRESSIONS = Set.of("bzip2", "lz4");
    /** The LZ4 frame format: named apart from Hadoop's lz4 (other framing, same .lz4 extension), local disk only. */
    private static final String LZ4_FRAME = "lz4_frame";
    private static final Set<String> AVRO_FORMATS = Set.of("avro", "avro_event");

    private FileFormats() {
    }

    /** The engine's format for {@code config}'s format keys; a ConfigException for a Hadoop format. */
    public static FileFormat of(AbstractConfig config) {
        String name = config.getString(FORMAT).toLowerCase(Locale.ROOT);
        byte[] lineEnd = unescape(config.getString(TEXT_SEPARATOR)).getBytes(StandardCharsets.UTF_8);
        return switch (name) {
            case "text" -> new LineFormat(new TextEncoder(), lineEnd, ".txt");
            case "json" -> new LineFormat(new JsonEncoder(jsonExtras(config)), lineEnd, ".jsonl");
            case "avro" -> new AvroFormat(Compression.of(config.getString(COMPRESSION)));
            case "avro_event" -> new FlumeEventAvroFormat(Compression.of(config.getString(COMPRESSION)));
            default -> throw new ConfigException(FORMAT, name, "format=" + name + " needs Hadoop: only the HDFS sink writes it");
        };
    }

    /**
     * Adds an error for a format and compression that do not go together; with {@code hadoop} false, also
     * for what needs Hadoop. Returns true when the pair was refused.
     */
    public static boolean validate(Config result, String format, String compression, boolean hadoop) {
        String f = format.toLowerCase(Locale.ROOT);
        String c = compression.toLowerCase(Locale.ROOT);
        if (!hadoop && HADOOP_FORMATS.contains(f)) {
            ConfigValidation.addError(result, "format=" + f + " needs Hadoop: only the HDFS sink writes it", FORMAT);
            return true;
        }
        if (AVRO_FORMATS.contains(f) && (HADOOP_COMPRESSIONS.contains(c) || c.equals(LZ4_FRAME))) {
            ConfigValidation.addError(result, "Avro container files are compressed with none, gzip (Avro's deflate), "
                    + "snappy or zstd; not " + c, FORMAT, COMPRESSION);
            return true;
        }
        if (!hadoop && HADOOP_COMPRESSIONS.contains(c)) {
            ConfigValidation.addError(result, "compression=" + c + " is Hadoop's codec: only the HDFS sink writes it "
                    + "(here: none, gzip, snappy, zstd, lz4_frame; lz4_frame is the LZ4 frame format that lz4 -d reads)",
                    COMPRESSION);
            return true;
        }
        if (hadoop && c.equals(LZ4_FRAME)) {
            ConfigValidation.addError(result, "compression=lz4_frame is the LZ4 frame format, which Hadoop's codecs do not "
                    + "read (Hadoop's Lz4Codec would claim its .lz4 files): on HDFS use lz4, Hadoop's codec", COMPRESSION);
            return true;
        }
        return false;
    }

    private static Set<JsonEncoder.Extra> jsonExtras(AbstractConfig config) {
        Set<JsonEncoder.Extra> extras = EnumSet.noneOf(JsonEncoder.Extra.class);
        config.getList(JSON_INCLUDE).forEach(name -> extras.add(JsonEncoder.Extra.of(name)));
        return extras;
    }

    /** {@code \n \r \t \0 \\} as the characters they name; anything else as written. */
    static String unescape(String text) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '\\' || i + 1 == text.length()) {
                out.append(c);
                continue;
            }
            char next = text.charAt(++i);
            switch (next) {
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 't' -> out.append('\t');
                case '0' -> out.append('\0');
                case '\\' -> out.append('\\');
                default -> out.append('\\').append(next);
            }
        }
        return out.toString();
    }
}
