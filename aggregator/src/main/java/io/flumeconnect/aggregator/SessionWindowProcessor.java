package io.flumeconnect.aggregator;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.kafka.common.serialization.BytesSerializer;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Session windows: per group, events less than session.gap.ms apart form one session; an event that bridges
 * two sessions merges them. A session closes once event time passed its last event plus the gap and the grace.
 * Its window_end is its last event time plus one (ends are exclusive, as for time windows).
 */
final class SessionWindowProcessor extends WindowProcessor {
    static final String STORE = "aggregator-sessions";

    private KeyValueStore<Bytes, byte[]> sessions;
    /** No session can close before this event time; a bound kept in memory, so scans stay rare. */
    private long earliestClose = Long.MIN_VALUE;

    SessionWindowProcessor(AggregatorConfig config, AggregatorMetrics metrics) {
        super(config, metrics);
    }

    @Override
    protected void initStores(ProcessorContext<byte[], byte[]> context) {
        sessions = context.getStateStore(STORE);
    }

    @Override
    protected boolean add(byte[] group, Event event, long time) {
        if (time + config.sessionGapMs <= closedUpTo()) {
            return false;
        }
        long start = time;
        long end = time;
        WindowState state = emptyState();
        state.add(event);
        for (KeyValue<Bytes, byte[]> session : overlapping(group, time)) {
            ByteBuffer stored = ByteBuffer.wrap(session.value);
            start = Math.min(start, StoreKeys.sessionStart(session.key));
            end = Math.max(end, stored.getLong());
            state.merge(stateOf(session.value));
            sessions.delete(session.key);
        }
        byte[] stored = state.toBytes();
        sessions.put(StoreKeys.session(group, start), ByteBuffer.allocate(Long.BYTES + stored.length).putLong(end).put(stored).array());
        earliestClose = Math.min(earliestClose, end + config.sessionGapMs);
        if (config.emit == AggregatorConfig.Emit.CHANGE) {
            emit(GroupKey.fromBytes(group), start, end + 1, state);
        }
        return true;
    }

    @Override
    protected void closeWindows(long watermark) {
        if (watermark < earliestClose) {
            return;
        }
        long nextClose = Long.MAX_VALUE;
        List<KeyValue<Bytes, byte[]>> all = new ArrayList<>();
        try (KeyValueIterator<Bytes, byte[]> iterator = sessions.all()) {
            iterator.forEachRemaining(all::add);
        }
        for (KeyValue<Bytes, byte[]> session : all) {
            long end = ByteBuffer.wrap(session.value).getLong();
            if (end + config.sessionGapMs > watermark) {
                nextClose = Math.min(nextClose, end + config.sessionGapMs);
                continue;
            }
            if (config.emit == AggregatorConfig.Emit.FINAL) {
                emit(GroupKey.fromBytes(StoreKeys.sessionGroup(session.key)), StoreKeys.sessionStart(session.key),
                        end + 1, stateOf(session.value));
            }
            sessions.delete(session.key);
        }
        earliestClose = nextClose;
    }

    /** A stored session: its last event time, then its state. */
    private static WindowState stateOf(byte[] stored) {
        return WindowState.fromBytes(Arrays.copyOfRange(stored, Long.BYTES, stored.length));
    }

    /** The group's sessions that an event at {@code time} joins: those it is less than the gap away from. */
    private List<KeyValue<Bytes, byte[]>> overlapping(byte[] group, long time) {
        List<KeyValue<Bytes, byte[]>> joined = new ArrayList<>();
        try (KeyValueIterator<Bytes, byte[]> ofGroup = sessions.prefixScan(StoreKeys.sessionsOf(group), new BytesSerializer())) {
            while (ofGroup.hasNext()) {
                KeyValue<Bytes, byte[]> session = ofGroup.next();
                long start = StoreKeys.sessionStart(session.key);
                long end = ByteBuffer.wrap(session.value).getLong();
                if (time > start - config.sessionGapMs && time < end + config.sessionGapMs) {
                    joined.add(session);
                }
            }
        }
        return joined;
    }
}
