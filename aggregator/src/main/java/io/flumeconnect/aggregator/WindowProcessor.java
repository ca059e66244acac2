package io.flumeconnect.aggregator;

import io.flumeconnect.transforms.aggregate.ClosedWindow;
import java.time.Duration;
import java.util.List;
import org.apache.kafka.connect.data.SchemaAndValue;
import org.apache.kafka.connect.storage.Converter;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * The window step, after the repartition by group: adds each event to its windows in a state store (restored
 * from its changelog after a crash), and closes windows when event time passes their end plus the grace, by
 * stream time and, once the stream has been quiet for quiet.close.ms, by the wall clock. What was closed is kept in the store too, so
 * a record for a closed window is late after a restart as before it.
 */
abstract class WindowProcessor implements Processor<byte[], byte[], byte[], byte[]> {
    static final String META_STORE = "aggregator-meta";
    private static final String STREAM_TIME = "stream-time";
    private static final String CLOSED_UP_TO = "closed-up-to";

    protected final AggregatorConfig config;
    protected final AggregatorMetrics metrics;
    private ProcessorContext<byte[], byte[]> context;
    private KeyValueStore<String, Long> meta;
    private DistinctColumns output;
    private Converter keys;
    private Converter values;
    private long streamTime;
    private long closedUpTo;
    private long wallClockAtStreamTime;

    WindowProcessor(AggregatorConfig config, AggregatorMetrics metrics) {
        this.config = config;
        this.metrics = metrics;
    }

    @Override
    public void init(ProcessorContext<byte[], byte[]> context) {
        this.context = context;
        meta = context.getStateStore(META_STORE);
        output = new DistinctColumns(config);
        keys = InputConverters.converter(config, AggregatorConfig.OUTPUT_CONVERTER_CONFIG, true);
        values = InputConverters.converter(config, AggregatorConfig.OUTPUT_CONVERTER_CONFIG, false);
        streamTime = stored(STREAM_TIME);
        closedUpTo = stored(CLOSED_UP_TO);
        wallClockAtStreamTime = context.currentSystemTimeMs();
        context.schedule(Duration.ofMillis(config.punctuateIntervalMs), PunctuationType.WALL_CLOCK_TIME, this::onWallClock);
        initStores(context);
    }

    @Override
    public void process(Record<byte[], byte[]> record) {
        long time = record.timestamp();
        if (add(record.key(), Event.fromBytes(record.value()), time)) {
            metrics.aggregated.increment();
        } else {
            metrics.late.increment();
        }
        if (time > streamTime) {
            streamTime = time;
            wallClockAtStreamTime = context.currentSystemTimeMs();
            meta.put(STREAM_TIME, streamTime);
        }
        closeUpTo(streamTime - config.graceMs);
    }

    /**
     * Once no record has moved event time for quiet.close.ms, it is taken to advance with the wall clock, so the
     * last windows of a quiet stream close too.
     */
    private void onWallClock(long now) {
        long quiet = now - wallClockAtStreamTime - config.quietCloseMs;
        if (streamTime != Long.MIN_VALUE && quiet > 0) {
            closeUpTo(streamTime + quiet - config.graceMs);
        }
    }

    private void closeUpTo(long watermark) {
        if (watermark > closedUpTo) {
            closeWindows(watermark);
            closedUpTo = watermark;
            meta.put(CLOSED_UP_TO, closedUpTo);
        }
    }

    /** Windows that ended at or before this time have been closed. */
    protected final long closedUpTo() {
        return closedUpTo;
    }

    protected abstract void initStores(ProcessorContext<byte[], byte[]> context);

    /** Adds the event to every window of {@code time} that is still open; false when none was (a late record). */
    protected abstract boolean add(byte[] group, Event event, long time);

    /** Emits (with emit=final) and forgets every window that ends at or before {@code watermark}. */
    protected abstract void closeWindows(long watermark);

    /** Writes an aggregate; its timestamp is the wall clock's now, so retention counts from when it was written. */
    protected final void emit(List<String> group, long start, long end, WindowState state) {
        ClosedWindow window = new ClosedWindow(group, start, end, state.totals(), false);
        SchemaAndValue key = output.key(window);
        SchemaAndValue value = output.value(window, state);
        String topic = config.outputTopic;
        context.forward(new Record<>(keys.fromConnectData(topic, key.schema(), key.value()),
                values.fromConnectData(topic, value.schema(), value.value()), context.currentSystemTimeMs()));
        metrics.emitted.increment();
    }

    /** An empty window's state for this configuration. */
    protected final WindowState emptyState() {
        return WindowState.empty(config.window.aggregateFields.size(), config.distinctFields.size(), config.distinctLgK);
    }

    private long stored(String key) {
        Long value = meta.get(key);
        return value == null ? Long.MIN_VALUE : value;
    }
}
