package io.flumeconnect.transforms.aggregate;

import io.flumeconnect.common.metrics.Counter;
import io.flumeconnect.transforms.support.CountedTransformation;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.connect.connector.ConnectRecord;
import org.apache.kafka.connect.data.SchemaAndValue;
import org.apache.kafka.connect.header.ConnectHeaders;
import org.apache.kafka.connect.sink.SinkRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Counts and sums records per group in tumbling event-time windows (Flume's collector tier aggregation).
 *
 * <p>A transform returns at most one record per input, so a record absorbed into a window is replaced by
 * the next closed window's aggregate when one waits, and by nothing otherwise. Windows live only in this
 * instance's memory: what they hold is lost on a task restart or rebalance, while the records they absorbed
 * count as delivered. The guarantee is at most once for aggregates; see docs/transforms.md.
 */
public class WindowAggregate<R extends ConnectRecord<R>> extends CountedTransformation<R> {
    public static final String OVERVIEW_DOC = "Aggregates records in tumbling event-time windows, grouped by "
            + "value fields and/or headers: count, and sum/min/max/avg of numeric fields. Absorbed records are "
            + "replaced by one closed window's aggregate when one is waiting, else dropped; windows close when "
            + "event time passes their end plus the grace. State is in memory only: a restart loses open windows "
            + "(at-most-once aggregates). Late records, records too far ahead of the clock and records with an "
            + "oversized group key are passed on or dropped and counted; tombstones pass through.";

    private static final Logger log = LoggerFactory.getLogger(WindowAggregate.class);

    private final Clock clock;
    private WindowAggregateConfig config;
    private Counter absorbed;
    private Counter late;
    private Counter future;
    private Counter oversized;
    private Counter emitted;
    private Counter evicted;
    private EventValues events;
    private OutputSchema output;
    private WindowStore store;

    public WindowAggregate() {
        this(Clock.systemUTC());
    }

    /** With {@code clock} as the worker's clock: what max.event.time.ahead.ms and emit timestamps read. */
    WindowAggregate(Clock clock) {
        this.clock = clock;
    }

    @Override
    public void configure(Map<String, ?> props) {
        config = new WindowAggregateConfig(props);
        super.configure(props);
        absorbed = counters().counter("records-absorbed", "Records added to a window (and not passed on)");
        late = counters().counter("late-records", "Records whose window had closed, passed on or dropped");
        future = counters().counter("future-records",
                "Records further ahead of the clock than max.event.time.ahead.ms, passed on or dropped");
        oversized = counters().counter("oversized-group-keys",
                "Records whose group key is longer than max.group.key.chars, passed on or dropped");
        emitted = counters().counter("windows-emitted", "Aggregate records emitted");
        evicted = counters().counter("windows-evicted", "Windows closed early because max.open.windows was reached");
        events = new EventValues(config, requirements());
        output = new OutputSchema(config);
        store = new WindowStore(config.windowSizeMs, config.graceMs, config.maxOpenWindows,
                config.aggregateFields.size());
    }

    /**
     * Counted as every transform is: a {@code null} result in records-dropped, any other (the record itself, or
     * an aggregate in its place) in records-out; records-absorbed, late-records and windows-emitted tell apart.
     */
    @Override
    protected R transform(R record) {
        long eventTime = events.eventTime(record);
        long now = clock.millis();
        if (eventTime > now && eventTime - now > config.maxAheadMs) {
            future.increment();
            log.debug("{}: event time {} is more than {}={} ms ahead of the clock", name(), eventTime,
                    WindowAggregateConfig.MAX_AHEAD_MS_CONFIG, config.maxAheadMs);
            return notAggregated(record);
        }
        if (store.isLate(eventTime)) {
            late.increment();
            return notAggregated(record);
        }
        List<String> group = events.group(record);
        if (EventValues.chars(group) > config.maxGroupKeyChars) {
            oversized.increment();
            return notAggregated(record);
        }
        Double[] values = events.numbers(record);
        if (store.add(eventTime, group, values)) {
            evicted.increment();
            log.debug("{}: max.open.windows={} reached, closed a window early", name(), config.maxOpenWindows);
        }
        absorbed.increment();
        return nextAggregate(record);
    }

    /** A record refused by a window or a limit: passed on, or dropped for a waiting aggregate, per late.records. */
    private R notAggregated(R record) {
        return config.lateRecords == WindowAggregateConfig.LateRecords.PASS ? record : nextAggregate(record);
    }

    /** The next closed window's aggregate, in place of {@code record}, or {@code null} when none waits. */
    private R nextAggregate(R record) {
        ClosedWindow window = store.nextClosed();
        if (window == null) {
            return null;
        }
        emitted.increment();
        boolean withSchema = record.valueSchema() != null;
        SchemaAndValue key = output.key(window, withSchema);
        SchemaAndValue value = output.value(window, withSchema);
        String topic = config.outputTopic.isEmpty() ? record.topic() : config.outputTopic;
        // A sink record keeps its partition (a sink task expects one); a source record leaves it to the
        // producer's partitioner, so the aggregates of one group share a partition.
        Integer partition = record instanceof SinkRecord ? record.kafkaPartition() : null;
        long timestamp = config.aggregateTimestamp == WindowAggregateConfig.AggregateTimestamp.EMIT ? clock.millis()
                : window.start();
        return record.newRecord(topic, partition, key.schema(), key.value(), value.schema(), value.value(),
                timestamp, new ConnectHeaders());
    }

    /** Open windows now, for tests. */
    int openWindows() {
        return store.openWindows();
    }

    @Override
    public ConfigDef config() {
        return WindowAggregateConfig.CONFIG_DEF;
    }

    @Override
    public void close() {
        if (store != null && store.openWindows() + store.closedWindows() > 0) {
            log.info("{}: closing with {} open and {} closed windows not emitted; their records were already "
                    + "acknowledged, so these aggregates are lost", name(), store.openWindows(), store.closedWindows());
        }
        super.close();
    }
}
