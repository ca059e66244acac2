package io.flumeconnect.sources.listener;

import io.netty.channel.Channel;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.apache.kafka.connect.source.SourceRecord;

/** Where a protocol's handlers put the records they make; called on the event loops. */
public final class Intake {
    private final RecordBuffer buffer;
    private final AckTracker acks;
    private final ListenerMetrics metrics;

    Intake(RecordBuffer buffer, AckTracker acks, ListenerMetrics metrics) {
        this.buffer = buffer;
        this.acks = acks;
        this.metrics = metrics;
    }

    /** A record nobody waits an answer for (plain TCP); {@code source} stops being read while the buffer is full. */
    public void accept(Channel source, SourceRecord record) {
        buffer.put(record, source);
        metrics.records().increment();
    }

    /**
     * {@link #accept} for the records of one read of {@code source} (a protocol hands them over at
     * {@code channelReadComplete}): one lock and one wake-up of the task for the lot rather than one per record.
     */
    public void acceptAll(Channel source, List<SourceRecord> records) {
        buffer.putAll(records, source);
        metrics.records().add(records.size());
    }

    /**
     * Records answered together. The future completes once Kafka acknowledged each of them, and fails (the
     * sender should keep them) after {@code ack.timeout.ms} or when the task stops first. Callbacks run on
     * whatever thread completes it: answer through {@link OrderedReplies}, or on the channel's event loop.
     */
    public CompletableFuture<Void> acceptUnit(Channel source, List<SourceRecord> records) {
        return openUnit(source, records).done();
    }

    /** {@link #acceptUnit}, for a protocol whose failure answer tells how many records were acknowledged (HTTP). */
    public AckUnit openUnit(Channel source, List<SourceRecord> records) {
        AckUnit unit = acks.open(records.size());
        for (SourceRecord record : records) {
            buffer.put(new AckedRecord(record, unit), source);
        }
        metrics.records().add(records.size());
        return unit;
    }

    /** A datagram's record: false, and counted as dropped, when the buffer is full. */
    public boolean offer(SourceRecord record) {
        if (buffer.offer(record)) {
            metrics.records().increment();
            return true;
        }
        metrics.datagramsDropped().increment();
        return false;
    }

    /** True while the buffer is full: a protocol that can refuse (HTTP 503) may do so instead of accepting. */
    public boolean full() {
        return buffer.full();
    }
}
