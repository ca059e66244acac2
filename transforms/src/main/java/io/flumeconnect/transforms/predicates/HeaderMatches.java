package io.flumeconnect.transforms.predicates;

import io.flumeconnect.transforms.support.InputLimit;
import io.flumeconnect.transforms.support.TextMatcher;
import java.util.Map;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.connect.connector.ConnectRecord;

/** True for records with a header whose text contains a match of a regex. */
public final class HeaderMatches<R extends ConnectRecord<R>> extends TextPredicate<R> {
    public static final String OVERVIEW_DOC = "A predicate that is true for records that have the header `header` "
            + "and whose text (the last header of that name) contains a match of the regular expression `pattern`. "
            + "Flume's multiplexing selector and `regex_filter` on headers map onto it, with Kafka's `Filter`.";

    @Override
    TextMatcher matcher(Map<String, ?> props) {
        HeaderMatchesConfig config = new HeaderMatchesConfig(props);
        return new TextMatcher(config.header, config.pattern, new InputLimit(config));
    }

    @Override
    public ConfigDef config() {
        return HeaderMatchesConfig.CONFIG_DEF;
    }
}
