package io.flumeconnect.sources.listener;

import io.flumeconnect.common.metrics.PluginCounters;
import io.netty.handler.ssl.SslContext;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.apache.kafka.connect.source.SourceRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A listener source task's engine: a Netty server on the configured ports, the bounded buffer that
 * {@link #poll()} drains, and the bookkeeping that answers acknowledged units once Kafka has their records. A task
 * starts one in {@code start()} and forwards {@code poll()}, {@code commitRecord()} and {@code stop()} to it.
 */
public final class Listener {
    private static final Logger log = LoggerFactory.getLogger(Listener.class);
    /** How long {@link #poll()} waits for a first record, so Connect can check whether the task is stopping. */
    private static final long POLL_WAIT_MS = 100;

    private final ListenerSettings settings;
    private final RecordBuffer buffer;
    private final AckTracker acks;
    private final ListenerMetrics metrics;
    private final ListenerServer server;

    private Listener(ListenerSettings settings, ListenerProtocol protocol, Optional<SslContext> tls,
                     ListenerMetrics metrics, String name) {
        this.settings = settings;
        this.metrics = metrics;
        this.buffer = new RecordBuffer(settings.bufferMaxRecords(), metrics.readsPaused());
        this.acks = new AckTracker(settings.ackTimeout(), metrics);
        this.server = ListenerServer.start(settings, tls, protocol, new Intake(buffer, acks, metrics), metrics, name);
    }

    /**
     * Binds every port and starts taking records in.
     *
     * @param name names the event loop threads, e.g. the connector's name
     * @throws org.apache.kafka.connect.errors.ConnectException when a port cannot be bound
     */
    public static Listener start(ListenerSettings settings, ListenerProtocol protocol, Optional<SslContext> tls,
                                 PluginCounters counters, String name) {
        Listener listener = new Listener(settings, protocol, tls, ListenerMetrics.of(counters), name);
        log.info("Listening on {} port(s) {} ({}{}{})", settings.bindAddress(), listener.ports(),
                protocol.transport() == Transport.STREAM ? "TCP" : "UDP", tls.isPresent() ? ", TLS" : "",
                NettyTransport.reusePort() ? ", SO_REUSEPORT" : "");
        return listener;
    }

    /** What {@code SourceTask.poll()} returns: up to {@code poll.max.records} records, or null after a short wait. */
    public List<SourceRecord> poll() throws InterruptedException {
        List<SourceRecord> batch = buffer.poll(settings.pollMaxRecords(), POLL_WAIT_MS);
        return batch.isEmpty() ? null : batch;
    }

    /** From {@code SourceTask.commitRecord}: Kafka acknowledged {@code record}, or a transform dropped it. */
    public void commitRecord(SourceRecord record) {
        acks.committed(record);
    }

    ListenerMetrics metrics() {
        return metrics;
    }

    /** The ports bound, in the configured order (the OS's choice where 0 was configured). */
    public List<Integer> ports() {
        return server.ports();
    }

    /**
     * Stops reading, answers as failed the units whose records never left the buffer, waits up to
     * {@code stop.timeout.ms} for Kafka to acknowledge the records handed over, fails what is still pending, and
     * closes the connections and ports.
     */
    public void stop() throws InterruptedException {
        server.stopReceiving();
        long unsent = 0;
        for (SourceRecord record : buffer.drainAll()) {
            if (record instanceof AckedRecord acked) {
                acked.unit().fail(new IllegalStateException("the task stopped before sending it"));
            } else {
                unsent++;
            }
        }
        if (unsent > 0) {
            metrics.recordsUnsentAtStop().add(unsent);
            log.warn("{} records received without acknowledgement (UDP or plain TCP) were not sent: the task stopped "
                    + "first", unsent);
        }
        if (!acks.awaitPending(settings.stopTimeout())) {
            acks.failPending("not acknowledged by Kafka within stop.timeout.ms of the task stopping");
        }
        server.close(settings.stopTimeout());
    }
}
