package io.flumeconnect.transforms.filter;

import io.flumeconnect.transforms.support.CountedTransformation;
import io.flumeconnect.transforms.support.InputLimit;
import io.flumeconnect.transforms.support.TextMatcher;
import java.util.Map;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.connect.connector.ConnectRecord;

/** Flume's {@code regex_filter}: keeps, or drops, the records whose value, a field or a header matches a regex. */
public final class RegexFilter<R extends ConnectRecord<R>> extends CountedTransformation<R> {
    public static final String OVERVIEW_DOC = "Keeps only the records whose text at `source` (the value by default, "
            + "or the key, a field, a header) contains a match of `pattern`; with `exclude=true` drops them instead. "
            + "Flume's `regex_filter` interceptor. Tombstones pass through. Kafka's `Filter` with the predicates "
            + "`ValueMatches`, `FieldMatches` or `HeaderMatches` does the same; this transform saves the predicate "
            + "declaration and counts what it drops.";

    private TextMatcher matcher;
    private boolean exclude;

    @Override
    public void configure(Map<String, ?> props) {
        RegexFilterConfig config = new RegexFilterConfig(props);
        super.configure(props);
        matcher = new TextMatcher(config.source, config.pattern, new InputLimit(config));
        exclude = config.exclude;
    }

    @Override
    protected R transform(R record) {
        return matcher.matches(record, requirements()) != exclude ? record : null;
    }

    @Override
    public ConfigDef config() {
        return RegexFilterConfig.CONFIG_DEF;
    }
}
