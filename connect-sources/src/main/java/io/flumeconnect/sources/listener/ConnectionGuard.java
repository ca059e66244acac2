package io.flumeconnect.sources.listener;

import io.netty.channel.Channel;
import io.netty.channel.group.ChannelGroup;
import io.netty.channel.group.DefaultChannelGroup;
import io.netty.util.concurrent.GlobalEventExecutor;
import java.util.concurrent.atomic.AtomicInteger;

/** Admits connections up to {@code connections.max} and keeps the open ones, to pause and close them at stop. */
final class ConnectionGuard {
    private final int max;
    private final ListenerMetrics metrics;
    private final AtomicInteger open = new AtomicInteger();
    private final ChannelGroup connections = new DefaultChannelGroup("listener-connections",
            GlobalEventExecutor.INSTANCE);

    ConnectionGuard(int max, ListenerMetrics metrics) {
        this.max = max;
        this.metrics = metrics;
    }

    /** Keeps {@code channel}, or closes it at once when the limit is reached. */
    boolean admit(Channel channel) {
        if (open.incrementAndGet() > max) {
            open.decrementAndGet();
            metrics.connectionsRefused().increment();
            channel.close();
            return false;
        }
        metrics.connectionsAccepted().increment();
        connections.add(channel);
        channel.closeFuture().addListener(closed -> {
            open.decrementAndGet();
            metrics.connectionsClosed().increment();
        });
        return true;
    }

    /** Stops reading every connection: at stop, nothing more is taken in. */
    void pauseAll() {
        connections.forEach(channel -> channel.config().setAutoRead(false));
    }

    ChannelGroup connections() {
        return connections;
    }
}
