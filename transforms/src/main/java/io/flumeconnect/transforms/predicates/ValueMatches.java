package io.flumeconnect.transforms.predicates;

import io.flumeconnect.transforms.support.InputLimit;
import io.flumeconnect.transforms.support.Location;
import io.flumeconnect.transforms.support.TextMatcher;
import java.util.Map;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.connect.connector.ConnectRecord;

/** True for records whose value, as text, contains a match of a regex. */
public final class ValueMatches<R extends ConnectRecord<R>> extends TextPredicate<R> {
    public static final String OVERVIEW_DOC = "A predicate that is true for records whose value contains a match of "
            + "the regular expression `pattern`. The value is read as text: a String as is, bytes as UTF-8, other "
            + "values in Connect's string form. A tombstone (null value) never matches.";

    @Override
    TextMatcher matcher(Map<String, ?> props) {
        ValueMatchesConfig config = new ValueMatchesConfig(props);
        return new TextMatcher(Location.value(), config.pattern, new InputLimit(config));
    }

    @Override
    public ConfigDef config() {
        return ValueMatchesConfig.CONFIG_DEF;
    }
}
