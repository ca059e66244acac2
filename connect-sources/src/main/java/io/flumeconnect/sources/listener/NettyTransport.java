package io.flumeconnect.sources.listener;

import io.netty.bootstrap.AbstractBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.ServerChannel;
import io.netty.channel.epoll.Epoll;
import io.netty.channel.epoll.EpollChannelOption;
import io.netty.channel.epoll.EpollDatagramChannel;
import io.netty.channel.epoll.EpollEventLoopGroup;
import io.netty.channel.epoll.EpollServerSocketChannel;
import io.netty.channel.nio.NioEventLoopGroup;
import io.netty.channel.socket.nio.NioDatagramChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.util.concurrent.DefaultThreadFactory;

/**
 * Netty's native epoll transport where it loads (Linux), for {@code SO_REUSEPORT}; NIO elsewhere, where a port
 * serves one task only.
 */
final class NettyTransport {
    private NettyTransport() {
    }

    /** Whether several tasks may listen on one port. */
    static boolean reusePort() {
        return Epoll.isAvailable();
    }

    /** Why {@link #reusePort()} is false, for error messages. */
    static String whyNoReusePort() {
        return reusePort() ? "" : "native epoll did not load (" + Epoll.unavailabilityCause() + ")";
    }

    static EventLoopGroup group(int threads, String name) {
        DefaultThreadFactory threadFactory = new DefaultThreadFactory(name, true);
        return reusePort() ? new EpollEventLoopGroup(threads, threadFactory)
                : new NioEventLoopGroup(threads, threadFactory);
    }

    static Class<? extends ServerChannel> serverChannel() {
        return reusePort() ? EpollServerSocketChannel.class : NioServerSocketChannel.class;
    }

    static Class<? extends Channel> datagramChannel() {
        return reusePort() ? EpollDatagramChannel.class : NioDatagramChannel.class;
    }

    static void allowReusePort(AbstractBootstrap<?, ?> bootstrap) {
        if (reusePort()) {
            bootstrap.option(EpollChannelOption.SO_REUSEPORT, true);
        }
    }
}
