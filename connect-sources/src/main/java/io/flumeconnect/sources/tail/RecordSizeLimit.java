package io.flumeconnect.sources.tail;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The rule that keeps every record under the producer's {@code max.request.size}, so that Kafka never refuses one
 * as too large (which would fail the task at the same offset on every restart): the longest value a line or
 * event can make, times what it may grow by when sent, plus room for the key, headers and framing, must fit.
 * A {@code string} value grows up to three times: each byte that is not valid in the charset is decoded to
 * U+FFFD, which the converter writes as three UTF-8 bytes. {@code bytes} values are sent as read.
 */
final class RecordSizeLimit {
    /** The producer's default {@code max.request.size}. */
    static final int PRODUCER_DEFAULT = 1_048_576;
    static final String PRODUCER_OVERRIDE = "producer.override.max.request.size";
    /** Room for the key (a path), Flume's headers (a path, a host, a group), the line.part headers and framing. */
    static final int ALLOWANCE = 16 * 1024;

    /** A limit key whose value breaks the rule, and why. */
    record Problem(String key, String message) {
    }

    private RecordSizeLimit() {
    }

    /** The problems of a configuration, one per limit key that breaks the rule. */
    static List<Problem> check(TailSourceConfig config, Map<String, String> props) {
        return check(config.valueType, config.lineMaxBytes, config.multilinePattern != null, config.multilineMaxBytes,
                props);
    }

    /** The same from the parsed values, for {@code validate()}; {@code props} give the override and static headers. */
    static List<Problem> check(TailSourceConfig.ValueType valueType, int lineMaxBytes, boolean multiline,
                               int multilineMaxBytes, Map<String, String> props) {
        int expansion = valueType == TailSourceConfig.ValueType.STRING ? 3 : 1;
        int maxRequest = maxRequestSize(props);
        long allowance = ALLOWANCE + props.entrySet().stream()
                .filter(entry -> entry.getKey().startsWith(TailSourceConfig.HEADERS_PREFIX))
                .mapToLong(entry -> entry.getKey().length() + 4L * entry.getValue().length()).sum();
        long largest = (maxRequest - allowance) / expansion;
        List<Problem> problems = new ArrayList<>();
        check(TailSourceConfig.LINE_MAX_BYTES_CONFIG, lineMaxBytes, largest, expansion, maxRequest, problems);
        if (multiline) {
            check(TailSourceConfig.MULTILINE_MAX_BYTES_CONFIG, multilineMaxBytes, largest, expansion, maxRequest,
                    problems);
        }
        return problems;
    }

    private static void check(String key, int value, long largest, int expansion, int maxRequest,
                              List<Problem> problems) {
        if (value > largest) {
            problems.add(new Problem(key, key + "=" + value + " can make records larger than the producer's "
                    + "max.request.size=" + maxRequest + " (" + (expansion == 3 ? "3 x the value, as a byte not "
                    + "valid in the charset is sent as 3 UTF-8 bytes with value.type=string, " : "")
                    + "plus " + ALLOWANCE + " bytes for the key and headers): set it to at most " + Math.max(0, largest)
                    + ", or raise " + PRODUCER_OVERRIDE + " (and the topic's max.message.bytes)"));
        }
    }

    private static int maxRequestSize(Map<String, String> props) {
        String override = props.get(PRODUCER_OVERRIDE);
        if (override == null) {
            return PRODUCER_DEFAULT;
        }
        try {
            return Integer.parseInt(override.trim());
        } catch (NumberFormatException e) {
            return PRODUCER_DEFAULT;
        }
    }
}
