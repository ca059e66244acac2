package io.flumeconnect.transforms.interceptor;

import io.flumeconnect.transforms.support.CountedTransformation;
import io.flumeconnect.transforms.support.RecordHeaders;
import java.util.Map;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.connect.connector.ConnectRecord;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.header.Headers;

/** Flume's {@code static} interceptor: fixed headers on every record, keeping existing ones if asked. */
public final class StaticHeaders<R extends ConnectRecord<R>> extends CountedTransformation<R> {
    public static final String OVERVIEW_DOC = "Sets fixed string headers, given as `name:value` pairs, on every "
            + "record. With `preserve.existing=true` (the default, as in Flume) a header the record already has "
            + "keeps its value. Flume's `static` interceptor; unlike Kafka's `InsertHeader` it sets several headers "
            + "and can keep existing ones. Tombstones pass through.";

    private StaticHeadersConfig config;

    @Override
    public void configure(Map<String, ?> props) {
        StaticHeadersConfig parsed = new StaticHeadersConfig(props);
        super.configure(props);
        config = parsed;
    }

    @Override
    protected R transform(R record) {
        Headers headers = record.headers().duplicate();
        config.headers.forEach((name, value) -> {
            if (!config.preserveExisting || headers.lastWithName(name) == null) {
                headers.remove(name);
                headers.add(name, value, Schema.STRING_SCHEMA);
            }
        });
        return RecordHeaders.withHeaders(record, headers);
    }

    @Override
    public ConfigDef config() {
        return StaticHeadersConfig.CONFIG_DEF;
    }
}
