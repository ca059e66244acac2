package io.flumeconnect.smoke;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;

/**
 * The counting source as the ITs register it. Named by string: Failsafe leaves the plugin's classes off the
 * test class path, they load from the packaged plugin only.
 */
final class CountingSource {
    static final String CLASS = "io.flumeconnect.smoke.CountingSourceConnector";

    private CountingSource() {
    }

    /** {@code records} records to {@code topic}, at the source's default pace. */
    static Map<String, String> config(String topic, long records) {
        Map<String, String> config = new HashMap<>();
        config.put("connector.class", CLASS);
        config.put("tasks.max", "1");
        config.put("topic", topic);
        config.put("records", Long.toString(records));
        return config;
    }

    /** Slowly (10 records every 20 ms), so a test can break something while records are flowing. */
    static Map<String, String> slowConfig(String topic, long records) {
        Map<String, String> config = config(topic, records);
        config.put("batch.size", "10");
        config.put("poll.interval.ms", "20");
        return config;
    }

    /** What the source produces: {@code record-0 .. record-(records-1)}. */
    static List<String> values(long records) {
        return LongStream.range(0, records).mapToObj(n -> "record-" + n).toList();
    }
}
