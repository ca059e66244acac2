package io.flumeconnect.transforms.interceptor;

import io.flumeconnect.common.metrics.Counter;
import io.flumeconnect.transforms.support.CountedTransformation;
import io.flumeconnect.transforms.support.InputLimit;
import io.flumeconnect.transforms.support.RecordHeaders;
import io.flumeconnect.transforms.support.StringFieldAppender;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.connect.connector.ConnectRecord;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.header.Headers;

/** Flume's {@code regex_extractor}: the named groups of a regex match become headers or fields. */
public final class RegexExtractor<R extends ConnectRecord<R>> extends CountedTransformation<R> {
    public static final String OVERVIEW_DOC = "Searches the text at `source` (the value by default) for `pattern` "
            + "and copies each named group of the first match into a header (the default, as Flume's "
            + "`regex_extractor`) or a string field of the value (`target=field`), named `prefix` + group name. "
            + "A record that does not match passes unchanged and is counted in the metric records-unmatched. "
            + "Tombstones pass through.";

    private RegexExtractorConfig config;
    private InputLimit limit;
    private StringFieldAppender appender;
    private Counter unmatched;

    @Override
    public void configure(Map<String, ?> props) {
        RegexExtractorConfig parsed = new RegexExtractorConfig(props);
        super.configure(props);
        config = parsed;
        limit = new InputLimit(parsed);
        appender = new StringFieldAppender(parsed.names);
        unmatched = counters().counter("records-unmatched", "Records in which the pattern was not found");
    }

    @Override
    protected R transform(R record) {
        String text = config.source.read(record, requirements());
        Matcher matcher = text == null ? null : config.pattern.matcher(limit.check(text));
        if (matcher == null || !matcher.find()) {
            unmatched.increment();
            return record;
        }
        return config.toHeaders ? toHeaders(record, matcher) : toFields(record, matcher);
    }

    private R toHeaders(R record, Matcher matcher) {
        Headers headers = record.headers().duplicate();
        for (int i = 0; i < config.groups.size(); i++) {
            String value = matcher.group(config.groups.get(i));
            if (value != null) {
                headers.remove(config.names.get(i));
                headers.add(config.names.get(i), value, Schema.STRING_SCHEMA);
            }
        }
        return RecordHeaders.withHeaders(record, headers);
    }

    private R toFields(R record, Matcher matcher) {
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i < config.groups.size(); i++) {
            values.put(config.names.get(i), matcher.group(config.groups.get(i)));
        }
        return appender.append(record, values, requirements());
    }

    @Override
    public ConfigDef config() {
        return RegexExtractorConfig.CONFIG_DEF;
    }
}
