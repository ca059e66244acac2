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
import org.apache.kafka.connect.header.ConnectHeaders;
import org.apache.kafka.connect.source.SourceRecord;
import org.apache.kafka.connect.source.SourceTask;

/**
 * Emits record N for N from the committed position up to the end of its share of {@code records} (task i of n
 * counts {@code [i*records/n, (i+1)*records/n)}), then idles: a string record-N, or N padded to {@code value.bytes}
 * as bytes, a String or the message of a syslog-shaped Struct, with the configured headers.
 */
public final class CountingSourceTask extends SourceTask {
    static final Map<String, String> PARTITION = Map.of("sequence", "counting");
    static final String NEXT = "next";

    private CountingSourceConfig config;
    private PluginCounters counters;
    private Counter produced;
    private Map<String, String> partition;
    private long next;
    private long end;
    private byte[] padding;

    @Override
    public void start(Map<String, String> props) {
        config = new CountingSourceConfig(props);
        int task = Integer.parseInt(props.getOrDefault(CountingSourceConnector.TASK_ID, "0"));
        int tasks = Integer.parseInt(props.getOrDefault(CountingSourceConnector.TASKS, "1"));
        counters = PluginCounters.of(context,
                Map.of("connector", props.getOrDefault("name", "counting"), "task", Integer.toString(task)));
        produced = counters.counter("records-produced", "Records handed to the worker by poll()");
        partition = task == 0 ? PARTITION : Map.of("sequence", "counting-" + task);
        next = config.records * task / tasks;
        end = config.records * (task + 1) / tasks;
        Map<String, Object> offset = config.sourceOffsets ? context.offsetStorageReader().offset(partition) : null;
        if (offset != null) {
            next = ((Number) offset.get(NEXT)).longValue();
        }
        padding = new byte[config.valueBytes];
        Arrays.fill(padding, (byte) '.');
    }

    @Override
    public List<SourceRecord> poll() throws InterruptedException {
        Thread.sleep(config.pollIntervalMs);
        if (next >= end) {
            return null;
        }
        long last = Math.min(end, next + config.batchSize);
        List<SourceRecord> batch = new ArrayList<>((int) (last - next));
        for (; next < last; next++) {
            batch.add(record(next));
        }
        produced.add(batch.size());
        return batch;
    }

    private SourceRecord record(long n) {
        Map<String, ?> sourcePartition = config.sourceOffsets ? partition : null;
        Map<String, ?> offset = config.sourceOffsets ? Map.of(NEXT, n + 1) : null;
        ConnectHeaders headers = new ConnectHeaders();
        config.headers.forEach(headers::addString);
        if (config.valueBytes == 0) {
            return new SourceRecord(sourcePartition, offset, config.topic, null, null, null, Schema.STRING_SCHEMA,
                    "record-" + n, null, headers);
        }
        return switch (config.valueType) {
            case BYTES -> new SourceRecord(sourcePartition, offset, config.topic, null, null, null,
                    Schema.BYTES_SCHEMA, numbered(n), null, headers);
            case STRING -> new SourceRecord(sourcePartition, offset, config.topic, null, null, null,
                    Schema.STRING_SCHEMA, new String(numbered(n), StandardCharsets.US_ASCII), null, headers);
            case SYSLOG_STRUCT -> new SourceRecord(sourcePartition, offset, config.topic, null, null, null,
                    SyslogShapedValue.SCHEMA,
                    SyslogShapedValue.of(new String(numbered(n), StandardCharsets.US_ASCII)), null, headers);
        };
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
