package io.flumeconnect.sources.listener;

import io.netty.bootstrap.AbstractBootstrap;
import io.netty.bootstrap.Bootstrap;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.ChannelPipeline;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.FixedRecvByteBufAllocator;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.timeout.IdleStateHandler;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.connect.errors.ConnectException;

/** The Netty side of a listener: event loops, the bound ports, the connections. */
final class ListenerServer {
    /** The largest UDP payload: a datagram is read whole, never cut at Netty's default 2 KiB. */
    private static final int MAX_DATAGRAM_BYTES = 65_535;

    private final EventLoopGroup acceptors;
    private final EventLoopGroup workers;
    private final ConnectionGuard guard;
    private final List<Channel> bound = new ArrayList<>();

    private ListenerServer(EventLoopGroup acceptors, EventLoopGroup workers, ConnectionGuard guard) {
        this.acceptors = acceptors;
        this.workers = workers;
        this.guard = guard;
    }

    static ListenerServer start(ListenerSettings settings, Optional<SslContext> tls, ListenerProtocol protocol,
                                Intake intake, ListenerMetrics metrics, String name) {
        EventLoopGroup workers = NettyTransport.group(0, name + "-io");
        EventLoopGroup acceptors = protocol.transport() == Transport.STREAM
                ? NettyTransport.group(1, name + "-accept") : null;
        ListenerServer server = new ListenerServer(acceptors, workers,
                new ConnectionGuard(settings.connectionsMax(), metrics));
        AbstractBootstrap<?, ?> bootstrap = protocol.transport() == Transport.STREAM
                ? server.streamBootstrap(settings, tls, protocol, intake, metrics)
                : server.datagramBootstrap(settings, protocol, intake, metrics);
        NettyTransport.allowReusePort(bootstrap);
        try {
            for (int port : settings.ports()) {
                server.bound.add(bind(bootstrap, settings.bindAddress(), port));
            }
        } catch (RuntimeException e) {
            server.close(Duration.ZERO);
            throw e;
        }
        return server;
    }

    private ServerBootstrap streamBootstrap(ListenerSettings settings, Optional<SslContext> tls,
                                            ListenerProtocol protocol, Intake intake, ListenerMetrics metrics) {
        ByteCounter byteCounter = new ByteCounter(metrics.bytes());
        ConnectionCloser closer = new ConnectionCloser(metrics);
        ServerBootstrap bootstrap = new ServerBootstrap().group(acceptors, workers)
                .channel(NettyTransport.serverChannel())
                .option(ChannelOption.SO_BACKLOG, 1024)
                .childOption(ChannelOption.SO_KEEPALIVE, true)
                .childHandler(new ChannelInitializer<>() {
                    @Override
                    protected void initChannel(Channel channel) {
                        if (!guard.admit(channel)) {
                            return;
                        }
                        ChannelPipeline pipeline = channel.pipeline();
                        tls.ifPresent(context -> pipeline.addLast("tls", context.newHandler(channel.alloc())));
                        pipeline.addLast("bytes", byteCounter);
                        if (!settings.idleTimeout().isZero()) {
                            pipeline.addLast("idle", new IdleStateHandler(settings.idleTimeout().toMillis(), 0, 0,
                                    TimeUnit.MILLISECONDS));
                        }
                        protocol.initChannel(channel, intake);
                        pipeline.addLast("close", closer);
                    }
                });
        if (settings.receiveBufferBytes() > 0) {
            // set on the listening socket too, so that accepted sockets advertise a window scale that fits it
            bootstrap.option(ChannelOption.SO_RCVBUF, settings.receiveBufferBytes())
                    .childOption(ChannelOption.SO_RCVBUF, settings.receiveBufferBytes());
        }
        return bootstrap;
    }

    private Bootstrap datagramBootstrap(ListenerSettings settings, ListenerProtocol protocol, Intake intake,
                                        ListenerMetrics metrics) {
        ByteCounter byteCounter = new ByteCounter(metrics.bytes());
        Bootstrap bootstrap = new Bootstrap().group(workers)
                .channel(NettyTransport.datagramChannel())
                .option(ChannelOption.RCVBUF_ALLOCATOR, new FixedRecvByteBufAllocator(MAX_DATAGRAM_BYTES))
                .handler(new ChannelInitializer<>() {
                    @Override
                    protected void initChannel(Channel channel) {
                        channel.pipeline().addLast("bytes", byteCounter);
                        protocol.initChannel(channel, intake);
                        channel.pipeline().addLast("close", new ConnectionCloser(metrics));
                    }
                });
        if (settings.receiveBufferBytes() > 0) {
            bootstrap.option(ChannelOption.SO_RCVBUF, settings.receiveBufferBytes());
        }
        return bootstrap;
    }

    private static Channel bind(AbstractBootstrap<?, ?> bootstrap, String address, int port) {
        try {
            return bootstrap.bind(address, port).syncUninterruptibly().channel();
        } catch (Exception e) {
            String reusePort = NettyTransport.reusePort() ? ""
                    : "; SO_REUSEPORT is not available, so only one task can use a port: "
                    + NettyTransport.whyNoReusePort();
            throw new ConnectException("Cannot listen on " + address + ":" + port + ": " + e + reusePort, e);
        }
    }

    List<Integer> ports() {
        return bound.stream().map(channel -> ((InetSocketAddress) channel.localAddress()).getPort()).toList();
    }

    /** Closes the listening sockets and stops reading the connections. */
    void stopReceiving() {
        bound.forEach(channel -> channel.close().syncUninterruptibly());
        guard.pauseAll();
    }

    /** Closes every connection, after the answers already queued on their event loops, and the event loops. */
    void close(Duration wait) {
        guard.connections().close().awaitUninterruptibly(Math.max(wait.toMillis(), 1));
        bound.forEach(Channel::close);
        if (acceptors != null) {
            acceptors.shutdownGracefully(0, 2, TimeUnit.SECONDS);
        }
        workers.shutdownGracefully(0, 2, TimeUnit.SECONDS).awaitUninterruptibly(5, TimeUnit.SECONDS);
    }
}
