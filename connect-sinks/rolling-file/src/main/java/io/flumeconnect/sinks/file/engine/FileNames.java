package io.flumeconnect.sinks.file.engine;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.common.TopicPartition;

/**
 * The names of the engine's files, which carry everything recovery needs.
 *
 * <p>A committed file is {@code [prefix+]topic+partition+first+last[suffix]}, with the first and last
 * offset it covers as 20 zero-padded digits, e.g. {@code logs+0+00000000000000000000+00000000000000000099.txt.gz}.
 * A file being written is hidden and says which commit it belongs to:
 * {@code .[prefix+]topic+partition+first+open<8 hex digits>[suffix].tmp}. Kafka topic names cannot hold {@code +},
 * and suffixes may not, so the four fields are read back from the end of the name without ambiguity
 * whatever the prefix holds.
 */
public final class FileNames {
    private static final String TAIL = "([a-zA-Z0-9._-]+)\\+(\\d+)\\+(\\d{20})";
    private static final Pattern FINAL = Pattern.compile("(?:(.*)\\+)?" + TAIL + "\\+(\\d{20})([^+]*)");
    private static final Pattern TEMP = Pattern.compile("\\.(?:(.*)\\+)?" + TAIL + "\\+open([0-9a-f]{8})([^+]*)\\.tmp");
    private static final String TEMP_SUFFIX = ".tmp";

    private FileNames() {
    }

    /** A committed file's name. */
    public static String committed(String prefix, TopicPartition tp, long first, long last, String suffix) {
        return head(prefix, tp, first) + "+" + digits(last) + suffix;
    }

    /** The hidden name of a file being written for the commit that starts at {@code first}. */
    public static String temporary(String prefix, TopicPartition tp, long first, String token, String suffix) {
        return "." + head(prefix, tp, first) + "+open" + token + suffix + TEMP_SUFFIX;
    }

    private static String head(String prefix, TopicPartition tp, long first) {
        return (prefix.isEmpty() ? "" : prefix + "+") + tp.topic() + "+" + tp.partition() + "+" + digits(first);
    }

    private static String digits(long offset) {
        return String.format("%020d", offset);
    }

    /** A committed file's fields, read from its name (without directories). */
    public static Optional<Committed> parseCommitted(String fileName) {
        Matcher m = FINAL.matcher(fileName);
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of(new Committed(tp(m), Long.parseLong(m.group(4)), Long.parseLong(m.group(5))));
    }

    /** A temporary file's fields, read from its name (without directories). */
    public static Optional<Temporary> parseTemporary(String fileName) {
        Matcher m = TEMP.matcher(fileName);
        if (!m.matches()) {
            return Optional.empty();
        }
        String prefix = m.group(1) == null ? "" : m.group(1);
        return Optional.of(new Temporary(tp(m), Long.parseLong(m.group(4)), prefix, m.group(6)));
    }

    private static TopicPartition tp(Matcher m) {
        return new TopicPartition(m.group(2), Integer.parseInt(m.group(3)));
    }

    /** What a committed file's name says: the partition and the offsets the commit covered. */
    public record Committed(TopicPartition partition, long first, long last) {
    }

    /** What a temporary file's name says, enough to give it its committed name. */
    public record Temporary(TopicPartition partition, long first, String prefix, String suffix) {
        public String committedName(long last) {
            return committed(prefix, partition, first, last, suffix);
        }
    }
}
