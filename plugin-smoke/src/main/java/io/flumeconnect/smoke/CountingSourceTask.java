package io.flumeconnect.smoke;

import io.flumeconnect.common.Version;
import io.flumeconnect.common.metrics.Counter;
import io.flumeconnect.common.metrics.PluginCounters;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.source.SourceRecord;
import org.apache.kafka.connect.source.SourceTask;

/**
 * Emits record N for N from the committed position up to {@code records}, then idles: a string record-N, or
 * N padded to {@code value.bytes} bytes.
 */
public final class CountingSourceTask extends SourceTask {
    static final Map<String, String> PARTITION = Map.of("sequence", "counting");
    static final String NEXT = "next";

    private CountingSourceConfig config;
    private PluginCounters counters;
    private Counter produced;
    private long next;
    private byte[] padding;

    @Override
    public void start(Map<String, String> props) {
        config = new CountingSourceConfig(props);
        counters = PluginCounters.of(context,
                Map.of("connector", props.getOrDefault("name", "counting"),
                        "task", props.getOrDefault(CountingSourceConnector.TASK_ID, "0")));
        produced = counters.counter("records-produced", "Records handed to the worker by poll()");
        Map<String, Object> offset = context.offsetStorageReader().offset(PARTITION);
        next = offset == null ? 0 : ((Number) offset.get(NEXT)).longValue();
        padding = new byte[config.valueBytes];
        Arrays.fill(padding, (byte) '.');
    }

    @Override
    public List<SourceRecord> poll() throws InterruptedException {
        Thread.sleep(config.pollIntervalMs);
        if (next >= config.records) {
            return null;
        }
        long end = Math.min(config.records, next + config.batchSize);
        List<SourceRecord> batch = new ArrayList<>();
        for (; next < end; next++) {
            batch.add(config.valueBytes == 0
                    ? new SourceRecord(PARTITION, Map.of(NEXT, next + 1), config.topic, null, Schema.STRING_SCHEMA,
                            "record-" + next)
                    : new SourceRecord(PARTITION, Map.of(NEXT, next + 1), config.topic, null, Schema.BYTES_SCHEMA,
                            numbered(next)));
        }
        produced.add(batch.size());
        return batch;
    }

    /** {@code n} in decimal, then the padding: a new array, as a line read from a file would be. */
    private byte[] numbered(long n) {
        byte[] value = Arrays.copyOf(padding, padding.length);
        byte[] number = Long.toString(n).getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(number, 0, value, 0, Math.min(number.length, value.length));
        return value;
    }

    @Override
    public void stop() {
        if (counters != null) {
            counters.close();
        }
    }

    @Override
    public String version() {
        return Version.get();
    }
}
