package io.flumeconnect.transforms.predicates;

import io.flumeconnect.transforms.support.InputLimit;
import io.flumeconnect.transforms.support.TextMatcher;
import java.util.Map;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.connect.connector.ConnectRecord;

/** True for records with a value field whose text contains a match of a regex. */
public final class FieldMatches<R extends ConnectRecord<R>> extends TextPredicate<R> {
    public static final String OVERVIEW_DOC = "A predicate that is true for records whose value has the field `field` "
            + "(nested with dots) and the field's text contains a match of the regular expression `pattern`. "
            + "Works on Struct and Map values; a tombstone never matches, any other value is an error.";

    @Override
    TextMatcher matcher(Map<String, ?> props) {
        FieldMatchesConfig config = new FieldMatchesConfig(props);
        return new TextMatcher(config.field, config.pattern, new InputLimit(config));
    }

    @Override
    public ConfigDef config() {
        return FieldMatchesConfig.CONFIG_DEF;
    }
}
