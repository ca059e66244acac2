package io.flumeconnect.aggregator;

import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.header.Headers;

/** The headers that say why a record went to the dead-letter topic and where it came from. */
final class DeadLetterHeaders {
    static final String PREFIX = "flume.aggregator.";
    static final String REASON = PREFIX + "reason";
    static final String TOPIC = PREFIX + "topic";
    static final String PARTITION = PREFIX + "partition";
    static final String OFFSET = PREFIX + "offset";

    private DeadLetterHeaders() {
    }

    static void add(Headers headers, String reason, String topic, int partition, long offset) {
        put(headers, REASON, reason);
        put(headers, TOPIC, topic);
        put(headers, PARTITION, Integer.toString(partition));
        put(headers, OFFSET, Long.toString(offset));
    }

    private static void put(Headers headers, String key, String value) {
        headers.remove(key);
        headers.add(key, value.getBytes(StandardCharsets.UTF_8));
    }
}
