package io.flumeconnect.transforms.interceptor;

import io.flumeconnect.transforms.support.CountedTransformation;
import io.flumeconnect.transforms.support.RecordHeaders;
import java.util.Map;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.connect.connector.ConnectRecord;
import org.apache.kafka.connect.header.ConnectHeaders;
import org.apache.kafka.connect.header.Header;
import org.apache.kafka.connect.header.Headers;

/** Flume's {@code remove_header} interceptor: drops headers by name or by a regex on their names. */
public final class RemoveHeaders<R extends ConnectRecord<R>> extends CountedTransformation<R> {
    public static final String OVERVIEW_DOC = "Removes the headers named in `names` and those whose whole name "
            + "matches `pattern`. Flume's `remove_header` interceptor (`withName`, `fromList`, `matching`); Kafka's "
            + "`DropHeaders` removes by exact name only. A record without such headers is passed on as is. "
            + "Tombstones pass through.";

    private RemoveHeadersConfig config;

    @Override
    public void configure(Map<String, ?> props) {
        RemoveHeadersConfig parsed = new RemoveHeadersConfig(props);
        super.configure(props);
        config = parsed;
    }

    @Override
    protected R transform(R record) {
        if (!hasRemovable(record.headers())) {
            return record;
        }
        Headers kept = new ConnectHeaders();
        for (Header header : record.headers()) {
            if (!removable(header.key())) {
                kept.add(header);
            }
        }
        return RecordHeaders.withHeaders(record, kept);
    }

    private boolean hasRemovable(Headers headers) {
        for (Header header : headers) {
            if (removable(header.key())) {
                return true;
            }
        }
        return false;
    }

    private boolean removable(String name) {
        return config.names.contains(name) || config.pattern != null && config.pattern.matcher(name).matches();
    }

    @Override
    public ConfigDef config() {
        return RemoveHeadersConfig.CONFIG_DEF;
    }
}
