package io.flumeconnect.transforms.support;

import java.util.regex.Pattern;
import org.apache.kafka.connect.connector.ConnectRecord;

/**
 * A regex searched for in the text at a {@link Location} of a record, as Flume's {@code regex_filter} does:
 * the pattern is found anywhere in the text ({@code ^...$} anchors it). An absent text never matches; a text
 * longer than the {@link InputLimit}, or one on which the regex overflows the stack, fails the record.
 */
public final class TextMatcher {
    private final Location location;
    private final Pattern pattern;
    private final InputLimit limit;

    public TextMatcher(Location location, Pattern pattern, InputLimit limit) {
        this.location = location;
        this.pattern = pattern;
        this.limit = limit;
    }

    public boolean matches(ConnectRecord<?> record, Requirements requirements) {
        String text = location.read(record, requirements);
        try {
            return text != null && pattern.matcher(limit.check(text)).find();
        } catch (IllegalArgumentException | StackOverflowError e) {
            throw requirements.fail(record, location + " cannot be matched", e);
        }
    }

    @Override
    public String toString() {
        return location + " ~ /" + pattern + "/";
    }
}
