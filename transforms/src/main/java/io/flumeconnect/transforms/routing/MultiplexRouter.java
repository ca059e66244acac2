package io.flumeconnect.transforms.routing;

import io.flumeconnect.transforms.support.CountedTransformation;
import java.time.Instant;
import java.util.Map;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.connect.connector.ConnectRecord;

/** Flume's multiplexing channel selector: the topic chosen by a header or field value through a mapping table. */
public final class MultiplexRouter<R extends ConnectRecord<R>> extends CountedTransformation<R> {
    public static final String OVERVIEW_DOC = "Sets the record's topic from the text at `source` (a header or a "
            + "field) through the table `mappings`, or integer ranges in `range.mappings` (500..599 for HTTP 5xx); "
            + "a record whose text is absent or in neither goes to "
            + "`default.topic`, or keeps its topic when that is empty. With `time.bucket.format` the record's "
            + "timestamp is appended, e.g. logs-us-20240501. Flume's multiplexing channel selector, with topics in "
            + "place of channels. Only topic names from the configuration are used, never text from a record. "
            + "Tombstones are routed too, so they reach the topic that holds their key's records (a field "
            + "`source` cannot be read from a tombstone: it goes to the default).";

    private MultiplexRouterConfig config;

    @Override
    public void configure(Map<String, ?> props) {
        MultiplexRouterConfig parsed = new MultiplexRouterConfig(props);
        super.configure(props);
        config = parsed;
    }

    @Override
    protected R transform(R record) {
        String value = config.source.read(record, requirements());
        String topic = value == null ? null : mapped(value);
        if (topic == null) {
            topic = config.defaultTopic.isEmpty() ? record.topic() : config.defaultTopic;
        }
        if (config.bucketFormat != null) {
            topic = topic + config.bucketSeparator + bucket(record);
        }
        return topic.equals(record.topic()) ? record : record.newRecord(topic, record.kafkaPartition(),
                record.keySchema(), record.key(), record.valueSchema(), record.value(), record.timestamp());
    }

    /** The topic an exact mapping gives, else the first range holding the value, else {@code null}. */
    private String mapped(String value) {
        String exact = config.mappings.get(value);
        return exact != null ? exact : config.rangeMappings.topicOf(value);
    }

    @Override
    protected R tombstone(R record) {
        return transform(record);
    }

    private String bucket(R record) {
        if (record.timestamp() == null) {
            throw requirements().fail(record, MultiplexRouterConfig.BUCKET_FORMAT_CONFIG
                    + " is set but the record has no timestamp (TimestampHeader with set.record.timestamp=true sets one)");
        }
        return config.bucketFormat.format(Instant.ofEpochMilli(record.timestamp()));
    }

    @Override
    public ConfigDef config() {
        return MultiplexRouterConfig.CONFIG_DEF;
    }
}
