package io.flumeconnect.transforms.support;

import java.util.regex.Pattern;
import org.apache.kafka.connect.connector.ConnectRecord;

/**
 * A regex searched for in the text at a {@link Location} of a record, as Flume's {@code regex_filter} does:
 * the pattern is found anywhere in the text ({@code ^...$} anchors it). An absent text never matches.
 */
public final class TextMatcher {
    private final Location location;
    private final Pattern pattern;

    public TextMatcher(Location location, Pattern pattern) {
        this.location = location;
        this.pattern = pattern;
    }

    public boolean matches(ConnectRecord<?> record, Requirements requirements) {
        String text = location.read(record, requirements);
        return text != null && pattern.matcher(text).find();
    }

    @Override
    public String toString() {
        return location + " ~ /" + pattern + "/";
    }
}
