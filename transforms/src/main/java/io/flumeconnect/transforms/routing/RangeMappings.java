package io.flumeconnect.transforms.routing;

import io.flumeconnect.transforms.support.MappingValidator;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigException;

/**
 * Integer ranges to topics, {@code LOW..HIGH:topic} with both ends included, e.g. {@code 500..599:logs-5xx}:
 * what routing by HTTP status class needs instead of a hundred exact values. The first listed range that
 * holds a value wins; a value that is not an integer is in none.
 */
final class RangeMappings implements ConfigDef.Validator {
    private record Range(long low, long high, String topic) {
    }

    private final List<Range> ranges;

    private RangeMappings(List<Range> ranges) {
        this.ranges = List.copyOf(ranges);
    }

    /** A validator only, for the ConfigDef. */
    RangeMappings() {
        this(List.of());
    }

    /** The configured ranges, or an error naming the key, the value and the entry. */
    static RangeMappings parse(String name, List<?> entries) {
        List<Range> ranges = new ArrayList<>();
        for (Object entry : entries) {
            String text = String.valueOf(entry).trim();
            int colon = text.lastIndexOf(':');
            int dots = text.indexOf("..");
            if (colon < 0 || dots < 0 || dots > colon) {
                throw new ConfigException(name, entries, "entry '" + text + "' is not of the form LOW..HIGH:topic");
            }
            String topic = text.substring(colon + 1);
            if (!MappingValidator.isTopic(topic)) {
                throw new ConfigException(name, entries, "'" + topic + "' in entry '" + text + "' is not a legal topic name");
            }
            try {
                long low = Long.parseLong(text.substring(0, dots).trim());
                long high = Long.parseLong(text.substring(dots + 2, colon).trim());
                if (low > high) {
                    throw new ConfigException(name, entries, "entry '" + text + "' starts after it ends");
                }
                ranges.add(new Range(low, high, topic));
            } catch (NumberFormatException e) {
                throw new ConfigException(name, entries, "entry '" + text + "' has an end that is not an integer");
            }
        }
        return new RangeMappings(ranges);
    }

    /** The topic of the first range holding {@code value}, or {@code null}. */
    String topicOf(String value) {
        if (ranges.isEmpty()) {
            return null;
        }
        long number;
        try {
            number = Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            return null;
        }
        for (Range range : ranges) {
            if (number >= range.low() && number <= range.high()) {
                return range.topic();
            }
        }
        return null;
    }

    @Override
    public void ensureValid(String name, Object value) {
        if (value instanceof List<?> entries) {
            parse(name, entries);
        }
    }

    @Override
    public String toString() {
        return "LOW..HIGH:topic entries, e.g. 500..599:logs-5xx,400..499:logs-4xx (integers, both ends included)";
    }
}
