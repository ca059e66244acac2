package io.flumeconnect.aggregator;

import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Tumbling and hopping windows: windows of window.size.ms starting at multiples of window.advance.ms (equal to
 * the size for tumbling ones). A record counts in every window that holds its event time.
 */
final class TimeWindowProcessor extends WindowProcessor {
    static final String STORE = "aggregator-windows";

    private KeyValueStore<Bytes, byte[]> windows;

    TimeWindowProcessor(AggregatorConfig config, AggregatorMetrics metrics) {
        super(config, metrics);
    }

    @Override
    protected void initStores(ProcessorContext<byte[], byte[]> context) {
        windows = context.getStateStore(STORE);
    }

    @Override
    protected boolean add(byte[] group, Event event, long time) {
        boolean added = false;
        for (long start : starts(time, config.windowSizeMs, config.windowAdvanceMs)) {
            if (start + config.windowSizeMs > closedUpTo()) {
                Bytes key = StoreKeys.window(start, group);
                byte[] stored = windows.get(key);
                WindowState state = stored == null ? emptyState() : WindowState.fromBytes(stored);
                state.add(event);
                windows.put(key, state.toBytes());
                added = true;
                if (config.emit == AggregatorConfig.Emit.CHANGE) {
                    emit(GroupKey.fromBytes(group), start, start + config.windowSizeMs, state);
                }
            }
        }
        return added;
    }

    @Override
    protected void closeWindows(long watermark) {
        List<KeyValue<Bytes, byte[]>> closing = new ArrayList<>();
        try (KeyValueIterator<Bytes, byte[]> ended = windows.range(null, StoreKeys.windowsAfter(watermark - config.windowSizeMs))) {
            ended.forEachRemaining(closing::add);
        }
        for (KeyValue<Bytes, byte[]> window : closing) {
            long start = StoreKeys.windowStart(window.key);
            if (start + config.windowSizeMs > watermark) {
                continue;
            }
            if (config.emit == AggregatorConfig.Emit.FINAL) {
                emit(GroupKey.fromBytes(StoreKeys.windowGroup(window.key)), start, start + config.windowSizeMs,
                        WindowState.fromBytes(window.value));
            }
            windows.delete(window.key);
        }
    }

    /** The starts of the windows that hold {@code time}, earliest first. */
    static List<Long> starts(long time, long size, long advance) {
        List<Long> starts = new ArrayList<>();
        long last = Math.floorDiv(time, advance) * advance;
        for (long start = last - size + advance; start <= last; start += advance) {
            starts.add(start);
        }
        return starts;
    }
}
