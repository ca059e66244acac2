package io.flumeconnect.sources.flumeavro;

import io.flumeconnect.common.metrics.Counter;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.header.ConnectHeaders;
import org.apache.kafka.connect.source.SourceRecord;

/**
 * Turns Flume events into records: the body as value, every Flume header as a string record header, the key and
 * topic from headers where configured, and the client's address. Listeners have no source offsets.
 */
final class EventRecords {
    private final FlumeAvroSourceConfig config;
    private final Counter topicsRefused;

    EventRecords(FlumeAvroSourceConfig config, Counter topicsRefused) {
        this.config = config;
        this.topicsRefused = topicsRefused;
    }

    List<SourceRecord> records(List<FlumeEvent> events, InetSocketAddress client) {
        String clientAddress = client.getAddress().getHostAddress();
        List<SourceRecord> records = new ArrayList<>(events.size());
        for (FlumeEvent event : events) {
            records.add(record(event, clientAddress));
        }
        return records;
    }

    private SourceRecord record(FlumeEvent event, String clientAddress) {
        Map<String, String> flumeHeaders = event.headers();
        ConnectHeaders headers = new ConnectHeaders();
        flumeHeaders.forEach(headers::addString);
        if (!config.clientAddressHeader.isEmpty() && !flumeHeaders.containsKey(config.clientAddressHeader)) {
            headers.addString(config.clientAddressHeader, clientAddress);
        }
        String key = config.keyHeader.isEmpty() ? null : flumeHeaders.get(config.keyHeader);
        return new SourceRecord(null, null, topic(flumeHeaders), null,
                config.keyHeader.isEmpty() ? null : Schema.OPTIONAL_STRING_SCHEMA, key,
                config.valueType == FlumeAvroSourceConfig.ValueType.STRING ? Schema.OPTIONAL_STRING_SCHEMA
                        : Schema.OPTIONAL_BYTES_SCHEMA,
                value(event.body()), null, headers);
    }

    private String topic(Map<String, String> flumeHeaders) {
        if (config.topicHeader.isEmpty()) {
            return config.topic;
        }
        String named = flumeHeaders.get(config.topicHeader);
        if (named == null) {
            return config.topic;
        }
        if (!config.topicAllowed.contains(named)) {
            topicsRefused.increment();
            return config.topic;
        }
        return named;
    }

    private Object value(byte[] body) {
        return config.valueType == FlumeAvroSourceConfig.ValueType.STRING ? new String(body, config.charset) : body;
    }
}
