package io.flumeconnect.sources.flumeavro;

import io.flumeconnect.sources.listener.Intake;
import io.netty.channel.Channel;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.ExecutionException;

/**
 * One connection's deliveries into the listener's buffer: a call's events become one acknowledged unit, and the
 * call is answered OK once Kafka acknowledged them all. When the buffer is full the call is refused at once, so
 * Flume's sink backs off and the events stay in its channel.
 */
final class IntakeDelivery implements EventDelivery {
    private final Intake intake;
    private final Channel channel;
    private final EventRecords records;
    private final FlumeAvroMetrics metrics;

    IntakeDelivery(Intake intake, Channel channel, EventRecords records, FlumeAvroMetrics metrics) {
        this.intake = intake;
        this.channel = channel;
        this.records = records;
        this.metrics = metrics;
    }

    @Override
    public Outcome deliver(List<FlumeEvent> events) {
        if (events.isEmpty()) {
            return Outcome.OK;
        }
        if (intake.full()) {
            metrics.batchesRefusedBufferFull().increment();
            return Outcome.FAILED;
        }
        try {
            // The listener fails the unit after ack.timeout.ms or at stop: this wait ends.
            intake.acceptUnit(channel, records.records(events, (InetSocketAddress) channel.remoteAddress())).get();
            return Outcome.OK;
        } catch (ExecutionException e) {
            return Outcome.FAILED;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Outcome.FAILED;
        }
    }
}
