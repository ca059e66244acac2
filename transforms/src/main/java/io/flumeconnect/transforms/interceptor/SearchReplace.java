package io.flumeconnect.transforms.interceptor;

import io.flumeconnect.transforms.support.CountedTransformation;
import io.flumeconnect.transforms.support.InputLimit;
import java.util.Map;
import java.util.regex.Matcher;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.connect.connector.ConnectRecord;

/** Flume's {@code search_replace} interceptor, on the value, the key, a field or a header. */
public final class SearchReplace<R extends ConnectRecord<R>> extends CountedTransformation<R> {
    public static final String OVERVIEW_DOC = "Replaces every match of `pattern` in the text at `source` (the value "
            + "by default) with `replacement`, which may refer to groups. Flume's `search_replace` interceptor, also "
            + "on a field, the key or a header. A record without a match, or without the text, passes unchanged; "
            + "bytes stay bytes. Tombstones pass through.";

    private SearchReplaceConfig config;
    private InputLimit limit;

    @Override
    public void configure(Map<String, ?> props) {
        SearchReplaceConfig parsed = new SearchReplaceConfig(props);
        super.configure(props);
        config = parsed;
        limit = new InputLimit(parsed);
    }

    @Override
    protected R transform(R record) {
        String text = config.source.read(record, requirements());
        if (text == null) {
            return record;
        }
        Matcher matcher = config.pattern.matcher(limit.check(text));
        if (!matcher.find()) {
            return record;
        }
        return config.source.write(record, matcher.replaceAll(config.replacement), requirements());
    }

    @Override
    public ConfigDef config() {
        return SearchReplaceConfig.CONFIG_DEF;
    }
}
