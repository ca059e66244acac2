package io.flumeconnect.transforms.interceptor;

import io.flumeconnect.transforms.support.CountedTransformation;
import io.flumeconnect.transforms.support.RecordHeaders;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.connect.connector.ConnectRecord;
import org.apache.kafka.connect.data.Schema;

/** Flume's {@code UUIDInterceptor}: a random UUID per record in a header, e.g. for de-duplication downstream. */
public final class UuidHeader<R extends ConnectRecord<R>> extends CountedTransformation<R> {
    public static final String OVERVIEW_DOC = "Sets the header `header` (default `id`) to `prefix` followed by a "
            + "random (version 4) UUID, unless the record has that header already and `preserve.existing` is true "
            + "(the default, as in Flume). Flume's `org.apache.flume.sink.solr.morphline.UUIDInterceptor`. "
            + "Tombstones pass through.";

    private UuidHeaderConfig config;

    @Override
    public void configure(Map<String, ?> props) {
        UuidHeaderConfig parsed = new UuidHeaderConfig(props);
        super.configure(props);
        config = parsed;
    }

    @Override
    protected R transform(R record) {
        if (config.preserveExisting && record.headers().lastWithName(config.header) != null) {
            return record;
        }
        return RecordHeaders.put(record, config.header, Schema.STRING_SCHEMA, config.prefix + UUID.randomUUID(), false);
    }

    @Override
    public ConfigDef config() {
        return UuidHeaderConfig.CONFIG_DEF;
    }
}
