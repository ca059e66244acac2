package io.flumeconnect.aggregator;

import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.record.TimestampType;
import org.apache.kafka.common.utils.Utils;
import org.apache.kafka.connect.data.SchemaAndValue;
import org.apache.kafka.connect.header.ConnectHeaders;
import org.apache.kafka.connect.sink.SinkRecord;
import org.apache.kafka.connect.storage.Converter;
import org.apache.kafka.connect.storage.SimpleHeaderConverter;
import org.apache.kafka.streams.processor.api.Record;

/**
 * Turns an input record's bytes into a Connect record, with the converters a sink connector would use, so that
 * transforms and the window keys see what they see in a connector. JsonConverter reads plain JSON unless
 * {@code value.converter.schemas.enable=true} is set.
 */
final class InputConverters {
    private final Converter keys;
    private final Converter values;
    private final SimpleHeaderConverter headers = new SimpleHeaderConverter();

    InputConverters(AggregatorConfig config) {
        keys = converter(config, AggregatorConfig.KEY_CONVERTER_CONFIG, true);
        values = converter(config, AggregatorConfig.VALUE_CONVERTER_CONFIG, false);
        headers.configure(Map.of());
    }

    SinkRecord toConnect(String topic, int partition, long offset, Record<byte[], byte[]> record) {
        SchemaAndValue key = keys.toConnectData(topic, record.key());
        SchemaAndValue value = values.toConnectData(topic, record.value());
        ConnectHeaders connectHeaders = new ConnectHeaders();
        for (Header header : record.headers()) {
            connectHeaders.add(header.key(), headers.toConnectHeader(topic, header.key(), header.value()));
        }
        return new SinkRecord(topic, partition, key.schema(), key.value(), value.schema(), value.value(), offset,
                record.timestamp(), TimestampType.CREATE_TIME, connectHeaders);
    }

    /** A configured converter of class {@code key}, with the settings under {@code key.}; schemas off by default. */
    static Converter converter(AggregatorConfig config, String key, boolean isKey) {
        Converter converter = Utils.newInstance(config.getClass(key), Converter.class);
        Map<String, Object> settings = new HashMap<>(Map.of("schemas.enable", "false"));
        settings.putAll(config.originalsWithPrefix(key + "."));
        converter.configure(settings, isKey);
        return converter;
    }
}
