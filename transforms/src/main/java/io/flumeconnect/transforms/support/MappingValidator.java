package io.flumeconnect.transforms.support;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigException;

/**
 * A list of {@code from:to} pairs, such as {@code US:logs-us,EU:logs-eu}. The separator is the first colon, so
 * {@code to} may hold colons; a {@code from} appears once. What else is required depends on the use, see the
 * factories; {@link #toString()} says it, so the generated reference documents it.
 */
public final class MappingValidator implements ConfigDef.Validator {
    /** Kafka's legal topic names. */
    private static final Pattern TOPIC = Pattern.compile("[a-zA-Z0-9._-]{1,249}");

    private final String description;
    private final boolean required;
    private final boolean emptyFromAllowed;
    private final Pattern legalTo;

    private MappingValidator(String description, boolean required, boolean emptyFromAllowed, Pattern legalTo) {
        this.description = description;
        this.required = required;
        this.emptyFromAllowed = emptyFromAllowed;
        this.legalTo = legalTo;
    }

    /** At least one {@code name:value} pair; names are not empty. */
    public static MappingValidator names() {
        return new MappingValidator("one or more name:value pairs, e.g. datacenter:NYC,tier:edge", true, false, null);
    }

    /** {@code value:topic} pairs, possibly none; a value may be empty, a topic must be a legal topic name. */
    public static MappingValidator valuesToTopics() {
        return new MappingValidator("value:topic pairs, e.g. US:logs-us,EU:logs-eu; topics of 1 to 249 of "
                + "a-z, A-Z, 0-9, '.', '_', '-'", false, true, TOPIC);
    }

    /** True when {@code topic} is a legal Kafka topic name. */
    public static boolean isTopic(String topic) {
        return TOPIC.matcher(topic).matches();
    }

    @Override
    public void ensureValid(String name, Object value) {
        if (value instanceof List<?> entries) {
            parse(name, entries);
        }
    }

    /** The validated pairs in their configured order, or an error naming the key, the value and the entry. */
    public Map<String, String> parse(String name, List<?> entries) {
        if (required && entries.isEmpty()) {
            throw new ConfigException(name, entries, "expected " + description);
        }
        Map<String, String> mapping = new LinkedHashMap<>();
        for (Object entry : entries) {
            String text = String.valueOf(entry);
            int colon = text.indexOf(':');
            if (colon < 0 || colon == text.length() - 1 || colon == 0 && !emptyFromAllowed) {
                throw new ConfigException(name, entries, "entry '" + text + "' is not of the form "
                        + (emptyFromAllowed ? "[from]:to" : "from:to"));
            }
            String to = text.substring(colon + 1);
            if (legalTo != null && !legalTo.matcher(to).matches()) {
                throw new ConfigException(name, entries, "'" + to + "' in entry '" + text + "' is not valid: expected "
                        + description);
            }
            if (mapping.put(text.substring(0, colon), to) != null) {
                throw new ConfigException(name, entries, "'" + text.substring(0, colon) + "' is mapped twice");
            }
        }
        return mapping;
    }

    @Override
    public String toString() {
        return description;
    }
}
